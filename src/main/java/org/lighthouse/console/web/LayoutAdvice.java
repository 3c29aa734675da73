package org.lighthouse.console.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.lighthouse.console.ConsoleUser;
import org.lighthouse.console.security.CurrentUser;
import org.lighthouse.console.security.SecondFactorSwitch;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What {@code console/layout.html} shows on every console page, for every console controller (case pages too):
 * {@code consoleUser} (null while logged out or half logged in: no navigation then), {@code secondFactorOff} (the
 * banner) and {@code consolePath} (where the language switch comes back to).
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

    @ModelAttribute("secondFactorOff")
    boolean secondFactorOff() {
        return !secondFactor.on();
    }

    @ModelAttribute("consolePath")
    String consolePath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
