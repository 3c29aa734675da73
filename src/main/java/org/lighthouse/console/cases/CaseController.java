package org.lighthouse.console.cases;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import org.lighthouse.console.ConsoleUser;
import org.lighthouse.safety.CaseWork;
import org.lighthouse.safety.SafetyCase;
import org.lighthouse.safety.SafetyCase.Outcome;
import org.lighthouse.safety.SafetyCase.Referral;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One case: its transcript, notes and history, and what a responder can do with it. Every opening of the page is
 * recorded; its part that changes is asked for again every two seconds ({@code case.js}). Each action redirects back
 * to the page with a notice of what happened, or why nothing did.
 */
@Controller
@RequestMapping("/console/cases/{id}")
class CaseController {

    /** As much as a person's phone shows comfortably, and what Telegram takes in one message with the signature. */
    static final int LONGEST = 3500;
    private static final Pattern CASE_ID = Pattern.compile("C-[A-Z0-9]{6,8}");

    private final CaseWork work;
    private final CaseViews views;
    private final Watchers watchers;

    CaseController(CaseWork work, CaseViews views, Watchers watchers) {
        this.work = work;
        this.views = views;
        this.watchers = watchers;
    }

    @GetMapping
    String page(@PathVariable String id, @AuthenticationPrincipal ConsoleUser me, Model model) {
        SafetyCase safetyCase = existing(id);
        work.viewed(id, me.responderKey());
        show(safetyCase, me, model);
        return "console/cases/case";
    }

    @GetMapping("/live")
    String live(@PathVariable String id, @AuthenticationPrincipal ConsoleUser me, Model model) {
        show(existing(id), me, model);
        return "console/cases/case :: live";
    }

    @PostMapping("/claim")
    String claim(@PathVariable String id, @AuthenticationPrincipal ConsoleUser me, RedirectAttributes flash) {
        Optional<SafetyCase> claimed = work.claim(id, me.responderKey());
        if (claimed.isPresent()) {
            return done(id, flash, "console.cases.notice.claimed");
        }
        String holder = work.find(id).map(SafetyCase::assignee).map(work::alias).orElse("—");
        flash.addFlashAttribute("noticeKey", "console.cases.notice.taken");
        flash.addFlashAttribute("noticeName", holder);
        return back(id);
    }

    @PostMapping("/write")
    String write(@PathVariable String id, @RequestParam String text, @AuthenticationPrincipal ConsoleUser me,
            RedirectAttributes flash) {
        if (text.isBlank() || text.length() > LONGEST) {
            return done(id, flash, "console.cases.notice.textSize");
        }
        if (work.write(id, me.responderKey(), text.strip()).isPresent()) {
            return done(id, flash, "console.cases.notice.sent");
        }
        boolean gone = work.find(id).map(SafetyCase::personGone).orElse(false);
        return done(id, flash, gone ? "console.cases.notice.personGone" : "console.cases.notice.notYours");
    }

    @PostMapping("/note")
    String note(@PathVariable String id, @RequestParam String text, @AuthenticationPrincipal ConsoleUser me,
            RedirectAttributes flash) {
        if (text.isBlank() || text.length() > LONGEST) {
            return done(id, flash, "console.cases.notice.textSize");
        }
        return done(id, flash, work.note(id, me.responderKey(), text.strip()).isPresent()
                ? "console.cases.notice.noted" : "console.cases.notice.closedAlready");
    }

    @PostMapping("/offer")
    String offer(@PathVariable String id, @RequestParam String to, @AuthenticationPrincipal ConsoleUser me,
            RedirectAttributes flash) {
        return done(id, flash, work.offer(id, me.responderKey(), to).isPresent() ? "console.cases.notice.offered"
                : "console.cases.notice.notYours");
    }

    @PostMapping("/accept")
    String accept(@PathVariable String id, @AuthenticationPrincipal ConsoleUser me, RedirectAttributes flash) {
        return done(id, flash, work.accept(id, me.responderKey()).isPresent() ? "console.cases.notice.accepted"
                : "console.cases.notice.offerGone");
    }

    @PostMapping("/decline")
    String decline(@PathVariable String id, @AuthenticationPrincipal ConsoleUser me, RedirectAttributes flash) {
        return done(id, flash, work.decline(id, me.responderKey()).isPresent() ? "console.cases.notice.declined"
                : "console.cases.notice.offerGone");
    }

    @PostMapping("/close")
    String close(@PathVariable String id, @RequestParam String outcome, @RequestParam String referral,
            @AuthenticationPrincipal ConsoleUser me, RedirectAttributes flash) {
        Optional<Outcome> how = named(Outcome.class, outcome);
        Optional<Referral> to = named(Referral.class, referral);
        if (how.isEmpty() || to.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown outcome or referral");
        }
        return done(id, flash, work.close(id, me.responderKey(), how.get(), to.get()).isPresent()
                ? "console.cases.notice.closed" : "console.cases.notice.notYours");
    }

    private void show(SafetyCase safetyCase, ConsoleUser me, Model model) {
        watchers.seen(me.responderKey());
        model.addAttribute("view", views.view(safetyCase, me.responderKey()));
        model.addAttribute("responders", work.responders().entrySet().stream()
                .filter(e -> !e.getKey().equals(me.responderKey())).toList());
        model.addAttribute("outcomes", Arrays.asList(Outcome.values()));
        model.addAttribute("referrals", Arrays.asList(Referral.values()));
        model.addAttribute("longest", LONGEST);
    }

    private SafetyCase existing(String id) {
        return work.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such case"));
    }

    private static String done(String id, RedirectAttributes flash, String noticeKey) {
        flash.addFlashAttribute("noticeKey", noticeKey);
        return back(id);
    }

    private static String back(String id) {
        if (!CASE_ID.matcher(id).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such case");
        }
        return "redirect:/console/cases/" + id;
    }

    private static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst();
    }
}
