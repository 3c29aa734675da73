package org.lighthouse.voice;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The index entry of one card's recording in one language; its bytes are the file {@code AudioFolder.file(...)}.
 *
 * @param id {@code <lesson>/<card>-<language>}, as its file is named
 * @param card the card's number, from 1
 * @param take a random id of this recording, new each time the card is recorded again: platform ids are kept for it
 * @param recordedBy who recorded it ({@code tg:<user id>})
 * @param uploaded the platforms' ids of the file, by channel name, to send it again without uploading
 */
@Document("card_voices")
record Recording(@Id String id, String lesson, int card, String language, String take, String recordedBy,
        Instant recordedAt, long seconds, long bytes, Map<String, String> uploaded) {

    Recording {
        uploaded = uploaded == null ? Map.of() : Map.copyOf(uploaded);
    }

    /** The key the channels name this take by ({@link org.lighthouse.channel.Reply.Audio#key()}). */
    String key() {
        return id + "@" + take;
    }
}
