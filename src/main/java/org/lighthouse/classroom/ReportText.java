package org.lighthouse.classroom;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A report as a chat message a teacher reads on a phone: the figures in two lines, students grouped by how far they
 * are, then the questions, hardest first.
 */
final class ReportText {

    /** Question texts are cut to this length; the CSV has them whole. */
    private static final int QUESTION_CHARS = 60;

    private ReportText() {
    }

    static String of(Report report, Words words) {
        StringBuilder out = new StringBuilder(words.get("classroom.report.title", Map.of("class",
                report.classroom().name(), "work", words.work(report.assignment()))));
        out.append('\n').append(words.get("classroom.report.figures", Map.of("joined", report.joined(), "started",
                report.started(), "finished", report.finished(), "average", average(report, words))));
        if (report.unreached() > 0) {
            out.append('\n').append(words.get("classroom.report.unreached", Map.of("count", report.unreached())));
        }
        group(out, words, report, "classroom.report.finished", Report.Student::finished);
        group(out, words, report, "classroom.report.working", s -> s.started() && !s.finished());
        group(out, words, report, "classroom.report.notStarted", s -> !s.started());
        out.append("\n\n").append(words.get("classroom.report.questions"));
        if (report.questions().stream().allMatch(q -> q.answers() == 0)) {
            out.append('\n').append(words.get("classroom.report.noAnswers"));
            return out.toString();
        }
        int n = 0;
        for (Report.Question q : report.questions()) {
            Map<String, Object> values = Map.of("n", ++n, "lesson", q.lessonNumber(), "question", q.number(), "text",
                    cut(words.shown(q.question().text())), "answers", q.answers(), "correct", q.correct(), "percent",
                    q.enough() ? q.percent() : 0, "min", Report.MIN_ANSWERS);
            out.append('\n').append(words.get(q.enough() ? "classroom.report.question" : "classroom.report.fewAnswers",
                    values));
        }
        return out.toString();
    }

    static String average(Report report, Words words) {
        return report.average().isPresent()
                ? words.get("classroom.report.percent", Map.of("percent", report.average().getAsInt()))
                : words.get("classroom.report.none");
    }

    private static void group(StringBuilder out, Words words, Report report, String key,
            Predicate<Report.Student> in) {
        List<Report.Student> students = report.students().stream().filter(in).toList();
        if (students.isEmpty()) {
            return;
        }
        out.append("\n\n").append(words.get(key, Map.of("count", students.size())));
        // in a class on several apps, each student's, so that the teacher knows where to reach them
        boolean severalApps = report.students().stream().map(Report.Student::app).distinct().count() > 1;
        for (Report.Student s : students) {
            String name = severalApps ? s.name() + " · " + s.app() : s.name();
            String line = s.percent().isPresent()
                    ? words.get("classroom.report.student", Map.of("name", name, "done", s.done(), "lessons",
                            s.lessons(), "percent", s.percent().getAsInt(), "correct", s.correct(), "asked", s.asked()))
                    : words.get("classroom.report.studentNoScore", Map.of("name", name, "done", s.done(),
                            "lessons", s.lessons()));
            out.append('\n').append(line);
        }
    }

    private static String cut(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= QUESTION_CHARS ? line : line.substring(0, QUESTION_CHARS - 1).strip() + "…";
    }
}
