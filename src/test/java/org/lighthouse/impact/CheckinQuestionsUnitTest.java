package org.lighthouse.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.shared.DataProblem;
import org.lighthouse.shared.FilesSettings;
import org.lighthouse.shared.Language;

/** The check-in's questions are read from content/checkin/, and a broken file is refused naming file and field. */
class CheckinQuestionsUnitTest {

    /** The project's questions are 5 or 6, complete in Vietnamese and English, each with exactly one right option. */
    @Test
    void projectQuestionsAreValid() {
        CheckinQuestions questions = new CheckinQuestions(new FilesSettings(Path.of(".")));
        assertThat(questions.ids()).hasSizeBetween(5, 6).contains("hotline", "contract", "idcard");
        assertThat(questions.prompt("hotline", Language.EN)).contains("call");
        assertThat(questions.all()).allSatisfy(q -> {
            assertThat(q.options()).hasSizeBetween(2, 4);
            assertThat(q.options()).filteredOn(CheckinQuestion.Option::right).hasSize(1);
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(CheckinQuestions.check(Path.of("."), new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("no errors");
    }

    /** Every problem of a malformed file is listed, each with the file and the field; start-up stops at the first. */
    @Test
    void malformedFileIsRefusedNamingTheField(@TempDir Path root) throws IOException {
        Path file = root.resolve("content/checkin/questions.yml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                review:
                  vi: { status: done }
                  en: { status: draft }
                  hmn: { status: reviewed, by: "Mai", on: 2026-12-01 }
                questions:
                  - id: hotline
                    prompt: { vi: "Gọi ai?", en: "Whom to call?" }
                    options:
                      - text: { vi: "111", en: "111", hmn: "111" }
                        right: true
                      - text: { vi: "Không ai", en: "Nobody", hmn: "Tsis muaj" }
                        right: true
                  - id: hotline
                    prompt: { vi: "Gọi ai?" }
                    options:
                      - text: { vi: "111", en: "111", hmn: "111" }
                        rigth: true
                """);
        List<DataProblem> problems = new ArrayList<>();
        CheckinReader.read(root.resolve("content").toUri().toString(), problems::add);
        assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo("content/checkin/questions.yml"));
        assertThat(problems).extracting(DataProblem::getMessage).contains(
                "content/checkin/questions.yml: review.vi.status: must be draft or reviewed, not 'done'",
                "content/checkin/questions.yml: questions: must hold 5 or 6 questions, not 2",
                "content/checkin/questions.yml: questions[0].prompt.hmn: is missing",
                "content/checkin/questions.yml: questions[0].options: must have exactly one option with 'right: true',"
                        + " not 2",
                "content/checkin/questions.yml: questions[1].id: 'hotline' is used by another question",
                "content/checkin/questions.yml: questions[1].prompt.en: is missing",
                "content/checkin/questions.yml: questions[1].options: must hold 2 to 4 options, not 1");
        assertThat(problems).extracting(DataProblem::path).contains("questions[1].options[0].rigth");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(CheckinQuestions.check(root, new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("questions[1].prompt.en: is missing");
        assertThatThrownBy(() -> new CheckinQuestions(new FilesSettings(root))).isInstanceOf(DataProblem.class)
                .hasMessageStartingWith("content/checkin/questions.yml: review.vi.status");
    }

    /** A missing file is a problem of the file, not a silent empty check-in. */
    @Test
    void missingFileIsNamed(@TempDir Path root) {
        List<DataProblem> problems = new ArrayList<>();
        CheckinReader.read(root.toUri().toString() + "content/", problems::add);
        assertThat(problems).extracting(DataProblem::getMessage)
                .containsExactly("content/checkin/questions.yml: is missing");
    }
}
