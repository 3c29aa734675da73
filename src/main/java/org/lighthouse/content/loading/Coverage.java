package org.lighthouse.content.loading;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lighthouse.content.Lesson;
import org.lighthouse.content.LocalizedText;
import org.lighthouse.shared.Language;

/**
 * How far each language is: texts missing (shown in Vietnamese instead) and the share of its lesson texts a native
 * speaker reviewed.
 *
 * @param reviewed of the lesson texts written in the language, the share reviewed: in a lesson whose file marks the
 *     language {@code reviewed}, or by a review in the review store that still applies; 0 to 1
 */
public record Coverage(Language language, List<String> missing, double reviewed) {

    /** Whether a lesson's text in a language has a review from the review store that applies. */
    public interface Reviewed {
        boolean has(Language language, String lesson, String field);
    }

    public static Map<Language, Coverage> of(LoadedContent content) {
        return of(content, (language, lesson, field) -> false);
    }

    public static Map<Language, Coverage> of(LoadedContent content, Reviewed inStore) {
        Map<Language, Coverage> out = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            List<String> missing = new ArrayList<>();
            content.series().forEach(s -> note(missing, "series " + s.id() + " title", s.title(), language));
            content.lessons().forEach(lesson -> missingIn(lesson, language, missing));
            out.put(language, new Coverage(language, List.copyOf(missing), reviewedShare(content, language, inStore)));
        }
        return out;
    }

    private static double reviewedShare(LoadedContent content, Language language, Reviewed inStore) {
        int written = 0;
        int reviewed = 0;
        for (Lesson lesson : content.lessons()) {
            boolean file = lesson.review().containsKey(language) && lesson.review().get(language).reviewed();
            for (Map.Entry<String, LocalizedText> text : texts(lesson).entrySet()) {
                if (text.getValue().in(language).isPresent()) {
                    written++;
                    reviewed += file || inStore.has(language, lesson.id(), text.getKey()) ? 1 : 0;
                }
            }
        }
        return written == 0 ? 0 : Math.round((double) reviewed / written * 1000) / 1000.0;
    }

    private static void missingIn(Lesson lesson, Language language, List<String> missing) {
        texts(lesson).forEach((field, text) -> note(missing, lesson.id() + " " + field, text, language));
    }

    /** A lesson's texts by field ({@code title}, {@code cards[0]}, {@code quiz[1].options[2]}...), in order. */
    public static Map<String, LocalizedText> texts(Lesson lesson) {
        Map<String, LocalizedText> texts = new LinkedHashMap<>();
        texts.put("title", lesson.title());
        for (int c = 0; c < lesson.cards().size(); c++) {
            Lesson.Card card = lesson.cards().get(c);
            texts.put("cards[" + c + "]", card.text());
            if (card.image() != null) {
                texts.put("cards[" + c + "].image.alt", card.image().alt());
            }
        }
        for (int q = 0; q < lesson.quiz().size(); q++) {
            Lesson.Question question = lesson.quiz().get(q);
            texts.put("quiz[" + q + "].question", question.text());
            texts.put("quiz[" + q + "].explanation", question.explanation());
            for (int o = 0; o < question.options().size(); o++) {
                texts.put("quiz[" + q + "].options[" + o + "]", question.options().get(o).text());
            }
        }
        return texts;
    }

    private static void note(List<String> missing, String item, LocalizedText text, Language language) {
        if (text.in(language).isEmpty()) {
            missing.add(item);
        }
    }
}
