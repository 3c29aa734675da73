package org.lighthouse.classroom;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lighthouse.channel.Reply;

/**
 * A report as a CSV file for a spreadsheet: the figures, one row per student, one row per question (hardest first).
 * UTF-8 with a byte order mark, so that spreadsheet programs show Vietnamese letters; cells that a spreadsheet would
 * run as a formula are quoted as text.
 */
final class ReportCsv {

    private ReportCsv() {
    }

    static Reply.Document of(Report report, Words words) {
        List<List<Object>> rows = new ArrayList<>();
        Assignment assignment = report.assignment();
        rows.add(List.of(words.get("classroom.csv.class"), report.classroom().name()));
        rows.add(List.of(words.get("classroom.csv.work"), words.title(assignment)));
        rows.add(List.of(words.get("classroom.csv.due"), assignment.due()));
        rows.add(List.of(words.get("classroom.csv.joined"), report.joined()));
        rows.add(List.of(words.get("classroom.csv.started"), report.started()));
        rows.add(List.of(words.get("classroom.csv.finished"), report.finished()));
        rows.add(List.of(words.get("classroom.csv.average"), report.average().isPresent()
                ? report.average().getAsInt() : ""));
        rows.add(List.of());
        rows.add(List.of(words.get("classroom.csv.student"), words.get("classroom.csv.status"),
                words.get("classroom.csv.lessonsDone"), words.get("classroom.csv.lessons"),
                words.get("classroom.csv.correct"), words.get("classroom.csv.asked"),
                words.get("classroom.csv.score")));
        for (Report.Student s : report.students()) {
            String status = s.finished() ? "classroom.csv.statusFinished"
                    : s.started() ? "classroom.csv.statusWorking" : "classroom.csv.statusNotStarted";
            rows.add(List.of(s.name(), words.get(status), s.done(), s.lessons(), s.correct(), s.asked(),
                    s.percent().isPresent() ? s.percent().getAsInt() : ""));
        }
        rows.add(List.of());
        rows.add(List.of(words.get("classroom.csv.lesson"), words.get("classroom.csv.question"),
                words.get("classroom.csv.questionText"), words.get("classroom.csv.answers"),
                words.get("classroom.csv.rightAnswers"), words.get("classroom.csv.rightShare")));
        for (Report.Question q : report.questions()) {
            rows.add(List.of(q.lessonId(), q.question().id(), words.shown(q.question().text()).strip(), q.answers(),
                    q.correct(), q.enough() ? q.percent() : words.get("classroom.csv.tooFew",
                            Map.of("min", Report.MIN_ANSWERS))));
        }
        StringBuilder csv = new StringBuilder("\uFEFF");
        for (List<Object> row : rows) {
            csv.append(String.join(",", row.stream().map(ReportCsv::cell).toList())).append("\r\n");
        }
        String fileName = words.get("classroom.file.csv", Map.of("class", JoinLinks.slug(report.classroom().name()),
                "due", assignment.due()));
        return Reply.Document.file(fileName, "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String cell(Object value) {
        String text = value.toString();
        if (value instanceof String && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
