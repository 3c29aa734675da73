package org.lighthouse.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Inbound;
import org.lighthouse.channel.Inbound.Attachment;
import org.lighthouse.channel.Inbound.Kind;

/** The lenient reader finds a private text in an update from a few fields, and nothing where they are not all there. */
class LenientReaderUnitTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A private text becomes the same event the strict path makes: chat, sender, key, language hint, quoted text. */
    @Test
    void privateTextIsRead() throws IOException {
        Inbound event = LenientReader.read(update("message", """
                {"message_id": 9, "date": 1, "chat": {"id": 42, "type": "private"},
                 "from": {"id": 42, "is_bot": false, "first_name": "Mai", "language_code": "VI"},
                 "text": "cứu em với", "reply_to_message": {"message_id": 8, "caption": "ảnh"},
                 "gift": {"gift": {"id": "g"}}}""")).orElseThrow();
        assertThat(event).isEqualTo(new Inbound(ChatRef.telegram(42), "tg:u77", 0, "42", false, Kind.TEXT,
                "cứu em với", null, null, false, "vi", null, "ảnh", null));
    }

    /** A command, an edited text, a forwarded text and a caption get their kinds. */
    @Test
    void kindsFollowTheMessage() throws IOException {
        String chat = "\"chat\": {\"id\": 42, \"type\": \"private\"}, \"from\": {\"id\": 42}";
        assertThat(LenientReader.read(update("message", "{" + chat + ", \"text\": \"/start x\"}")).orElseThrow()
                .kind()).isEqualTo(Kind.COMMAND);
        assertThat(LenientReader.read(update("edited_message", "{" + chat + ", \"text\": \"sửa\"}")).orElseThrow()
                .kind()).isEqualTo(Kind.EDITED_TEXT);
        assertThat(LenientReader.read(update("message", "{" + chat + ", \"text\": \"việc nhẹ lương cao\","
                + " \"forward_origin\": {\"type\": \"hidden_user\"}}")).orElseThrow().forwarded()).isTrue();
        Inbound media = LenientReader.read(update("message", "{\"message_id\": 5, " + chat
                + ", \"caption\": \"họ giữ em\", \"photo\": []}")).orElseThrow();
        assertThat(media.kind()).isEqualTo(Kind.MEDIA);
        assertThat(media.text()).isEqualTo("họ giữ em");
        assertThat(media.attachment()).isEqualTo(Attachment.OTHER);
        assertThat(media.messageRef()).isEqualTo("5");
    }

    /** Groups, bots, missing ids, media without caption, edited media and other update types give nothing. */
    @Test
    void whatIsNotAPrivateTextGivesNothing() throws IOException {
        String from = "\"from\": {\"id\": 42}";
        assertThat(LenientReader.read(update("message", "{\"chat\": {\"id\": -5, \"type\": \"supergroup\"}, " + from
                + ", \"text\": \"hi\"}"))).isEmpty();
        assertThat(LenientReader.read(update("message", "{\"chat\": {\"id\": 42, \"type\": \"private\"},"
                + " \"from\": {\"id\": 42, \"is_bot\": true}, \"text\": \"hi\"}"))).isEmpty();
        assertThat(LenientReader.read(update("message", "{\"chat\": {\"type\": \"private\"}, " + from
                + ", \"text\": \"hi\"}"))).isEmpty();
        assertThat(LenientReader.read(update("message", "{\"chat\": {\"id\": 42, \"type\": \"private\"},"
                + " \"text\": \"hi\"}"))).isEmpty();
        assertThat(LenientReader.read(update("message", "{\"chat\": {\"id\": 42, \"type\": \"private\"}, " + from
                + ", \"sticker\": {}}"))).isEmpty();
        assertThat(LenientReader.read(update("edited_message", "{\"chat\": {\"id\": 42, \"type\": \"private\"}, "
                + from + ", \"caption\": \"x\"}"))).isEmpty();
        assertThat(LenientReader.read(update("channel_post", "{\"chat\": {\"id\": 42, \"type\": \"private\"}, "
                + from + ", \"text\": \"hi\"}"))).isEmpty();
        assertThat(LenientReader.read(JSON.readTree("{\"message\": {\"chat\": {\"id\": 42, \"type\": \"private\"}, "
                + from + ", \"text\": \"hi\"}}"))).isEmpty();
    }

    private static JsonNode update(String type, String content) throws IOException {
        return JSON.readTree("{\"update_id\": 77, \"" + type + "\": " + content + "}");
    }
}
