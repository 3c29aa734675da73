package org.lighthouse.channel.web;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.Button;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A bot message in a web chat, as the page shows it.
 *
 * @param number the message's number in its chat, which buttons name to edit it
 * @param rev changes whenever the message is added or edited, so that the page fetches only what changed
 * @param file an image or file sent with the text, as a data URL the page shows or offers to download
 * @param alt what the image shows, in words, for the page's {@code alt}; null for a file
 */
@Document("webchat_messages")
record WebMessage(@Id String id, String session, long number, long rev, String text, List<List<Button>> buttons,
        @Nullable String file, @Nullable String fileName, @Nullable String alt, Instant at) {
}
