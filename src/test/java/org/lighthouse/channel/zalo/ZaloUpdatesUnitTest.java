package org.lighthouse.channel.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Inbound;
import org.lighthouse.channel.Inbound.Attachment;
import org.lighthouse.channel.Inbound.Kind;
import org.lighthouse.channel.choices.NumberedChoices;
import org.springframework.dao.DataAccessResourceFailureException;

class ZaloUpdatesUnitTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHAT = "e4ea2cd5189df1c3a88c";

    private final NumberedChoices choices = mock(NumberedChoices.class);
    private final ZaloUpdates updates = new ZaloUpdates(choices);

    /** A text, a command, and a number that names one of the chat's last choices, which becomes that button. */
    @Test
    void textsCommandsAndChoices() throws Exception {
        when(choices.chosen(any(), anyString())).thenReturn(Optional.empty());
        when(choices.chosen(ChatRef.zalo(CHAT), "2")).thenReturn(Optional.of("m:offer"));
        Inbound text = read(update("message.text.received", "\"text\":\"Xin chào\""));
        assertThat(text.chat()).isEqualTo(ChatRef.zalo(CHAT));
        assertThat(text.key()).isEqualTo("zl:m16f6366b3f02645a3d15");
        assertThat(text.kind()).isEqualTo(Kind.TEXT);
        assertThat(text.text()).isEqualTo("Xin chào");
        assertThat(text.sender()).isEqualTo("a1b2");
        assertThat(read(update("message.text.received", "\"text\":\"/join K7QX-3M9P-TA\"")).command())
                .isEqualTo("join");
        Inbound pressed = read(update("message.text.received", "\"text\":\"2\""));
        assertThat(pressed.kind()).isEqualTo(Kind.BUTTON);
        assertThat(pressed.data()).isEqualTo("m:offer");
        assertThat(pressed.text()).isNull();
    }

    /** When the last choices cannot be read, a typed text stays text rather than be lost. */
    @Test
    void choicesThatCannotBeReadLeaveTheText() throws Exception {
        when(choices.chosen(eq(ChatRef.zalo(CHAT)), anyString()))
                .thenThrow(new DataAccessResourceFailureException("down"));
        assertThat(read(update("message.text.received", "\"text\":\"2\"")).kind()).isEqualTo(Kind.TEXT);
    }

    /**
     * Pictures, stickers and what Zalo cannot show are media; a caption is their text; their id is kept to relay, and
     * a picture's address to read it.
     */
    @Test
    void mediaWithCaptions() throws Exception {
        Inbound photo = read(update("message.image.received",
                "\"photo\":\"https://photo.example/1.jpg\",\"caption\":\"hợp đồng đây\""));
        assertThat(photo.kind()).isEqualTo(Kind.MEDIA);
        assertThat(photo.attachment()).isEqualTo(Attachment.PHOTO);
        assertThat(photo.text()).isEqualTo("hợp đồng đây");
        assertThat(photo.messageRef()).isEqualTo("16f6366b3f02645a3d15");
        assertThat(photo.media()).as("where the photo is fetched from").isEqualTo("https://photo.example/1.jpg");
        assertThat(read(update("message.sticker.received", "\"sticker\":\"abc\"")).attachment())
                .isEqualTo(Attachment.STICKER);
        assertThat(read(update("message.unsupported.received", "\"x\":1")).attachment()).isEqualTo(Attachment.OTHER);
    }

    /** In a group only commands count (the bot answers it works in private); missing ids make nothing. */
    @Test
    void groupsAndMalformedUpdates() throws Exception {
        String group = "{\"event_name\":\"message.text.received\",\"message\":{\"message_id\":\"ab\",\"chat\":{\"id\":"
                + "\"g1\",\"chat_type\":\"GROUP\"},\"from\":{\"id\":\"u1\"},\"text\":%s}}";
        assertThat(updates.read(JSON.readTree(group.formatted("\"đi chợ không?\"")))).isEmpty();
        Inbound command = updates.read(JSON.readTree(group.formatted("\"/start\""))).orElseThrow();
        assertThat(command.group()).isTrue();
        assertThat(command.kind()).isEqualTo(Kind.COMMAND);
        assertThat(updates.read(JSON.readTree("{\"event_name\":\"message.text.received\",\"message\":{\"chat\":{\"id\":"
                + "\"c\"},\"text\":\"hi\"}}"))).isEmpty();
        assertThat(updates.read(JSON.readTree("{\"event_name\":\"bot.added\"}"))).isEmpty();
    }

    /** A result or a delivery holds one update, a list of them, or either wrapped in {"ok":true,"result":...}. */
    @Test
    void updatesInEveryShape() throws Exception {
        String one = update("message.text.received", "\"text\":\"a\"");
        assertThat(ZaloUpdates.in(JSON.readTree(one))).hasSize(1);
        assertThat(ZaloUpdates.in(JSON.readTree("[" + one + "," + one + "]"))).hasSize(2);
        assertThat(ZaloUpdates.in(JSON.readTree("{\"ok\":true,\"result\":" + one + "}"))).hasSize(1);
        assertThat(ZaloUpdates.in(JSON.readTree("{\"ok\":true,\"result\":[" + one + "]}"))).hasSize(1);
        assertThat(ZaloUpdates.in(JSON.readTree("{\"ok\":true,\"result\":null}"))).isEmpty();
        assertThat(ZaloUpdates.in(JSON.readTree("[]"))).isEmpty();
    }

    private Inbound read(String update) throws Exception {
        JsonNode node = JSON.readTree(update);
        return updates.read(node).orElseThrow();
    }

    private static String update(String event, String fields) {
        return "{\"event_name\":\"" + event + "\",\"message\":{\"message_id\":\"16f6366b3f02645a3d15\",\"date\":"
                + "1766619597466,\"chat\":{\"id\":\"" + CHAT + "\",\"chat_type\":\"PRIVATE\"},\"from\":{\"id\":\"a1b2\","
                + "\"display_name\":\"A\"}," + fields + "}}";
    }
}
