package org.lighthouse.impact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
     * The figures of the answers that pass {@code cohort} (a channel, a language) among those that pass {@code all}
     * (a period), in the order the questions are asked, then those of questions no longer asked. A question whose
     * other answers (in {@code all} but not in {@code cohort}) come from 1 to 4 people is hidden whole: the figures
     * of {@code all} minus these would show those few people's answers.
     */
    public List<Question> byQuestion(Predicate<CheckinAnswer> cohort, Predicate<CheckinAnswer> all) {
        Map<String, Question> others = byQuestion(all.and(cohort.negate())).stream()
                .collect(Collectors.toMap(Question::id, question -> question));
        return byQuestion(all.and(cohort)).stream().map(question -> Optional.ofNullable(others.get(question.id()))
                .filter(CheckinFigures::few).map(few -> hidden(question.id())).orElse(question)).toList();
    }

    private List<Question> byQuestion(Predicate<CheckinAnswer> cohort) {
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

    private static boolean few(Question question) {
        return Stream.of(question.before().people(), question.after().people(), question.pairs().people())
                .anyMatch(people -> people > 0 && people < Share.FEWEST);
    }

    private static Question hidden(String id) {
        Share none = new Share(0, 0);
        return new Question(id, none, none, Difference.between(none, none), Pairs.NONE, Difference.paired(Pairs.NONE));
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
