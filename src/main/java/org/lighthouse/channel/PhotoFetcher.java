package org.lighthouse.channel;

import java.time.Duration;

/**
 * Fetches the photo a person sent, for a feature that reads it (the offer check reads the words in a picture of an
 * offer). Each channel whose photos can be fetched gives one; the web chat takes no pictures. The caller keeps what
 * it fetched in memory only: a person's photo is never stored.
 */
public interface PhotoFetcher {

    /** Whether this fetcher knows the chat's channel. */
    boolean covers(ChatRef chat);

    /**
     * Fetches the photo named by the event's {@link Inbound#media()}, of at most {@code maxBytes}, within
     * {@code timeout}. Never throws: what went wrong is a {@link PhotoFetch} too.
     */
    PhotoFetch fetch(Inbound photo, long maxBytes, Duration timeout);
}
