package org.lighthouse.console.teaching;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.lighthouse.classroom.ClassViews.ClassPage;
import org.lighthouse.classroom.ClassViews.JoinCard;
import org.lighthouse.classroom.ClassroomConsole;
import org.lighthouse.classroom.ClassroomConsole.Created;
import org.lighthouse.classroom.ClassroomConsole.Given;
import org.lighthouse.console.ConsoleUser;
import org.lighthouse.console.teaching.Teacher.Notice;
import org.lighthouse.console.web.ConsoleTexts;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A teacher's classes in the browser, as in the chat: the list and a new class, a class's page (join link, QR code,
 * students, work given and who finished it), its QR sheet to print, and new work for it.
 */
@Controller
class ClassesController {

    private static final String NOTICE = "notice";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ClassroomConsole classroom;

    ClassesController(ClassroomConsole classroom) {
        this.classroom = classroom;
    }

    /** The teacher's classes; an account not linked to a teacher of the chat reads how to get linked. */
    @GetMapping("/console/teach")
    String classes(@AuthenticationPrincipal ConsoleUser me, Model model) {
        if (!Teacher.linked(me, classroom)) {
            model.addAttribute("telegram", me.telegram());
            return "console/teaching/unlinked";
        }
        model.addAttribute("classes", classroom.classes(me.telegram()));
        return "console/teaching/classes";
    }

    @PostMapping("/console/teach/classes")
    String create(@AuthenticationPrincipal ConsoleUser me, @RequestParam(defaultValue = "") String name,
            RedirectAttributes redirect) {
        Created created = classroom.createClass(Teacher.of(me, classroom), name);
        String key = "console.teaching.create." + created.creation().name();
        redirect.addFlashAttribute(NOTICE, new Notice(key, Map.of("max", created.creation()
                == ClassroomConsole.Creation.TOO_MANY ? created.maxClasses() : created.maxName(), "name", name.strip()),
                created.classId() == null));
        return created.classId() == null ? "redirect:/console/teach"
                : "redirect:/console/teach/classes/" + created.classId();
    }

    @GetMapping("/console/teach/classes/{id}")
    String classPage(@AuthenticationPrincipal ConsoleUser me, @PathVariable String id, Locale locale, Model model) {
        ClassPage page = classroom.classPage(Teacher.of(me, classroom), id, ConsoleTexts.language(locale))
                .orElseThrow(Teacher::notFound);
        model.addAttribute("page", page);
        model.addAttribute("choices", classroom.choices(ConsoleTexts.language(locale)));
        return "console/teaching/class";
    }

    /** A sheet to print and pin up: the class's name, a large QR code, the link and how to join. */
    @GetMapping("/console/teach/classes/{id}/qr")
    String qr(@AuthenticationPrincipal ConsoleUser me, @PathVariable String id, Model model) {
        JoinCard card = classroom.joinCard(Teacher.of(me, classroom), id).orElseThrow(Teacher::notFound);
        model.addAttribute("card", card);
        model.addAttribute("qr", card.qr() == null ? null
                : "data:image/png;base64," + Base64.getEncoder().encodeToString(card.qr()));
        return "console/teaching/qr";
    }

    /** New work, as the chat gives it: a series or a lesson, due on a day the chat would allow. */
    @PostMapping("/console/teach/classes/{id}/work")
    String give(@AuthenticationPrincipal ConsoleUser me, @PathVariable String id,
            @RequestParam(defaultValue = "") String work, @RequestParam(defaultValue = "") String due,
            Locale locale, RedirectAttributes redirect) {
        long teacher = Teacher.of(me, classroom);
        LocalDate day;
        try {
            day = LocalDate.parse(due);
        } catch (DateTimeParseException e) {
            return refused(redirect, id, "console.teaching.give.BAD_DAY", locale);
        }
        Given given = classroom.give(teacher, id, work, day).orElseThrow(Teacher::notFound);
        String key = "console.teaching.give." + given.assigning().name();
        if (given.workId() == null) {
            return refused(redirect, id, key, locale);
        }
        if (given.unreached() > 0) {
            key += "_UNREACHED";
        }
        redirect.addFlashAttribute(NOTICE, new Notice(key, Map.of("reached", given.reached(), "unreached",
                given.unreached()), false));
        return "redirect:/console/teach/work/" + given.workId();
    }

    private String refused(RedirectAttributes redirect, String classId, String key, Locale locale) {
        var choices = classroom.choices(ConsoleTexts.language(locale));
        redirect.addFlashAttribute(NOTICE, new Notice(key, Map.of("first", DAY.format(choices.firstDay()), "last",
                DAY.format(choices.lastDay())), true));
        return "redirect:/console/teach/classes/" + classId + "#give";
    }
}
