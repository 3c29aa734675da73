package org.lighthouse.console.impact;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVPrinter;
import org.lighthouse.channel.ChatRef.Channel;
import org.lighthouse.console.accounts.ConsoleSettings;
import org.lighthouse.console.web.ConsoleTexts;
import org.lighthouse.console.web.CsvDownload;
import org.lighthouse.impact.CheckinAnswer;
import org.lighthouse.impact.CheckinFigures;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.Period;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The programme's figures for admins, on one page that prints: the check-in before and after, people reached,
 * lessons, quizzes, offer checks and cases, over all time or a period (a quarter for a donor report). Every table also
 * downloads as CSV. The check-in can be narrowed to one channel or language.
 */
@Controller
class ImpactController {

    private final ImpactTables tables;
    private final CheckinFigures checkin;
    private final ConsoleTexts texts;
    private final ZoneId zone;

    ImpactController(ImpactTables tables, CheckinFigures checkin, ConsoleTexts texts, ConsoleSettings settings) {
        this.tables = tables;
        this.checkin = checkin;
        this.texts = texts;
        this.zone = settings.zone();
    }

    /** What the reader chose: a period (dates, both included; empty for all time), and a channel and a language. */
    record Choice(String from, String to, String channel, String language) {

        private static final int FIRST_YEAR = 1970;
        private static final int LAST_YEAR = 9998;

        Period period(ZoneId zone) {
            Instant start = day(from).map(day -> day.atStartOfDay(zone).toInstant()).orElse(Period.ALL.from());
            Instant end = day(to).map(day -> day.plusDays(1).atStartOfDay(zone).toInstant()).orElse(Period.ALL.to());
            return start.isBefore(end) ? new Period(start, end) : Period.ALL;
        }

        boolean understood(ZoneId zone) {
            return (from.isBlank() || day(from).isPresent()) && (to.isBlank() || day(to).isPresent())
                    && (period(zone) != Period.ALL || from.isBlank() && to.isBlank());
        }

        /** A day the figures can hold: from 1970 until a Date's range ends (year 9998); anything else is not one. */
        private static Optional<LocalDate> day(String text) {
            try {
                return text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text.strip()))
                        .filter(day -> day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR);
            } catch (DateTimeParseException notADay) {
                return Optional.empty();
            }
        }
    }

    @GetMapping("/console/admin/impact")
    String page(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "") String channel, @RequestParam(defaultValue = "") String language,
            Model model) {
        Choice choice = new Choice(from, to, channel, language);
        Period period = choice.period(zone);
        Predicate<CheckinAnswer> cohort = cohort(channel, language);
        List<CheckinFigures.Question> questions = checkin.byQuestion(cohort, tables.answeredWithin(period));
        String hidden = texts.t("console.impact.hidden");
        model.addAttribute("tables", tables.all(questions, period));
        model.addAttribute("checkinChart", Charts.checkin(questions, questions.stream()
                .map(question -> tables.checkinLabel(question.id())).toList(), hidden));
        model.addAttribute("width", Charts.WIDTH);
        model.addAttribute("height", Charts.QUESTION_HEIGHT);
        List<Map.Entry<String, Integer>> weeks = tables.weeklyReach(period);
        model.addAttribute("weeksChart", Charts.weeks(weeks.stream().map(Map.Entry::getKey).toList(),
                weeks.stream().map(Map.Entry::getValue).toList()));
        model.addAttribute("channels", Arrays.stream(Channel.values()).map(c -> c.name().toLowerCase()).toList());
        model.addAttribute("languages", Arrays.stream(Language.values()).map(Language::code).toList());
        model.addAttribute("choice", choice);
        model.addAttribute("understood", choice.understood(zone));
        return "console/impact";
    }

    @GetMapping("/console/admin/impact/{name}.csv")
    void csv(@PathVariable String name, @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String channel,
            @RequestParam(defaultValue = "") String language, HttpServletResponse response) throws IOException {
        Choice choice = new Choice(from, to, channel, language);
        if (!choice.understood(zone)) {
            // a file carries no message: figures of another period than asked must not go into a report unseen
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "dates not understood: " + from + " to " + to);
        }
        Period period = choice.period(zone);
        Table table = tables.named(name, () -> checkin.byQuestion(cohort(channel, language),
                tables.answeredWithin(period)), period).orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND));
        try (CSVPrinter csv = CsvDownload.start(response, "lighthouse-" + name + ".csv",
                table.columns().toArray(String[]::new))) {
            for (Table.Row row : table.rows()) {
                List<String> cells = new ArrayList<>(List.of(CsvDownload.cell(row.label())));
                row.cells().forEach(cell -> cells.add(CsvDownload.cell(cell.csv())));
                csv.printRecord(cells);
            }
        }
    }

    /** The answers of one channel and one language; an empty or unknown choice keeps them all. */
    private static Predicate<CheckinAnswer> cohort(String channel, String language) {
        Predicate<CheckinAnswer> cohort = answer -> true;
        if (Arrays.stream(Channel.values()).anyMatch(c -> c.name().equalsIgnoreCase(channel))) {
            cohort = cohort.and(answer -> answer.channel().equalsIgnoreCase(channel));
        }
        if (Language.ofCode(language).isPresent()) {
            cohort = cohort.and(answer -> answer.language().code().equals(language));
        }
        return cohort;
    }
}
