package org.lighthouse.impact;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lighthouse.shared.DataFile;
import org.lighthouse.shared.DataProblem;
import org.lighthouse.shared.FilesSettings;
import org.lighthouse.shared.Folders;
import org.lighthouse.shared.Language;
import org.springframework.stereotype.Component;

/**
 * The check-in's questions from {@code content/checkin/questions.yml}, read and checked at start-up: a broken file
 * stops the start at its first problem, naming the file and the field: the bot must not ask a broken question.
 */
@Component
public class CheckinQuestions {

    private final List<CheckinQuestion> questions;
    private final Map<String, CheckinQuestion> byId;

    CheckinQuestions(FilesSettings files) {
        this.questions = CheckinReader.read(files.locate("content"), DataFile.STOP);
        this.byId = questions.stream().collect(Collectors.toMap(CheckinQuestion::id, Function.identity()));
    }

    /** The questions' ids, in the order they are asked. */
    public List<String> ids() {
        return questions.stream().map(CheckinQuestion::id).toList();
    }

    /** Whether the question is asked today (answers to a question taken out of the file stay in the figures). */
    public boolean knows(String id) {
        return byId.containsKey(id);
    }

    /** The question's words in the language (in Vietnamese while that language has none); the id must be known. */
    public String prompt(String id, Language language) {
        CheckinQuestion question = byId.get(id);
        if (question == null) {
            throw new IllegalArgumentException("no check-in question '" + id + "'");
        }
        return question.prompt(language);
    }

    List<CheckinQuestion> all() {
        return questions;
    }

    /**
     * The check-in's part of {@code content-check}: prints the number of questions and every problem of the file, and
     * returns 1 when there is one.
     */
    public static int check(Path root, PrintStream out) {
        List<DataProblem> problems = new ArrayList<>();
        List<CheckinQuestion> read = CheckinReader.read(Folders.locate(root, "content"), problems::add);
        if (problems.isEmpty()) {
            out.printf("Check-in: %d questions, no errors.%n", read.size());
            return 0;
        }
        out.println("Check-in: " + problems.size() + " error(s):");
        problems.forEach(p -> out.println("  " + p.getMessage()));
        return 1;
    }
}
