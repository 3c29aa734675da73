package org.lighthouse.console.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lighthouse.console.accounts.Account;
import org.lighthouse.console.accounts.AccountRefused;
import org.lighthouse.console.accounts.Invitation;
import org.lighthouse.console.accounts.Invitations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An invitation link: the invitee, not logged in, chooses their password; then they set up the second factor
 * (which the setup page makes optional where it is) and are logged in. A used or expired link says so.
 */
@Controller
class InvitationController {

    private static final String PAGE = "console/invite";

    private final Invitations invitations;
    private final ConsoleSessions sessions;

    InvitationController(Invitations invitations, ConsoleSessions sessions) {
        this.invitations = invitations;
        this.sessions = sessions;
    }

    @GetMapping("/console/invite/{token}")
    String open(@PathVariable String token, Model model) {
        return show(token, model);
    }

    @PostMapping("/console/invite/{token}")
    String accept(@PathVariable String token, @RequestParam String password, @RequestParam String repeat,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!password.equals(repeat)) {
            model.addAttribute("refusal", new AccountRefused("console.password.differ"));
            return show(token, model);
        }
        try {
            Account account = invitations.accept(token, password);
            sessions.begin(account.user(), LoginStep.SETUP, request, response);
            return "redirect:" + LoginStep.SETUP.page();
        } catch (AccountRefused refused) {
            model.addAttribute("refusal", refused);
            return show(token, model);
        }
    }

    private String show(String token, Model model) {
        model.addAttribute("token", token);
        Invitation invitation = invitations.open(token).orElse(null);
        if (invitation == null) {
            model.addAttribute("gone", true);
        } else {
            model.addAttribute("invitation", invitation);
        }
        return PAGE;
    }
}
