package org.lighthouse.console.broadcast;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lighthouse.channel.Outbox;
import org.lighthouse.classroom.ClassRosters;
import org.lighthouse.classroom.ClassRosters.ClassSummary;
import org.lighthouse.console.ConsoleUser;
import org.lighthouse.console.audit.AuditLog;
import org.lighthouse.console.broadcast.Broadcast.Status;
import org.lighthouse.console.security.CurrentUser;
import org.lighthouse.shared.Language;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Broadcasts for admins: write an announcement in each language and choose who gets it, see the preview (recipients
 * per channel and language, who is left out and why, the text each language gets) and confirm, then follow the
 * sending until every message went.
 */
@Controller
class BroadcastController {

    /**
     * The longest announcement: Zalo and Messenger take 2,000 characters in one message (Telegram 4,096), so it goes
     * whole on every channel.
     */
    static final int MAX_TEXT = 2000;
    static final int MAX_DAYS = 365;
    private static final int RECENT = 20;

    private final Broadcasts broadcasts;
    private final BroadcastSender sender;
    private final ClassRosters classes;
    private final AuditLog audit;

    BroadcastController(Broadcasts broadcasts, BroadcastSender sender, ClassRosters classes, AuditLog audit) {
        this.broadcasts = broadcasts;
        this.sender = sender;
        this.classes = classes;
        this.audit = audit;
    }

    /** What the admin typed, shown again with the problems found. */
    record Form(String vi, String en, String hmn, String audience, int days, String classId) {

        static Form empty() {
            return new Form("", "", "", "active", 30, "");
        }
    }

    @GetMapping("/console/admin/broadcast")
    String page(Model model) {
        return form(Form.empty(), List.of(), model);
    }

    @PostMapping("/console/admin/broadcast")
    String write(@RequestParam(defaultValue = "") String vi, @RequestParam(defaultValue = "") String en,
            @RequestParam(defaultValue = "") String hmn, @RequestParam(defaultValue = "active") String audience,
            @RequestParam(defaultValue = "") String days, @RequestParam(defaultValue = "") String classId,
            Model model) {
        Form form = new Form(vi.strip(), en.strip(), hmn.strip(), audience, number(days), classId);
        List<String> problems = new ArrayList<>();
        if (form.vi().isEmpty()) {
            problems.add("console.broadcast.problem.viMissing");
        }
        if (form.vi().length() > MAX_TEXT || form.en().length() > MAX_TEXT || form.hmn().length() > MAX_TEXT) {
            problems.add("console.broadcast.problem.tooLong");
        }
        Optional<ClassSummary> chosen = "class".equals(audience) ? classes.find(classId) : Optional.empty();
        if ("class".equals(audience) && chosen.isEmpty()) {
            problems.add("console.broadcast.problem.noClass");
        }
        if (!"class".equals(audience) && (form.days() < 1 || form.days() > MAX_DAYS)) {
            problems.add("console.broadcast.problem.days");
        }
        if (!problems.isEmpty()) {
            return form(form, problems, model);
        }
        Audience who = chosen.map(c -> Audience.ofClass(c.id(), c.name()))
                .orElseGet(() -> Audience.activeWithin(form.days()));
        Broadcast draft = broadcasts.draft(me().login(), who, texts(form));
        return "redirect:/console/admin/broadcast/" + draft.id();
    }

    /** The preview of a draft, or the progress of a broadcast confirmed, which refreshes itself until it is done. */
    @GetMapping("/console/admin/broadcast/{id}")
    String show(@PathVariable String id, Model model, HttpServletResponse response) {
        Broadcast broadcast = broadcasts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("broadcast", broadcast);
        model.addAttribute("languages", Language.values());
        if (broadcast.status() == Status.DRAFT) {
            return "console/admin/broadcast-preview";
        }
        Outbox.Progress progress = broadcasts.progress(broadcast);
        model.addAttribute("progress", progress);
        if (broadcast.status() != Status.DONE) {
            response.setHeader("Refresh", "2");
        }
        return "console/admin/broadcast-progress";
    }

    @PostMapping("/console/admin/broadcast/{id}/send")
    String send(@PathVariable String id) {
        broadcasts.confirm(id).ifPresent(confirmed -> {
            Plan plan = confirmed.plan();
            audit.record(me().login(), null, "broadcast.send", confirmed.id() + " to "
                    + confirmed.audience().describe() + ": " + plan.recipients() + " recipients " + plan.byChannel()
                    + "; left out: " + plan.blocked() + " blocked the bot, " + plan.openCase() + " with a case open, "
                    + plan.deleted() + " deleted their data, " + plan.closed() + " cannot be written to now");
            sender.soon();
        });
        return "redirect:/console/admin/broadcast/" + id;
    }

    private String form(Form form, List<String> problems, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("classes", classes.classes());
        model.addAttribute("maxText", MAX_TEXT);
        model.addAttribute("maxDays", MAX_DAYS);
        model.addAttribute("recent", broadcasts.recent(RECENT));
        return "console/admin/broadcast";
    }

    private static Map<Language, String> texts(Form form) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        texts.put(Language.VI, form.vi());
        if (!form.en().isEmpty()) {
            texts.put(Language.EN, form.en());
        }
        if (!form.hmn().isEmpty()) {
            texts.put(Language.HMN, form.hmn());
        }
        return texts;
    }

    private static ConsoleUser me() {
        ConsoleUser user = CurrentUser.get();
        if (user == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
        return user;
    }

    /** The days typed: not a whole number (letters, or too many digits) is 0, which the form refuses by name. */
    private static int number(String typed) {
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
