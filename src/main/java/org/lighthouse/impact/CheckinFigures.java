package org.lighthouse.impact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The check-in's figures per question: the share of right answers before and after, the change between the two
 * groups, and the change within the people who answered both (paired by their random key).
 */
@Component
public class CheckinFigures {

    private final CheckinAnswers answers;
    private final CheckinQuestions questions;

    CheckinFigures(CheckinAnswers answers, CheckinQuestions questions) {
        this.answers = answers;
        this.questions = questions;
    }

    /** One question's figures. The groups before and after are not the same people; {@code pairs} are. */
    public record Question(String id, Share before, Share after, Difference change, Pairs pairs,
            Difference pairedChange) {
    }

    /**
     * The figures of the answers that pass {@code cohort} (a channel, a language, a class), in the order the questions
     * are asked, then those of questions no longer asked.
     */
    public List<Question> byQuestion(Predicate<CheckinAnswer> cohort) {
        Map<String, List<CheckinAnswer>> byQuestion = answers.all().stream().filter(cohort)
                .collect(Collectors.groupingBy(CheckinAnswer::question, () -> new TreeMap<>(askedOrder()),
                        Collectors.toList()));
        List<Question> figures = new ArrayList<>();
        byQuestion.forEach((id, given) -> {
            Share before = share(given, Phase.BEFORE);
            Share after = share(given, Phase.AFTER);
            Pairs pairs = pairs(given);
            figures.add(new Question(id, before, after, Difference.between(before, after), pairs,
                    Difference.paired(pairs)));
        });
        return figures;
    }

    private Comparator<String> askedOrder() {
        List<String> asked = questions.ids();
        return Comparator.<String>comparingInt(id -> asked.contains(id) ? asked.indexOf(id) : asked.size())
                .thenComparing(Comparator.naturalOrder());
    }

    private static Share share(List<CheckinAnswer> given, Phase phase) {
        List<CheckinAnswer> inPhase = given.stream().filter(answer -> answer.phase() == phase).toList();
        return new Share((int) inPhase.stream().filter(CheckinAnswer::right).count(), inPhase.size());
    }

    private static Pairs pairs(List<CheckinAnswer> given) {
        Map<String, Map<Phase, Boolean>> byKey = new TreeMap<>();
        given.stream().filter(answer -> answer.pair() != null).forEach(answer -> byKey.computeIfAbsent(
                Objects.requireNonNull(answer.pair()), key -> new TreeMap<>()).put(answer.phase(), answer.right()));
        Pairs pairs = Pairs.NONE;
        for (Map<Phase, Boolean> person : byKey.values()) {
            if (person.size() == Phase.values().length) {
                pairs = pairs.add(person.get(Phase.BEFORE), person.get(Phase.AFTER));
            }
        }
        return pairs;
    }
}
