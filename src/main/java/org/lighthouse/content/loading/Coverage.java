package org.lighthouse.content.loading;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.lighthouse.content.Lesson;
import org.lighthouse.content.LocalizedText;
import org.lighthouse.content.Series;
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
        String at = lesson.id() + " ";
        note(missing, at + "title", lesson.title(), language);
        for (int c = 0; c < lesson.cards().size(); c++) {
            note(missing, at + "cards[" + c + "]", lesson.cards().get(c).text(), language);
        }
        for (int q = 0; q < lesson.quiz().size(); q++) {
            Lesson.Question question = lesson.quiz().get(q);
            note(missing, at + "quiz[" + q + "].question", question.text(), language);
            note(missing, at + "quiz[" + q + "].explanation", question.explanation(), language);
            for (int o = 0; o < question.options().size(); o++) {
                note(missing, at + "quiz[" + q + "].options[" + o + "]", question.options().get(o).text(), language);
            }
        }
    }

    private static void note(List<String> missing, String item, LocalizedText text, Language language) {
        if (text.in(language).isEmpty()) {
            missing.add(item);
        }
    }
}
