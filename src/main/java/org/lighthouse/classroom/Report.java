package org.lighthouse.classroom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.content.Catalog;
import org.lighthouse.content.Lesson;
import org.lighthouse.shared.TextFolding;

/**
 * An assignment's results for its class: each student by the name they chose, and each question's share of right
 * first answers, hardest first. Only students in the class now count.
 *
 * @param unreached students whom the work or its reminder could not reach (Messenger's window was closed)
 */
record Report(Classroom classroom, Assignment assignment, List<Student> students, List<Question> questions,
        int unreached) {

    /** Fewer answers than this to a question give no percentage: too few to mean much, and too easy to trace. */
    static final int MIN_ANSWERS = 5;

    /**
     * @param app where the student uses Lighthouse ({@code Zalo}), so that the teacher knows where to reach them
     * @param done lessons finished, of {@code lessons}
     * @param correct right answers in the lessons finished (first finish), of {@code asked}
     */
    record Student(String name, String app, boolean started, long done, int lessons, int correct, int asked) {

        boolean finished() {
            return done == lessons;
        }

        OptionalInt percent() {
            return asked == 0 ? OptionalInt.empty() : OptionalInt.of(Math.round(100f * correct / asked));
        }
    }

    /** A question, numbered within its lesson, the lesson numbered within the assignment. */
    record Question(int lessonNumber, String lessonId, int number, Lesson.Question question, int answers, int correct) {

        boolean enough() {
            return answers >= MIN_ANSWERS;
        }

        int percent() {
            return Math.round(100f * correct / answers);
        }
    }

    static Report of(Classroom classroom, Assignment assignment, List<Member> members, Map<String, Work> work,
            java.util.Set<String> unreached, Catalog catalog) {
        List<String> lessonIds = assignment.lessonIds();
        List<Student> students = new ArrayList<>();
        List<Work> present = new ArrayList<>();
        for (Member member : members) {
            Work done = work.getOrDefault(member.student(), Work.none(assignment.id(), member.student()));
            present.add(done);
            List<Work.LessonWork> finished = done.lessons().stream().filter(Work.LessonWork::completed)
                    .filter(l -> lessonIds.contains(l.lessonId())).toList();
            students.add(new Student(member.name(), ChatRef.parse(member.student()).channel().app(),
                    !done.lessons().isEmpty(), finished.size(), lessonIds.size(),
                    finished.stream().mapToInt(Work.LessonWork::score).sum(),
                    finished.stream().mapToInt(Work.LessonWork::total).sum()));
        }
        students.sort(Comparator.comparing(s -> TextFolding.fold(s.name())));
        List<Question> questions = new ArrayList<>();
        for (int l = 0; l < lessonIds.size(); l++) {
            Lesson lesson = catalog.lesson(lessonIds.get(l)).orElse(null);
            if (lesson == null) {
                continue;
            }
            for (int q = 0; q < lesson.quiz().size(); q++) {
                Lesson.Question question = lesson.quiz().get(q);
                List<Boolean> answers = present.stream().flatMap(w -> w.answers().stream())
                        .filter(a -> a.lessonId().equals(lesson.id()) && a.questionId().equals(question.id()))
                        .map(Work.Answer::correct).toList();
                questions.add(new Question(l + 1, lesson.id(), q + 1, question, answers.size(),
                        (int) answers.stream().filter(Boolean::booleanValue).count()));
            }
        }
        questions.sort(Comparator.comparing((Question q) -> !q.enough())
                .thenComparing(q -> q.enough() ? q.percent() : 0)
                .thenComparing(Question::lessonNumber).thenComparing(Question::number));
        int notReached = (int) members.stream().filter(m -> unreached.contains(m.student())).count();
        return new Report(classroom, assignment, List.copyOf(students), List.copyOf(questions), notReached);
    }

    int joined() {
        return students.size();
    }

    long started() {
        return students.stream().filter(Student::started).count();
    }

    long finished() {
        return students.stream().filter(Student::finished).count();
    }

    /** The mean of the scores of students who finished at least one lesson. */
    OptionalInt average() {
        List<Integer> scores = students.stream().map(Student::percent).filter(OptionalInt::isPresent)
                .map(OptionalInt::getAsInt).toList();
        return scores.isEmpty() ? OptionalInt.empty()
                : OptionalInt.of(Math.round((float) scores.stream().mapToInt(Integer::intValue).sum() / scores.size()));
    }
}
