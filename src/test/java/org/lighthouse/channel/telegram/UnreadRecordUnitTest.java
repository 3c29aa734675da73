package org.lighthouse.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

/** What is kept of an unreadable update says where the parser failed, and nothing a person wrote or is. */
class UnreadRecordUnitTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Keys stay, leaves become their JSON types, arrays the distinct shapes of their elements. */
    @Test
    void shapeKeepsKeysAndTypesOnly() throws IOException {
        JsonNode update = JSON.readTree("""
                {"update_id": 123456, "message": {"message_id": 9, "chat": {"id": 4242, "type": "private",
                 "first_name": "Mai"}, "text": "họ giữ hộ chiếu", "is_topic_message": true, "quote": null,
                 "photo": [{"file_id": "a", "width": 90}, {"file_id": "b", "width": 320}, {"file_id": "c"}],
                 "entities": []}}""");
        assertThat(JsonShape.of(update)).isEqualTo("{\"update_id\":\"number\",\"message\":{\"message_id\":\"number\","
                + "\"chat\":{\"id\":\"number\",\"type\":\"string\",\"first_name\":\"string\"},\"text\":\"string\","
                + "\"is_topic_message\":\"boolean\",\"quote\":\"null\",\"photo\":[{\"file_id\":\"string\","
                + "\"width\":\"number\"},{\"file_id\":\"string\"}],\"entities\":[]}}");
    }

    /** The parser's complaint is kept as the exception and the path of fields, not its message, which quotes values. */
    @Test
    void errorNamesThePathNotTheValue() throws IOException {
        JsonNode update = JSON.readTree("{\"update_id\": 1, \"message\": {\"message_id\": \"em ở nhà nghỉ Hoa Mai\","
                + " \"date\": 1, \"chat\": {\"id\": 42, \"type\": \"private\"}}}");
        JsonMappingException failure = catchThrowableOfType(JsonMappingException.class,
                () -> JSON.treeToValue(update, Update.class));
        assertThat(failure.getMessage()).contains("nhà nghỉ");
        assertThat(UnreadUpdates.describe(failure)).isEqualTo("InvalidFormatException at message.message_id");
    }
}
