package org.lighthouse.console.cases;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.lighthouse.console.ConsoleUser;
import org.lighthouse.console.accounts.ConsoleSettings;
import org.lighthouse.safety.CaseSearch;
import org.lighthouse.safety.CaseWork;
import org.lighthouse.safety.SafetyCase.Outcome;
import org.lighthouse.safety.TriageResult.Level;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Closed cases, found by reference, dates, level and outcome; each opens read-only. */
@Controller
class ClosedCasesController {

    static final int MOST = 200;
    private final CaseWork work;
    private final CaseRows rows;
    private final ZoneId zone;

    ClosedCasesController(CaseWork work, CaseRows rows, ConsoleSettings settings) {
        this.work = work;
        this.rows = rows;
        this.zone = settings.zone();
    }

    @GetMapping("/console/closed")
    String closed(@RequestParam(required = false) @Nullable String ref,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable Level level,
            @RequestParam(required = false) @Nullable Outcome outcome,
            @AuthenticationPrincipal ConsoleUser me, Model model) {
        CaseSearch search = new CaseSearch(ref == null || ref.isBlank() ? null : ref.strip(), level, outcome,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), MOST);
        model.addAttribute("rows", work.closed(search).stream().map(c -> rows.row(c, me.responderKey())).toList());
        model.addAttribute("levels", Arrays.asList(Level.values()));
        model.addAttribute("outcomes", Arrays.asList(Outcome.values()));
        model.addAttribute("most", MOST);
        return "console/cases/closed";
    }
}
