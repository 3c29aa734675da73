package org.lighthouse.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code lighthouse triage}: JSON Lines in, one answer per line out, in order, whatever the input holds. */
class TriageCommandTest {

    private static final Triage TRIAGE = new Triage();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<JsonNode> run(String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = TriageCommand.run(TRIAGE, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
        assertThat(status).isZero();
        return out.toString(StandardCharsets.UTF_8).lines().map(JSON::readTree).toList();
    }

    /** Good lines get their id, level and reasons, one answer per line in the order given. */
    @Test
    void goodLinesAreAnsweredInOrder() {
        List<JsonNode> answers = run("""
                {"id":"a1","text":"họ giữ hộ chiếu của em, khóa cửa phòng","locale":"vi"}
                {"id":"a2","text":"I sold my bike to my cousin"}
                {"id":"a3","text":"My boyfriend from Facebook wants me to come to Hekou, he'll pay the bus ticket","locale":"en"}
                """);

        assertThat(answers).extracting(a -> a.get("id").asString()).containsExactly("a1", "a2", "a3");
        assertThat(answers).extracting(a -> a.get("level").asString()).containsExactly("URGENT", "NONE", "CONCERN");
        assertThat(answers.get(0).get("reasons").get(0).asString()).isEqualTo("documents taken");
    }

    /**
     * A line may hold a conversation, judged at its last message: a drama retold stays NONE, papers kept and no way out
     * at a workplace make URGENT, and a conversation line with no usable messages gets an error that keeps its id.
     */
    @Test
    void conversationLinesAreJudgedAtTheirLastMessage() {
        List<JsonNode> answers = run("""
                {"id":"c1","locale":"vi","messages":[{"text":"hôm qua em xem phim truyền hình hay lắm","minutes":0},\
                {"text":"cô gái trong phim bị lừa bán sang Trung Quốc","minutes":3},\
                {"text":"họ nhốt cô ấy trong phòng và giữ giấy tờ","minutes":5}]}
                {"id":"c2","locale":"en","messages":[{"text":"i arrived at the brick kiln yesterday","minutes":0},\
                {"text":"the owner keeps everyone's id card so nobody gets lost he says","minutes":300},\
                {"text":"we can only call home on sundays and he listens when we call","minutes":1400}]}
                {"id":"c3","messages":[]}
                {"id":"c4","messages":[{"text":"hi","minutes":"soon"}]}
                """);

        assertThat(answers).extracting(a -> a.path("level").asString("")).containsExactly("NONE", "URGENT", "", "");
        assertThat(answers.get(0).get("reasons").toString()).contains("film, story or news");
        assertThat(answers.get(2).get("error").asString()).isEqualTo("the field 'messages' must be a non-empty list");
        assertThat(answers.get(3).get("error").asString())
                .isEqualTo("messages[0]: the field 'minutes' must be a number");
        assertThat(answers.get(3).get("id").asString()).isEqualTo("c4");
    }

    /** A line that is not JSON gets an error answer, and the lines after it are still answered. */
    @Test
    void aBadJsonLineGetsAnErrorAndTheRunGoesOn() {
        List<JsonNode> answers = run("""
                {"id":"b1","text":"hi"
                {"id":"b2","text":"SOS"}
                """);

        assertThat(answers).hasSize(2);
        assertThat(answers.get(0).get("error").asString()).startsWith("not valid JSON");
        assertThat(answers.get(1).get("level").asString()).isEqualTo("URGENT");
    }

    /** A readable line without a usable text or locale gets an error that keeps its id. */
    @Test
    void anInvalidRequestGetsAnErrorWithItsId() {
        List<JsonNode> answers = run("""
                {"id":"c1"}
                {"id":"c2","text":42}
                {"id":"c3","text":"hi","locale":"fr"}
                ["c4"]

                """);

        assertThat(answers).extracting(a -> a.path("id").asString(null)).containsExactly("c1", "c2", "c3", null, null);
        assertThat(answers).allSatisfy(a -> assertThat(a.has("error")).isTrue());
        assertThat(answers.get(2).get("error").asString()).contains("'locale'");
    }

    /** An empty text is a valid message: NONE, with no reasons. */
    @Test
    void anEmptyTextIsNone() {
        JsonNode answer = run("{\"id\":\"d1\",\"text\":\"\"}\n").get(0);

        assertThat(answer.get("level").asString()).isEqualTo("NONE");
        assertThat(answer.get("reasons").isEmpty()).isTrue();
    }

    /** A 10,000-character text is answered like any other. */
    @Test
    void aLongTextIsAnswered() {
        String text = "em bi nhot trong phong, cuu em voi. ".repeat(280).substring(0, 10_000);

        JsonNode answer = run(JSON.writeValueAsString(JSON.createObjectNode().put("id", "e1").put("text", text)) + "\n")
                .get(0);

        assertThat(answer.get("level").asString()).isEqualTo("URGENT");
    }

    /** A regional locale such as vi-VN is read as its language, and numbers as ids come back as given. */
    @Test
    void regionalLocalesAndNumericIdsAreAccepted() {
        JsonNode answer = run("{\"id\":7,\"text\":\"cứu em với\",\"locale\":\"vi-VN\"}\n").get(0);

        assertThat(answer.get("id").asInt()).isEqualTo(7);
        assertThat(answer.get("level").asString()).isEqualTo("URGENT");
    }

    /** Arguments are refused with a usage line, so a typo is not mistaken for an empty run. */
    @Test
    void argumentsAreRefused() {
        assertThat(TriageCommand.run(new String[] {"--verbose"})).isEqualTo(2);
    }
}
