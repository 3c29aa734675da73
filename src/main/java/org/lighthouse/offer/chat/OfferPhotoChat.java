package org.lighthouse.offer.chat;

import org.lighthouse.conversation.Features.PhotoReader;
import org.lighthouse.conversation.Turn;
import org.lighthouse.offer.chat.OfferRecord.Method;
import org.lighthouse.offer.photo.OfferPhotos;
import org.lighthouse.offer.photo.PhotoReading;
import org.springframework.stereotype.Component;

/**
 * A photo of an offer (a screenshot of a Facebook or Zalo post, a picture of a leaflet), sent or forwarded while the
 * offer check waits for the offer, or anywhere with a caption that asks to check it ("kiểm tra giúp em", "is this
 * real?"): its words are read and checked as if the person had typed them. When they cannot be read, the person hears
 * why, kindly, and is asked to type the main points (pay, place, who, fees, papers), or to answer the questions.
 */
@Component
class OfferPhotoChat implements PhotoReader {

    private final OfferPhotos photos;
    private final OfferChat chat;
    private final CheckRequests requests = new CheckRequests();

    OfferPhotoChat(OfferPhotos photos, OfferChat chat) {
        this.photos = photos;
        this.chat = chat;
    }

    @Override
    public boolean answers(Turn turn) {
        String caption = turn.inbound().text();
        if (!turn.step().startsWith(OfferChat.ASKING) && (caption == null || !requests.asks(caption))) {
            return false;
        }
        PhotoReading reading = photos.read(turn.inbound());
        if (reading instanceof PhotoReading.Read read) {
            chat.checkText(turn, read.text(), Method.PHOTO);
        } else {
            OfferChat.askAgain(turn, why(reading));
        }
        return true;
    }

    private static String why(PhotoReading reading) {
        if (reading instanceof PhotoReading.Unavailable) {
            return "offer.photo.unavailable";
        }
        if (reading instanceof PhotoReading.NotFetched) {
            return "offer.photo.notFetched";
        }
        return reading instanceof PhotoReading.TooSlow ? "offer.photo.tooSlow" : "offer.photo.unreadable";
    }
}
