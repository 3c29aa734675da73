package org.lighthouse.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code check-offer} on the command line: JSON Lines in, one answer line per input line, in order. */
class OfferCheckCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Good lines get their kind, risk and flags, with and without a kind, in the order they came. */
    @Test
    void answersEachLineInOrder() {
        List<JsonNode> answers = run("""
                {"id":"o1","text":"lương 25 triệu, không cần hộ chiếu, đi ngay","kind":"JOB"}
                {"id":"o2","text":"Bà mối bảo có anh Trung Quốc muốn lấy vợ, nhà gái được 100 triệu"}
                {"id":"o3","text":"Sinh nhật Lan tối thứ Bảy, cả lớp đến nhà Lan","kind":"friendship"}
                """);
        assertThat(answers).hasSize(3);
        assertThat(answers.get(0).toString()).isEqualTo("{\"id\":\"o1\",\"kind\":\"JOB\",\"risk\":\"HIGH\",\"flags\":"
                + "[\"UNREALISTIC_PAY\",\"CROSS_BORDER\",\"NO_PAPERS_NEEDED\",\"URGENCY\",\"VAGUE_EMPLOYER\"]}");
        assertThat(answers.get(1).get("kind").stringValue()).isEqualTo("MARRIAGE");
        assertThat(answers.get(1).get("risk").stringValue()).isEqualTo("HIGH");
        assertThat(answers.get(2).get("id").stringValue()).isEqualTo("o3");
        assertThat(answers.get(2).get("risk").stringValue()).isEqualTo("LOW");
    }

    /** A line that is not JSON, or not a valid request, gets an error line, and the lines after it are answered. */
    @Test
    void answersABadLineWithAnErrorAndGoesOn() {
        List<JsonNode> answers = run("""
                {"id":"o1","text":"tuyen gap nv ban hang
                {"id":"o2","text":"Tuyển phụ bếp","kind":"BOAT"}
                {"id":"o3"}
                [1,2]
                {"id":"o5","text":"Tuyển phụ bếp"}
                """);
        assertThat(answers).hasSize(5);
        assertThat(answers.get(0).get("error").stringValue()).startsWith("not valid JSON");
        assertThat(answers.get(1).get("id").stringValue()).isEqualTo("o2");
        assertThat(answers.get(1).get("error").stringValue()).contains("kind");
        assertThat(answers.get(2).get("error").stringValue()).contains("text");
        assertThat(answers.get(3).has("error")).isTrue();
        assertThat(answers.get(4).get("risk")).isNotNull();
    }

    /** An empty text is answered like any other: nothing found, low risk. */
    @Test
    void answersAnEmptyText() {
        JsonNode answer = run("{\"id\":\"e\",\"text\":\"\"}\n").get(0);
        assertThat(answer.get("risk").stringValue()).isEqualTo("LOW");
        assertThat(answer.get("flags")).isEmpty();
    }

    /** A text of 10,000 characters is answered with the flags it holds (how fast: OfferCheckBenchmark). */
    @Test
    void answersATenThousandCharacterText() {
        String offer = "Có người bảo em sang Trung Quốc làm, không cần hộ chiếu.";
        String filler = "Nhà em ở bản trên, hôm nay trời mưa, em đi học về muộn. ".repeat(200);
        String text = filler.substring(0, 10_000 - offer.length()) + offer;
        assertThat(text).hasSize(10_000);
        JsonNode answer = run(JSON.writeValueAsString(JSON.createObjectNode().put("id", "long").put("text", text))
                + "\n").get(0);
        assertThat(answer.get("flags").toString()).contains("CROSS_BORDER", "NO_PAPERS_NEEDED");
    }

    /** Input and output are UTF-8 whatever the platform's default. */
    @Test
    void keepsVietnameseIntactInUtf8() {
        JsonNode answer = run("{\"id\":\"đơn-1\",\"text\":\"Đừng nói với bố mẹ nhé\"}\n").get(0);
        assertThat(answer.get("id").stringValue()).isEqualTo("đơn-1");
        assertThat(answer.get("flags").toString()).contains("SECRECY");
    }

    private static List<JsonNode> run(String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = OfferCheckCommand.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
        assertThat(status).isZero();
        return out.toString(StandardCharsets.UTF_8).lines().map(JSON::readTree).toList();
    }
}
