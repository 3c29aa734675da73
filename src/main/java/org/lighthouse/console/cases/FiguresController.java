package org.lighthouse.console.cases;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.lighthouse.console.accounts.ConsoleSettings;
import org.lighthouse.safety.CaseWork;
import org.lighthouse.safety.SafetyCase;
import org.lighthouse.safety.SafetyCase.Outcome;
import org.lighthouse.safety.TriageResult.Level;
import org.lighthouse.shared.Percentiles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The team's figures of the last twelve weeks, on one page; weeks start on Monday in the console's time zone. */
@Controller
class FiguresController {

    static final int WEEKS = 12;
    static final String OPEN = "OPEN";
    private final CaseWork work;
    private final ZoneId zone;
    private final Clock clock;

    FiguresController(CaseWork work, ConsoleSettings settings, Clock clock) {
        this.work = work;
        this.zone = settings.zone();
        this.clock = clock;
    }

    @GetMapping("/console/figures")
    String figures(Model model) {
        TeamFigures figures = figures();
        model.addAttribute("figures", figures);
        model.addAttribute("levels", Arrays.stream(Level.values()).map(Enum::name).toList());
        model.addAttribute("outcomes", outcomes());
        return "console/cases/figures";
    }

    TeamFigures figures() {
        LocalDate thisWeek = LocalDate.now(clock.withZone(zone)).with(TemporalAdjusters.previousOrSame(
                DayOfWeek.MONDAY));
        LocalDate first = thisWeek.minusWeeks(WEEKS - 1L);
        List<SafetyCase> cases = work.openedSince(first.atStartOfDay(zone).toInstant());
        Map<LocalDate, List<SafetyCase>> byWeek = new TreeMap<>(cases.stream().collect(Collectors.groupingBy(
                c -> LocalDate.ofInstant(c.openedAt(), zone).with(TemporalAdjusters.previousOrSame(
                        DayOfWeek.MONDAY)))));
        List<TeamFigures.Week> weeks = new ArrayList<>();
        for (LocalDate week = thisWeek; !week.isBefore(first); week = week.minusWeeks(1)) {
            weeks.add(week(week, byWeek.getOrDefault(week, List.of())));
        }
        return new TeamFigures(weeks, week(first, cases));
    }

    static List<String> outcomes() {
        List<String> outcomes = new ArrayList<>(Arrays.stream(Outcome.values()).map(Enum::name).toList());
        outcomes.add(OPEN);
        return outcomes;
    }

    private TeamFigures.Week week(LocalDate start, List<SafetyCase> cases) {
        Map<String, Integer> byLevel = new LinkedHashMap<>();
        Arrays.stream(Level.values()).forEach(level -> byLevel.put(level.name(), (int) cases.stream()
                .filter(c -> c.level() == level).count()));
        Map<String, Integer> byOutcome = new LinkedHashMap<>();
        outcomes().forEach(outcome -> byOutcome.put(outcome, (int) cases.stream()
                .filter(c -> outcome.equals(c.outcome() == null ? OPEN : c.outcome().name())).count()));
        List<Duration> waits = cases.stream().flatMap(c -> c.timeToClaim().stream()).sorted().toList();
        return new TeamFigures.Week(start, cases.size(), byLevel, byOutcome, Percentiles.nearestRank(waits, 50),
                Percentiles.nearestRank(waits, 90), waits.size(),
                (int) cases.stream().filter(c -> c.alerts() > 1).count());
    }
}
