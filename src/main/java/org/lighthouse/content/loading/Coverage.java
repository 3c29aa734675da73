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
 * How far each language is: texts missing (shown in Vietnamese instead) and the share of lessons a native speaker
 * reviewed.
 */
public record Coverage(Language language, List<String> missing, double reviewed) {

    public static Map<Language, Coverage> of(LoadedContent content) {
        Map<Language, Coverage> out = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            List<String> missing = new ArrayList<>();
            content.series().forEach(s -> note(missing, "series " + s.id() + " title", s.title(), language));
            content.lessons().forEach(lesson -> missingIn(lesson, language, missing));
            long reviewed = content.lessons().stream()
                    .filter(l -> l.review().containsKey(language) && l.review().get(language).reviewed()).count();
            double share = content.lessons().isEmpty() ? 0 : (double) reviewed / content.lessons().size();
            out.put(language, new Coverage(language, List.copyOf(missing), Math.round(share * 1000) / 1000.0));
        }
        return out;
    }

    private static void missingIn(Lesson lesson, Language language, List<String> missing) {
        texts(lesson).forEach((field, text) -> note(missing, lesson.id() + " " + field, text, language));
    }

    /** A lesson's texts by field ({@code title}, {@code cards[0]}, {@code quiz[1].options[2]}...), in order. */
    public static Map<String, LocalizedText> texts(Lesson lesson) {
        Map<String, LocalizedText> texts = new LinkedHashMap<>();
        texts.put("title", lesson.title());
        for (int c = 0; c < lesson.cards().size(); c++) {
            texts.put("cards[" + c + "]", lesson.cards().get(c).text());
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
