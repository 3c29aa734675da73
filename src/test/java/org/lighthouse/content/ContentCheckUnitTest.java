package org.lighthouse.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.content.loading.ContentProblem;
import org.lighthouse.content.loading.ContentReader;

/** The content is checked as authors would hope: every mistake named with its file and field. */
class ContentCheckUnitTest {

    /** The project's own curriculum is valid: 12 lessons or more in three series, vi and en complete. */
    @Test
    void projectContentIsValid() throws IOException {
        Report report = check(Path.of("."));
        assertThat(report.status()).isZero();
        JsonNode json = report.json();
        assertThat(json.get("errors")).isEmpty();
        assertThat(json.get("lessons").asInt()).isGreaterThanOrEqualTo(12);
        assertThat(json.get("questions").asInt()).isGreaterThanOrEqualTo(36);
        assertThat(json.at("/locales/vi/missing").asInt()).isZero();
        assertThat(json.at("/locales/en/missing").asInt()).isZero();
        assertThat(json.at("/locales/hmn/reviewed").asDouble()).isZero();
        assertThat(report.text()).contains("vi").contains("hmn").contains("No errors.");
    }

    /** Each broken rule gives one line with the file, the field and what is wrong, and the check exits with 1. */
    @Test
    void brokenContentIsNamedFileAndField(@TempDir Path root) throws IOException {
        write(root, "content/series.yml", """
                series:
                  - id: sm
                    title: {vi: Di cư, en: Migration}
                    lessons: [sm-1, sm-9]
                """);
        write(root, "content/lessons/sm/sm-1.yml", """
                id: sm-1
                title: {vi: Bài một}
                review: {vi: {status: reviewed}, xx: {status: draft}}
                cards:
                  - text: {vi: "%s", en: ok}
                  - text: {vi: hai, en: two}
                  - text: {vi: ba, en: three}
                  - text: {vi: gọi 111, en: call 111}
                quiz:
                  - id: q1
                    question: {vi: Hỏi?, en: Ask?}
                    options:
                      - {text: {vi: a, en: a}, correct: true}
                      - {text: {vi: b, en: b}, correct: true}
                    explanation: {vi: Vì, en: Because}
                """.formatted("x".repeat(501)));
        write(root, "content/lessons/sm/sm-2.yml", "id: sm-2\ntitle: [broken\n");
        List<String> problems = ContentReader.read(root.resolve("content").toUri().toString()).problems().stream()
                .map(ContentProblem::toString).toList();
        assertThat(problems).contains(
                "content/series.yml: series[0].lessons[1]: no lesson file has the id 'sm-9'",
                "content/lessons/sm/sm-1.yml: title.en: is missing",
                "content/lessons/sm/sm-1.yml: review.vi: a reviewed text needs 'by' (who reviewed it) and 'on' (the date)",
                "content/lessons/sm/sm-1.yml: review.xx: is not a language of Lighthouse (vi, en, hmn)",
                "content/lessons/sm/sm-1.yml: cards[0].text.vi: has 501 characters; at most 500",
                "content/lessons/sm/sm-1.yml: quiz: has 1; it needs 3 to 5",
                "content/lessons/sm/sm-1.yml: quiz[0].options: exactly one option must have correct: true (found 2)");
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("content/lessons/sm/sm-2.yml: is not valid YAML"));
        Report report = check(root);
        assertThat(report.status()).isEqualTo(1);
        assertThat(report.json().get("errors")).hasSizeGreaterThanOrEqualTo(problems.size());
    }

    /** A lesson whose last card does not say who to contact, or that no series lists, is an error. */
    @Test
    void lessonMustEndWithContactsAndBeInASeries(@TempDir Path root) throws IOException {
        write(root, "content/series.yml", "series:\n  - id: a\n    title: {vi: A, en: A}\n    lessons: []\n");
        write(root, "content/lessons/a/a-1.yml", """
                id: a-1
                title: {vi: T, en: T}
                cards:
                  - text: {vi: một, en: one}
                  - text: {vi: hai, en: two}
                  - text: {vi: ba, en: three}
                quiz: []
                """);
        List<String> problems = ContentReader.read(root.resolve("content").toUri().toString()).problems().stream()
                .map(ContentProblem::toString).toList();
        assertThat(problems).contains("content/lessons/a/a-1.yml: id: 'a-1' is in no series of content/series.yml",
                "content/lessons/a/a-1.yml: cards[2].text.vi: the last card must say who to contact (111)");
    }

    /** The cards with recorded voice are counted per language in the data directory, other files there are not. */
    @Test
    void cardsWithVoiceAreCountedPerLanguage(@TempDir Path root) throws IOException {
        write(root, "data/audio/sm-1/1-vi.ogg", "OggS");
        write(root, "data/audio/sm-1/2-vi.ogg", "OggS");
        write(root, "data/audio/kt-1/1-hmn.ogg", "OggS");
        write(root, "data/audio/kt-1/.recording123.partial", "OggS");
        Report report = check(root);
        assertThat(report.json().get("audio").toString())
                .isEqualTo("{\"vi\":2,\"en\":0,\"hmn\":1}");
        assertThat(report.text()).contains("cards with voice: {vi=2, en=0, hmn=1}");
    }

    private record Report(int status, String text) {
        JsonNode json() throws IOException {
            String[] lines = text.strip().split("\n");
            return new ObjectMapper().readTree(lines[lines.length - 1]);
        }
    }

    private static Report check(Path root) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ContentCheck.run(new String[] {"--json"}, root, new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Report(status, out.toString(StandardCharsets.UTF_8));
    }

    private static void write(Path root, String file, String text) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
