package org.lighthouse.learning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.lighthouse.content.Catalog;
import org.lighthouse.shared.Period;
import org.springframework.stereotype.Component;

/**
 * What learners achieved, counted over everyone and naming no one: lessons completed, each question's first answers,
 * and per series how first attempts compare with answers on review (a question missed and asked again in "Review", or
 * a quiz taken again).
 */
@Component
public class LearningFigures {

    private final Progresses progresses;
    private final QuizAttempts attempts;
    private final Catalog catalog;

    LearningFigures(Progresses progresses, QuizAttempts attempts, Catalog catalog) {
        this.progresses = progresses;
        this.attempts = attempts;
        this.catalog = catalog;
    }

    /** How many people completed a lesson. */
    public record Completed(String lessonId, int people) {
    }

    /** A question's answers on people's first attempt at its lesson's quiz. */
    public record FirstAnswers(String lessonId, String questionId, int people, int right) {
    }

    /** Answers given by some people: how many people, answers, right answers. */
    public record Tally(int people, int answers, int right) {
        static final Tally NONE = new Tally(0, 0, 0);
    }

    /** A series' answers on first attempts at its quizzes, and on review. */
    public record Gain(String seriesId, Tally first, Tally review) {
    }

    /** Lessons whose quiz was first finished within {@code period}. */
    public List<Completed> completed(Period period) {
        Map<String, Integer> people = new TreeMap<>();
        progresses.findAll().forEach(progress -> progress.lessons().forEach((lesson, record) -> {
            if (record.completedAt() != null && period.contains(record.completedAt())) {
                people.merge(lesson, 1, Integer::sum);
            }
        }));
        return catalog.lessonsInOrder().stream()
                .map(lesson -> new Completed(lesson.id(), people.getOrDefault(lesson.id(), 0))).toList();
    }

    /** Answers of first attempts started within {@code period}. */
    public List<FirstAnswers> firstAnswers(Period period) {
        Map<String, int[]> byQuestion = new HashMap<>();
        goes(period).stream().filter(Go::first).forEach(go -> go.attempt().answers().forEach(answer -> {
            int[] counts = byQuestion.computeIfAbsent(go.attempt().lessonId() + "/" + answer.questionId(),
                    key -> new int[2]);
            counts[0]++;
            counts[1] += answer.correct() ? 1 : 0;
        }));
        List<FirstAnswers> figures = new ArrayList<>();
        catalog.lessonsInOrder().forEach(lesson -> lesson.quiz().forEach(question -> {
            int[] counts = byQuestion.getOrDefault(lesson.id() + "/" + question.id(), new int[2]);
            figures.add(new FirstAnswers(lesson.id(), question.id(), counts[0], counts[1]));
        }));
        return figures;
    }

    /** Answers of attempts and reviews started within {@code period}. */
    public List<Gain> gains(Period period) {
        List<Go> goes = goes(period);
        return catalog.series().stream().map(series -> {
            List<Go> inSeries = goes.stream().filter(go -> series.lessonIds().contains(go.attempt().lessonId()))
                    .toList();
            return new Gain(series.id(), tally(inSeries, true), tally(inSeries, false));
        }).toList();
    }

    private static Tally tally(List<Go> goes, boolean first) {
        Set<String> people = new HashSet<>();
        int answers = 0;
        int right = 0;
        for (Go go : goes) {
            if (go.first() == first && !go.attempt().answers().isEmpty()) {
                people.add(go.attempt().learner());
                answers += go.attempt().answers().size();
                right += go.attempt().score();
            }
        }
        return answers == 0 ? Tally.NONE : new Tally(people.size(), answers, right);
    }

    /**
     * Every attempt started within {@code period}, marked first when it is the learner's earliest quiz (not review) at
     * its lesson, whenever that was.
     */
    private List<Go> goes(Period period) {
        Map<String, List<QuizAttempt>> byLearnerAndLesson = new HashMap<>();
        attempts.findAll().forEach(attempt -> byLearnerAndLesson.computeIfAbsent(
                attempt.learner() + "/" + attempt.lessonId(), key -> new ArrayList<>()).add(attempt));
        return byLearnerAndLesson.values().stream().flatMap(list -> {
            QuizAttempt first = list.stream().filter(attempt -> !attempt.isReview())
                    .min(Comparator.comparing(QuizAttempt::startedAt)).orElse(null);
            return list.stream().filter(attempt -> period.contains(attempt.startedAt()))
                    .map(attempt -> new Go(attempt, attempt == first));
        }).collect(Collectors.toList());
    }

    private record Go(QuizAttempt attempt, boolean first) {
    }
}
