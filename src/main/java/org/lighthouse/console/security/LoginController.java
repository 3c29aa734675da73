package org.lighthouse.console.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.lighthouse.console.ConsoleUser;
import org.lighthouse.console.accounts.AccountStore;
import org.lighthouse.console.accounts.ConsoleSettings;
import org.lighthouse.shared.QrCodes;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login pages: the password form (Spring Security reads what it posts), then the code of the authenticator app,
 * or, for an account without one yet, setting it up: a new secret as a QR code and as text, confirmed by a code.
 */
@Controller
class LoginController {

    /** The secret shown on the setup page, kept in the session until a code confirms it. */
    private static final String NEW_SECRET = "console.newSecret";
    private static final int QR_SIZE = 240;

    private final SecondFactor secondFactor;
    private final ConsoleSessions sessions;
    private final AccountStore store;
    private final ConsoleSettings settings;

    LoginController(SecondFactor secondFactor, ConsoleSessions sessions, AccountStore store,
            ConsoleSettings settings) {
        this.secondFactor = secondFactor;
        this.sessions = sessions;
        this.store = store;
        this.settings = settings;
    }

    @GetMapping("/console/login")
    String login(@Nullable Authentication authentication, Model model) {
        if (authentication != null && authentication.getPrincipal() instanceof ConsoleUser) {
            return ConsoleSessions.step(authentication).map(step -> "redirect:" + step.page())
                    .orElse("redirect:/console");
        }
        model.addAttribute("lockMinutes", settings.lockFor().toMinutes());
        return "console/login";
    }

    @GetMapping("/console/login/code")
    String code() {
        return "console/code";
    }

    @PostMapping("/console/login/code")
    @Nullable String code(@AuthenticationPrincipal ConsoleUser me, @RequestParam String code, Model model,
            HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        return switch (secondFactor.check(me.login(), code)) {
            case ACCEPTED -> done(me, request, response);
            case WRONG -> {
                model.addAttribute("wrong", true);
                yield "console/code";
            }
            case LOCKED -> locked(request);
        };
    }

    @GetMapping("/console/login/setup")
    String setup(@AuthenticationPrincipal ConsoleUser me, HttpSession session, Model model) {
        String secret = (String) session.getAttribute(NEW_SECRET);
        if (secret == null) {
            secret = Totp.newSecret();
            session.setAttribute(NEW_SECRET, secret);
        }
        String uri = Totp.uri(me.login(), secret);
        model.addAttribute("secret", Totp.grouped(secret));
        model.addAttribute("qr", "data:image/png;base64," + Base64.getEncoder()
                .encodeToString(QrCodes.png(uri, QR_SIZE)));
        model.addAttribute("uri", uri);
        model.addAttribute("optional", store.find(me.login()).map(a -> !secondFactor.mustSetUp(a)).orElse(false));
        return "console/setup";
    }

    @PostMapping("/console/login/setup")
    @Nullable String setup(@AuthenticationPrincipal ConsoleUser me, @RequestParam String code, HttpSession session,
            Model model, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String secret = (String) session.getAttribute(NEW_SECRET);
        if (secret == null) {
            return "redirect:/console/login/setup";
        }
        return switch (secondFactor.setUp(me.login(), secret, code)) {
            case ACCEPTED -> {
                session.removeAttribute(NEW_SECRET);
                yield done(me, request, response);
            }
            case WRONG -> {
                model.addAttribute("wrong", true);
                yield setup(me, session, model);
            }
            case LOCKED -> locked(request);
        };
    }

    /** A teacher (or anyone while the switch is off) may go on without a second factor. */
    @PostMapping("/console/login/setup/later")
    @Nullable String later(@AuthenticationPrincipal ConsoleUser me, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (store.find(me.login()).map(secondFactor::mustSetUp).orElse(true)) {
            return "redirect:/console/login/setup";
        }
        return done(me, request, response);
    }

    @RequestMapping("/console/forbidden")
    String forbidden() {
        return "console/forbidden";
    }

    /** The response is written (a redirect to where the person wanted to go): no view. */
    private @Nullable String done(ConsoleUser me, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        sessions.complete(me, request, response);
        return null;
    }

    private String locked(HttpServletRequest request) {
        sessions.end(request);
        return "redirect:/console/login?locked";
    }
}
