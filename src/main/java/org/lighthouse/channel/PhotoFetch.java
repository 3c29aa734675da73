package org.lighthouse.channel;

/** What fetching a person's photo came to ({@link PhotoFetcher}). */
public sealed interface PhotoFetch {

    /** The photo's bytes, as the platform serves them (JPEG, PNG...). */
    record Fetched(byte[] bytes) implements PhotoFetch {
    }

    /** Larger than the caller takes, or than the platform lets a bot download (Telegram: 20 MB). */
    record TooLarge() implements PhotoFetch {
    }

    /**
     * Refused, unreachable, or not done in time.
     *
     * @param reason what happened, for the log: never an address or a token
     */
    record Failed(String reason) implements PhotoFetch {
    }
}
