package org.lighthouse.console.security;

import org.lighthouse.console.ConsoleUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The admins' two-factor switch. */
@Controller
class SecondFactorController {

    private final SecondFactorSwitch required;

    SecondFactorController(SecondFactorSwitch required) {
        this.required = required;
    }

    @GetMapping("/console/admin/security")
    String show(Model model) {
        model.addAttribute("required", required.on());
        model.addAttribute("setting", required.current());
        return "console/admin/security";
    }

    @PostMapping("/console/admin/security")
    String set(@AuthenticationPrincipal ConsoleUser me, @RequestParam boolean required) {
        this.required.set(required, me.login());
        return "redirect:/console/admin/security";
    }
}
