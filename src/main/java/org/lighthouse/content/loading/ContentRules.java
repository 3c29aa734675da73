package org.lighthouse.content.loading;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.lighthouse.content.Lesson;
import org.lighthouse.content.Lesson.Question;
import org.lighthouse.content.LocalizedText;
import org.lighthouse.content.Series;
import org.lighthouse.shared.Language;

/**
 * The rules of {@code content/FORMAT.md}: sizes, one correct option, complete required languages, pictures that
 * exist and draw, and a last card that says who to contact.
 */
final class ContentRules {

    static final int MAX_CARD = 500;
    static final int MAX_OPTION = 100;
    /** A picture's words stay short: a screen reader reads them before the card. */
    static final int MAX_ALT = 200;
    private static final Set<Language> ALWAYS_REQUIRED = Set.of(Language.VI, Language.EN);

    private final List<ContentProblem> problems;

    private ContentRules(List<ContentProblem> problems) {
        this.problems = problems;
    }

    static void check(List<Series> series, Map<String, Lesson> lessons, List<ContentProblem> problems,
            Function<String, Optional<String>> pictureProblem) {
        ContentRules rules = new ContentRules(problems);
        rules.checkSeries(series, lessons);
        lessons.forEach((file, lesson) -> rules.checkLesson(file, lesson, pictureProblem));
    }

    private void checkSeries(List<Series> series, Map<String, Lesson> lessons) {
        String file = "content/series.yml";
        Set<String> lessonIds = new HashSet<>();
        lessons.values().forEach(l -> lessonIds.add(l.id()));
        Set<String> seriesIds = new HashSet<>();
        Map<String, String> placed = new HashMap<>();
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            String at = "series[" + s + "]";
            if (!seriesIds.add(one.id())) {
                problem(file, at + ".id", "'" + one.id() + "' is used twice");
            }
            required(file, at + ".title", one.title(), ALWAYS_REQUIRED);
            for (int i = 0; i < one.lessonIds().size(); i++) {
                String id = one.lessonIds().get(i);
                if (!lessonIds.contains(id)) {
                    problem(file, at + ".lessons[" + i + "]", "no lesson file has the id '" + id + "'");
                }
                String before = placed.putIfAbsent(id, one.id());
                if (before != null) {
                    problem(file, at + ".lessons[" + i + "]", "'" + id + "' is already in series '" + before + "'");
                }
            }
        }
        Map<String, String> files = new HashMap<>();
        lessons.forEach((lessonFile, lesson) -> {
            String other = files.putIfAbsent(lesson.id(), lessonFile);
            if (other != null) {
                problem(lessonFile, "id", "'" + lesson.id() + "' is also the id of " + other);
            } else if (!lesson.id().isEmpty() && !placed.containsKey(lesson.id())) {
                problem(lessonFile, "id", "'" + lesson.id() + "' is in no series of content/series.yml");
            }
        });
    }

    private void checkLesson(String file, Lesson lesson, Function<String, Optional<String>> pictureProblem) {
        if (!lesson.id().matches("[a-z0-9-]{1,8}")) {
            problem(file, "id", "must be 1 to 8 lower-case letters, digits or '-' (it goes into buttons)");
        }
        Set<Language> required = required(lesson);
        required(file, "title", lesson.title(), required);
        count(file, "cards", lesson.cards().size(), 3, 6);
        for (int c = 0; c < lesson.cards().size(); c++) {
            Lesson.Card card = lesson.cards().get(c);
            String at = "cards[" + c + "]";
            required(file, at + ".text", card.text(), required);
            longest(file, at + ".text", card.text(), MAX_CARD);
            if (card.image() != null) {
                checkImage(file, at + ".image", card.image(), required, pictureProblem);
            }
        }
        lastCardSaysWhoToContact(file, lesson);
        count(file, "quiz", lesson.quiz().size(), 3, 5);
        Set<String> questionIds = new HashSet<>();
        for (int q = 0; q < lesson.quiz().size(); q++) {
            checkQuestion(file, "quiz[" + q + "]", lesson.quiz().get(q), required, questionIds);
        }
    }

    private void checkImage(String file, String at, Lesson.Image image, Set<Language> required,
            Function<String, Optional<String>> pictureProblem) {
        if (!image.file().isEmpty() && !image.file().matches("[A-Za-z0-9_/-]+\\.(svg|png|jpg|jpeg)")) {
            problem(file, at + ".file", "must be a .svg, .png or .jpg path under content/, without '..' or spaces");
        } else if (!image.file().isEmpty()) {
            pictureProblem.apply(image.file()).ifPresent(problem -> problem(file, at + ".file", problem));
        }
        required(file, at + ".alt", image.alt(), required);
        longest(file, at + ".alt", image.alt(), MAX_ALT);
    }

    private void checkQuestion(String file, String at, Question question, Set<Language> required, Set<String> ids) {
        if (!question.id().isEmpty() && !ids.add(question.id())) {
            problem(file, at + ".id", "'" + question.id() + "' is used twice in this lesson");
        }
        required(file, at + ".question", question.text(), required);
        required(file, at + ".explanation", question.explanation(), required);
        count(file, at + ".options", question.options().size(), 2, 4);
        long correct = question.options().stream().filter(Lesson.Option::correct).count();
        if (correct != 1) {
            problem(file, at + ".options", "exactly one option must have correct: true (found " + correct + ")");
        }
        for (int o = 0; o < question.options().size(); o++) {
            LocalizedText text = question.options().get(o).text();
            required(file, at + ".options[" + o + "].text", text, required);
            longest(file, at + ".options[" + o + "].text", text, MAX_OPTION);
        }
    }

    private void lastCardSaysWhoToContact(String file, Lesson lesson) {
        if (lesson.cards().isEmpty()) {
            return;
        }
        int last = lesson.cards().size() - 1;
        lesson.cards().get(last).text().byLanguage().forEach((language, text) -> {
            if (!text.contains("111")) {
                problem(file, "cards[" + last + "].text." + language.code(),
                        "the last card must say who to contact (111)");
            }
        });
    }

    /** Vietnamese and English always; another language once it is marked reviewed. */
    private static Set<Language> required(Lesson lesson) {
        Set<Language> required = new HashSet<>(ALWAYS_REQUIRED);
        lesson.review().forEach((language, review) -> {
            if (review.reviewed()) {
                required.add(language);
            }
        });
        return required;
    }

    private void required(String file, String field, LocalizedText text, Set<Language> languages) {
        for (Language language : Language.values()) {
            if (languages.contains(language) && text.in(language).isEmpty()) {
                problem(file, field + "." + language.code(), "is missing");
            }
        }
    }

    private void longest(String file, String field, LocalizedText text, int max) {
        text.byLanguage().forEach((language, value) -> {
            if (value.length() > max) {
                problem(file, field + "." + language.code(), "has " + value.length() + " characters; at most " + max);
            }
        });
    }

    private void count(String file, String field, int count, int min, int max) {
        if (count < min || count > max) {
            problem(file, field, "has " + count + "; it needs " + min + " to " + max);
        }
    }

    private void problem(String file, String field, String message) {
        problems.add(new ContentProblem(file, field, message));
    }
}
