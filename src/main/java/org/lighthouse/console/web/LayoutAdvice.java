package org.lighthouse.console.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lighthouse.console.ConsoleUser;
import org.lighthouse.console.security.CurrentUser;
import org.lighthouse.console.security.SecondFactorSwitch;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What {@code console/layout.html} shows on every console page, for every console controller (case pages too):
 * {@code consoleUser} (null while logged out or half logged in), {@code consoleNav} (the account's pages, by role),
 * {@code secondFactorOff} (the banner) and {@code consolePath} (the current page, where the language switch comes
 * back to).
 */
@ControllerAdvice(basePackages = "org.lighthouse.console")
class LayoutAdvice {

    private final SecondFactorSwitch secondFactor;

    LayoutAdvice(SecondFactorSwitch secondFactor) {
        this.secondFactor = secondFactor;
    }

    @ModelAttribute("consoleUser")
    @Nullable ConsoleUser consoleUser() {
        return CurrentUser.get();
    }

    /** A page of the header's navigation, and the key of its name. */
    public record NavLink(String path, String text) {
    }

    private static final List<NavLink> RESPONDER_PAGES = List.of(new NavLink("/console/queue", "console.nav.queue"),
            new NavLink("/console/closed", "console.nav.closed"),
            new NavLink("/console/figures", "console.nav.figures"));
    private static final List<NavLink> ADMIN_PAGES = List.of(
            new NavLink("/console/admin/accounts", "console.nav.accounts"),
            new NavLink("/console/admin/security", "console.nav.security"),
            new NavLink("/console/admin/audit", "console.nav.audit"),
            new NavLink("/console/admin/impact", "console.nav.impact"),
            new NavLink("/console/admin/content", "console.nav.content"),
            new NavLink("/console/admin/broadcast", "console.nav.broadcast"),
            new NavLink("/console/admin/retention", "console.nav.retention"));
    private static final List<NavLink> TEACHER_PAGES = List.of(
            new NavLink("/console/teach", "console.nav.classes"));

    @ModelAttribute("consoleNav")
    List<NavLink> consoleNav() {
        ConsoleUser user = CurrentUser.get();
        List<NavLink> pages = new ArrayList<>();
        if (user != null && user.isResponder()) {
            pages.addAll(RESPONDER_PAGES);
        }
        if (user != null && user.isAdmin()) {
            pages.addAll(ADMIN_PAGES);
        }
        if (user != null && user.isTeacher()) {
            pages.addAll(TEACHER_PAGES);
        }
        return pages;
    }

    @ModelAttribute("secondFactorOff")
    boolean secondFactorOff() {
        return !secondFactor.on();
    }

    @ModelAttribute("consolePath")
    String consolePath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
