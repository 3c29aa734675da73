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
import org.lighthouse.shared.Language;

/** The content is checked as authors would hope: every mistake named with its file and field. */
class ContentCheckUnitTest {

    /** The project's own curriculum is valid: 12 lessons or more in three series, vi and en complete, all pictured. */
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
        assertThat(json.get("images").asInt()).isEqualTo(json.get("lessons").asInt());
        assertThat(report.text()).contains("vi").contains("hmn").contains("No errors.")
                .contains("Pictures: " + json.get("lessons").asInt() + " of " + json.get("lessons").asInt());
    }

    /**
     * A H'mong reader meets no Vietnamese in the online-safety lessons, and their H'mong drafts wait for a native
     * speaker's review.
     */
    @Test
    void onlineSafetyLessonsAreWrittenInHmongAwaitingReview() {
        ContentStatus status = ContentCheck.status(Path.of("."));
        assertThat(status.of(Language.HMN).missing()).noneMatch(text -> text.startsWith("os-"));
        assertThat(status.awaitingReview().stream().filter(d -> d.language() == Language.HMN)
                .map(ContentStatus.DraftText::lesson)).contains("os-1", "os-2", "os-3", "os-4", "os-5");
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

    /**
     * The reviewed share counts texts: reviews made in the chat that still apply count, a review of a text changed
     * since does not, and a reviewed text no longer awaits review.
     */
    @Test
    void reviewedShareCountsTextsReviewedInTheChat(@TempDir Path root) throws IOException {
        write(root, "content/series.yml", "series:\n  - id: a\n    title: {vi: A, en: A}\n    lessons: [a-1]\n");
        StringBuilder lesson = new StringBuilder("""
                id: a-1
                title: {vi: Tựa, en: Title, hmn: Npe}
                review: {vi: {status: draft}, hmn: {status: draft}}
                cards:
                  - text: {vi: một, en: one, hmn: ib}
                  - text: {vi: hai, en: two, hmn: ob}
                  - text: {vi: gọi 111, en: call 111, hmn: hu 111}
                quiz:
                """);
        for (int q = 1; q <= 3; q++) {
            lesson.append("""
                      - id: q%d
                        question: {vi: Hỏi?, en: Ask?}
                        options:
                          - {text: {vi: a, en: a}, correct: true}
                          - {text: {vi: b, en: b}}
                        explanation: {vi: Vì, en: Because}
                    """.formatted(q));
        }
        write(root, "content/lessons/a/a-1.yml", lesson.toString());
        write(root, "state/reviews/hmn.yml", """
                reviews:
                  - {lesson: a-1, field: title, original: Npe, by: 7, name: "", at: "2026-12-07T06:00:00Z"}
                  - {lesson: a-1, field: "cards[0]", original: ib, corrected: ib kho, by: 7, name: "", at: "x"}
                  - {lesson: a-1, field: "cards[1]", original: ob qub, by: 7, name: "", at: "x"}
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ContentCheck.run(new String[] {"--json", "--lighthouse.database.data-dir=state"}, root,
                new PrintStream(out, true, StandardCharsets.UTF_8));
        Report report = new Report(status, out.toString(StandardCharsets.UTF_8));
        assertThat(report.status()).isZero();
        assertThat(report.json().at("/locales/hmn/reviewed").asDouble()).isEqualTo(0.5);
        assertThat(report.json().at("/locales/vi/reviewed").asDouble()).isZero();
        assertThat(report.text()).containsPattern("hmn +13 +50%");
        assertThat(ContentCheck.status(root, Path.of("state")).awaitingReview())
                .filteredOn(d -> d.language() == Language.HMN)
                .extracting(ContentStatus.DraftText::field).containsExactly("cards[1]", "cards[2]");
        assertThat(check(root).json().at("/locales/hmn/reviewed").asDouble()).isZero();
    }

    /**
     * A picture whose file is missing, cannot be read or drawn, has the wrong kind of name, or lacks its words, is an
     * error naming the lesson file and the field; a picture that reads but does not draw is caught by content-check.
     */
    @Test
    void pictureProblemsNameFileAndField(@TempDir Path root) throws IOException {
        write(root, "content/series.yml", "series:\n  - id: sm\n    title: {vi: A, en: A}\n    lessons: [sm-1]\n");
        write(root, "content/images/broken.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 3\">");
        write(root, "content/images/unpainted.svg", """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3">
                  <rect width="4" height="3" fill="url(#no)"/>
                </svg>
                """);
        write(root, "content/lessons/sm/sm-1.yml", """
                id: sm-1
                title: {vi: T, en: T}
                cards:
                  - image: {file: images/missing.svg, alt: {vi: Ảnh, en: A picture}}
                    text: {vi: một, en: one}
                  - image: {file: images/broken.svg, alt: {vi: Ảnh}}
                    text: {vi: hai, en: two}
                  - image: images/plain.png
                    text: {vi: ba, en: three}
                  - image: {file: images/picture.gif, alt: {vi: Ảnh, en: A picture}}
                    text: {vi: bốn, en: four}
                  - image: {file: images/unpainted.svg, alt: {vi: Ảnh, en: A picture}}
                    text: {vi: gọi 111, en: call 111}
                quiz: []
                """);
        String lesson = "content/lessons/sm/sm-1.yml: ";
        List<String> problems = ContentReader.read(root.resolve("content").toUri().toString()).problems().stream()
                .map(ContentProblem::toString).toList();
        assertThat(problems).contains(lesson + "cards[0].image.file: no file content/images/missing.svg",
                lesson + "cards[1].image.alt.en: is missing",
                lesson + "cards[2].image: must give the picture's file and its words for those who cannot see it: "
                        + "{ file: images/<name>.svg, alt: { vi: ..., en: ... } }",
                lesson + "cards[3].image.file: must be a .svg, .png or .jpg path under content/, without '..' or "
                        + "spaces");
        assertThat(problems).anySatisfy(p -> assertThat(p)
                .startsWith(lesson + "cards[1].image.file: content/images/broken.svg cannot be drawn: "));
        assertThat(problems).noneSatisfy(p -> assertThat(p).contains("unpainted"));
        Report report = check(root);
        assertThat(report.status()).isEqualTo(1);
        assertThat(report.json().get("images").asInt()).isEqualTo(1);
        assertThat(report.text()).contains(lesson + "cards[0].image.file: no file content/images/missing.svg")
                .contains(lesson + "cards[4].image.file: content/images/unpainted.svg cannot be drawn: ");
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
