package org.lighthouse.impact;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.lighthouse.impact.CheckinQuestion.Option;
import org.lighthouse.shared.DataField;
import org.lighthouse.shared.DataFile;
import org.lighthouse.shared.DataProblem;
import org.lighthouse.shared.Language;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/**
 * Reads and checks {@code content/checkin/questions.yml}: 5 or 6 questions, each with 2 to 4 options of which exactly
 * one is right, complete in Vietnamese and English, and in every locale whose review status is {@code reviewed}.
 * Every problem is noted, naming the file and the field, so that the check lists them all.
 */
final class CheckinReader {

    static final String FILE = "content/checkin/questions.yml";
    private static final int MIN_QUESTIONS = 5;
    private static final int MAX_QUESTIONS = 6;
    private static final int MAX_OPTIONS = 4;
    private static final int PROMPT_LENGTH = 300;
    private static final int OPTION_LENGTH = 100;
    private static final Set<Language> REQUIRED = Set.of(Language.VI, Language.EN);

    private final Consumer<DataProblem> problems;
    private final Map<Language, Boolean> reviewed = new EnumMap<>(Language.class);

    private CheckinReader(Consumer<DataProblem> problems) {
        this.problems = problems;
    }

    /** The questions at a Spring resource location ending in "/" (the content folder), each problem to the handler. */
    static List<CheckinQuestion> read(String contentLocation, Consumer<DataProblem> problems) {
        Resource file = new DefaultResourceLoader().getResource(contentLocation + "checkin/questions.yml");
        try (InputStream in = file.exists() ? file.getInputStream() : null) {
            return new CheckinReader(problems).questions(DataFile.read(FILE, in, problems));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<CheckinQuestion> questions(DataField top) {
        if (!top.present()) {
            return List.of();
        }
        top.allowOnly(Set.of("review", "questions"));
        review(top.get("review"));
        List<DataField> items = top.get("questions").items();
        if (!items.isEmpty() && (items.size() < MIN_QUESTIONS || items.size() > MAX_QUESTIONS)) {
            top.get("questions").report("must hold " + MIN_QUESTIONS + " or " + MAX_QUESTIONS + " questions, not "
                    + items.size());
        }
        Set<String> ids = new HashSet<>();
        List<CheckinQuestion> questions = new ArrayList<>();
        for (DataField item : items) {
            item.allowOnly(Set.of("id", "prompt", "options"));
            String id = item.get("id").text();
            if (!id.isEmpty() && !id.matches("[a-z0-9-]{1,16}")) {
                item.get("id").report("must be 1 to 16 small letters, digits or '-', not '" + id + "'");
            } else if (!ids.add(id)) {
                item.get("id").report("'" + id + "' is used by another question");
            }
            questions.add(new CheckinQuestion(id, localized(item.get("prompt"), PROMPT_LENGTH),
                    options(item.get("options"))));
        }
        return questions;
    }

    private void review(DataField review) {
        review.entries().forEach((code, entry) -> {
            Optional<Language> language = Language.ofCode(code);
            if (language.isEmpty()) {
                entry.report("is not a language of the bot (vi, en, hmn)");
                return;
            }
            entry.allowOnly(Set.of("status", "by", "on"));
            String status = entry.get("status").text();
            if (!status.isEmpty() && !status.equals("draft") && !status.equals("reviewed")) {
                entry.get("status").report("must be draft or reviewed, not '" + status + "'");
            }
            boolean done = status.equals("reviewed");
            if (done && (entry.find("by").isEmpty() || entry.find("on").isEmpty())) {
                entry.report("a reviewed text needs 'by' (who reviewed it) and 'on' (the date)");
            }
            reviewed.put(language.get(), done);
        });
        REQUIRED.stream().filter(l -> !reviewed.containsKey(l))
                .forEach(l -> review.report("needs a status for " + l.code()));
    }

    private List<Option> options(DataField field) {
        List<DataField> items = field.items();
        if (!items.isEmpty() && (items.size() < 2 || items.size() > MAX_OPTIONS)) {
            field.report("must hold 2 to " + MAX_OPTIONS + " options, not " + items.size());
        }
        List<Option> options = new ArrayList<>();
        for (DataField item : items) {
            item.allowOnly(Set.of("text", "right"));
            boolean right = item.find("right").map(DataField::flag).orElse(false);
            options.add(new Option(localized(item.get("text"), OPTION_LENGTH), right));
        }
        long right = options.stream().filter(Option::right).count();
        if (!items.isEmpty() && right != 1) {
            field.report("must have exactly one option with 'right: true', not " + right);
        }
        return options;
    }

    /** A text per language: Vietnamese and English always, and every reviewed language. */
    private Map<Language, String> localized(DataField field, int maxLength) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        field.entries().forEach((code, text) -> {
            Optional<Language> language = Language.ofCode(code);
            if (language.isEmpty()) {
                text.report("is not a language of the bot (vi, en, hmn)");
                return;
            }
            String value = text.text();
            if (value.length() > maxLength) {
                text.report("is " + value.length() + " characters long; at most " + maxLength);
            }
            texts.put(language.get(), value);
        });
        if (field.present()) {
            for (Language language : Language.values()) {
                boolean needed = REQUIRED.contains(language) || reviewed.getOrDefault(language, false);
                if (needed && !texts.containsKey(language)) {
                    field.get(language.code()).report("is missing");
                }
            }
        }
        return texts;
    }
}
