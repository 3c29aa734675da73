package org.lighthouse.console.web;

import org.lighthouse.console.ConsoleUser;
import org.lighthouse.console.accounts.AccountStore;
import org.lighthouse.shared.Language;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The console's home, which sends each account to its pages, and the language switch in the header. */
@Controller
class HomeController {

    private final AccountStore store;

    HomeController(AccountStore store) {
        this.store = store;
    }

    /** Responders to their queue, admins to the accounts, teachers to their classes. */
    @GetMapping("/console")
    String home(@AuthenticationPrincipal ConsoleUser me) {
        if (me.isResponder()) {
            return "redirect:/console/queue";
        }
        if (me.isAdmin()) {
            return "redirect:/console/admin/accounts";
        }
        return "redirect:/console/teach";
    }

    /** Stores the language on the account and comes back to the page (a console page only: no open redirect). */
    @PostMapping("/console/language")
    String language(@AuthenticationPrincipal ConsoleUser me, @RequestParam String language,
            @RequestParam(defaultValue = "/console") String back) {
        Language.ofCode(language).filter(l -> l != Language.HMN).ifPresent(l -> store.setLanguage(me.login(), l));
        return "redirect:" + (back.matches("/console(/[A-Za-z0-9._~/-]*)?") && !back.contains("//") ? back
                : "/console");
    }
}
