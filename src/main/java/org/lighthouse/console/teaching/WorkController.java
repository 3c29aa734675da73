package org.lighthouse.console.teaching;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lighthouse.classroom.ClassViews;
import org.lighthouse.classroom.ClassViews.CsvFile;
import org.lighthouse.classroom.ClassViews.ReportPage;
import org.lighthouse.classroom.ClassroomConsole;
import org.lighthouse.console.ConsoleUser;
import org.lighthouse.console.web.ConsoleTexts;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An assignment's results, the chat's report in a page: the figures, each student, each question hardest first with
 * a chart of the hardest, and the chat's CSV file.
 */
@Controller
class WorkController {

    /** The most questions the chart shows. */
    static final int CHART_BARS = 10;

    private final ClassroomConsole classroom;
    private final ConsoleTexts texts;

    WorkController(ClassroomConsole classroom, ConsoleTexts texts) {
        this.classroom = classroom;
        this.texts = texts;
    }

    @GetMapping("/console/teach/work/{id}")
    String report(@AuthenticationPrincipal ConsoleUser me, @PathVariable String id, Locale locale, Model model) {
        ReportPage report = classroom.report(Teacher.of(me, classroom), id, ConsoleTexts.language(locale))
                .orElseThrow(Teacher::notFound);
        model.addAttribute("report", report);
        model.addAttribute("minAnswers", ClassViews.MIN_ANSWERS);
        model.addAttribute("severalApps", report.students().stream().map(ClassViews.StudentLine::app).distinct()
                .count() > 1);
        model.addAttribute("chart", chart(report));
        return "console/teaching/work";
    }

    @GetMapping("/console/teach/work/{id}/csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal ConsoleUser me, @PathVariable String id, Locale locale) {
        CsvFile file = classroom.csv(Teacher.of(me, classroom), id, ConsoleTexts.language(locale))
                .orElseThrow(Teacher::notFound);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    /** The hardest questions with enough answers for a percentage, as bars of the share answered wrong. */
    String chart(ReportPage report) {
        List<BarChart.Bar> bars = report.questions().stream().filter(q -> q.percent() != null).limit(CHART_BARS)
                .map(q -> new BarChart.Bar(texts.text("console.teaching.chart.label", Map.of("lesson", q.lesson(),
                        "question", q.number(), "text", q.text())), 100 - q.percent(),
                        texts.t("console.teaching.chart.value", "percent", 100 - q.percent()))).toList();
        return BarChart.svg(texts.t("console.teaching.chart.title"), bars);
    }
}
