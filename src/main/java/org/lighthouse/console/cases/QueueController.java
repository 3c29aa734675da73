package org.lighthouse.console.cases;

import org.lighthouse.console.ConsoleUser;
import org.lighthouse.safety.CaseWork;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The queue: every open case, URGENT first, then the oldest. The page asks for its lines again every two seconds
 * ({@code queue.js}), which also tells the safety net that a responder is watching.
 */
@Controller
@RequestMapping("/console/queue")
class QueueController {

    private final CaseWork work;
    private final CaseRows rows;
    private final Watchers watchers;

    QueueController(CaseWork work, CaseRows rows, Watchers watchers) {
        this.work = work;
        this.rows = rows;
        this.watchers = watchers;
    }

    @GetMapping
    String queue(@AuthenticationPrincipal ConsoleUser me, Model model) {
        lines(me, model);
        return "console/cases/queue";
    }

    @GetMapping("/rows")
    String rows(@AuthenticationPrincipal ConsoleUser me, Model model) {
        lines(me, model);
        return "console/cases/queue :: rows";
    }

    private void lines(ConsoleUser me, Model model) {
        watchers.seen(me.responderKey());
        model.addAttribute("rows", work.open().stream().map(c -> rows.row(c, me.responderKey())).toList());
    }
}
