package org.lighthouse.offer.photo;

/** What reading a photo of an offer came to ({@link OfferPhotos#read}). */
public sealed interface PhotoReading {

    /** The words read, phone numbers blanked as in typed text, to check as if the person had typed them. */
    record Read(String text) implements PhotoReading {
    }

    /** Too few words could be read: a picture without text, blurred, or not of an offer. */
    record Unreadable() implements PhotoReading {
    }

    /** The photo could not be fetched from the channel, was too large, or is no picture Java can open. */
    record NotFetched() implements PhotoReading {
    }

    /** Reading it took longer than allowed. */
    record TooSlow() implements PhotoReading {
    }

    /** This service cannot read pictures: Tesseract or its language data is missing (the start-up log said so). */
    record Unavailable() implements PhotoReading {
    }
}
