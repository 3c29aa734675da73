package org.lighthouse.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lighthouse.content.loading.ContentProblem;
import org.lighthouse.content.loading.Coverage;
import org.lighthouse.content.loading.LoadedContent;
import org.lighthouse.shared.Language;

/**
 * Where the content stands: what {@code content-check} prints (lessons, questions, and per language the texts missing
 * and the share of texts a native speaker reviewed) and the texts still awaiting that review. The console's content
 * page shows the same object the command prints, so their figures cannot differ.
 *
 * @param pictured the lessons with at least one picture
 * @param locales one per language, Vietnamese first
 * @param errors what stops the content from loading; empty for the content the bot runs with
 * @param awaitingReview every text of a lesson whose language is still a draft, lesson after lesson
 */
public record ContentStatus(int lessons, int series, int questions, int pictured, List<LocaleStatus> locales,
        List<String> errors, List<DraftText> awaitingReview) {

    public ContentStatus {
        locales = List.copyOf(locales);
        errors = List.copyOf(errors);
        awaitingReview = List.copyOf(awaitingReview);
    }

    /**
     * One language's state.
     *
     * @param missing the texts missing (shown in Vietnamese instead): {@code kt-1 cards[2]}, {@code series os title}
     * @param reviewed the share of the lesson texts written in this language that a native speaker reviewed (in the
     *     lesson file, or in the chat with {@code /review}), 0 to 1
     */
    public record LocaleStatus(Language language, List<String> missing, double reviewed) {

        public LocaleStatus {
            missing = List.copyOf(missing);
        }

        /** The reviewed share in whole percent, rounded as {@code content-check} prints it. */
        public long reviewedPercent() {
            return Math.round(reviewed * 100);
        }

        /** "series os title, kt-1 (31 texts), ...": per lesson, not per text, to stay readable. */
        public String missingSummary() {
            Map<String, Integer> byLesson = new LinkedHashMap<>();
            missing.forEach(item -> byLesson.merge(item.startsWith("series ") ? item : item.split(" ")[0], 1,
                    Integer::sum));
            return byLesson.entrySet().stream()
                    .map(e -> e.getKey().startsWith("series ") ? e.getKey()
                            : e.getKey() + " (" + e.getValue() + " texts)")
                    .collect(Collectors.joining(", "));
        }
    }

    /**
     * A text written in a language whose review of its lesson still says {@code draft}, and that no review in the
     * chat approved or corrected.
     *
     * @param field where in the lesson: {@code title}, {@code cards[0]}, {@code quiz[1].options[2]}...
     */
    public record DraftText(String lesson, String lessonTitle, String field, Language language, String text) {
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** The language's status; every language has one. */
    public LocaleStatus of(Language language) {
        return locales.stream().filter(l -> l.language() == language).findFirst().orElseThrow();
    }

    static ContentStatus of(LoadedContent content) {
        return of(content, (language, lesson, field) -> false);
    }

    /** The status with the reviews of the review store that apply: their texts are reviewed, not awaiting review. */
    static ContentStatus of(LoadedContent content, Coverage.Reviewed inStore) {
        List<LocaleStatus> locales = Coverage.of(content, inStore).values().stream()
                .map(c -> new LocaleStatus(c.language(), c.missing(), c.reviewed())).toList();
        List<DraftText> drafts = new ArrayList<>();
        for (Lesson lesson : content.lessons()) {
            String title = lesson.title().show(Language.PRIMARY).text();
            lesson.review().entrySet().stream().filter(e -> !e.getValue().reviewed()).map(Map.Entry::getKey).sorted()
                    .forEach(language -> Coverage.texts(lesson).forEach((field, text) -> text.in(language)
                            .filter(written -> !inStore.has(language, lesson.id(), field))
                            .ifPresent(written -> drafts.add(
                                    new DraftText(lesson.id(), title, field, language, written)))));
        }
        int questions = content.lessons().stream().mapToInt(l -> l.quiz().size()).sum();
        int pictured = (int) content.lessons().stream()
                .filter(lesson -> lesson.cards().stream().anyMatch(card -> card.image() != null)).count();
        return new ContentStatus(content.lessons().size(), content.series().size(), questions, pictured, locales,
                content.problems().stream().map(ContentProblem::toString).toList(), drafts);
    }
}
