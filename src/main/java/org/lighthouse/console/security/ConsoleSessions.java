package org.lighthouse.console.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lighthouse.console.ConsoleUser;
import org.lighthouse.console.Role;
import org.lighthouse.console.accounts.AccountStore;
import org.lighthouse.console.audit.AuditLog;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Console sessions: fully logged in (the account's roles as authorities) or half logged in (only a {@link LoginStep}'s
 * authority). After the password, the form login stores what {@link PasswordLogin} decided and this sends the person on
 * to their step, or into the console; the step pages and an accepted invitation end here too.
 */
@Component
class ConsoleSessions implements AuthenticationSuccessHandler {

    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final SavedRequestAwareAuthenticationSuccessHandler toWhereTheyWere =
            new SavedRequestAwareAuthenticationSuccessHandler();
    private final AccountStore store;
    private final AuditLog audit;

    ConsoleSessions(AccountStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
        toWhereTheyWere.setDefaultTargetUrl("/console");
    }

    static Authentication full(ConsoleUser user) {
        List<GrantedAuthority> roles = user.roles().stream().map(Role::authority)
                .<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, roles);
    }

    static Authentication halfway(ConsoleUser user, LoginStep step) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(step.authority())));
    }

    /** The step a half-logged-in session is at; empty for a full login or none. */
    static Optional<LoginStep> step(@Nullable Authentication authentication) {
        if (authentication == null) {
            return Optional.empty();
        }
        for (LoginStep step : LoginStep.values()) {
            if (authentication.getAuthorities().stream().anyMatch(a -> step.authority().equals(a.getAuthority()))) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    /** After the password: to the step page, or into the console (where the person wanted to go). */
    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        Optional<LoginStep> step = step(authentication);
        if (step.isPresent()) {
            response.sendRedirect(request.getContextPath() + step.get().page());
            return;
        }
        loggedIn((ConsoleUser) authentication.getPrincipal());
        toWhereTheyWere.onAuthenticationSuccess(request, response, authentication);
    }

    /** A step done: the person is logged in, under a new session id, and goes where they wanted to go. */
    void complete(ConsoleUser user, HttpServletRequest request, HttpServletResponse response)
            throws IOException, jakarta.servlet.ServletException {
        Authentication authentication = full(user);
        keep(authentication, request, response);
        request.changeSessionId();
        loggedIn(user);
        toWhereTheyWere.onAuthenticationSuccess(request, response, authentication);
    }

    /** Half logs in someone who just set their password through an invitation, so they can set the code up. */
    void begin(ConsoleUser user, LoginStep step, HttpServletRequest request, HttpServletResponse response) {
        request.getSession();
        request.changeSessionId();
        keep(halfway(user, step), request, response);
    }

    /** The same login with the account's current state (new roles, alias, language). */
    void replace(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        keep(authentication, request, response);
    }

    /** Ends the session: after a lock, or for an account disabled meanwhile. */
    void end(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    SecurityContextRepository repository() {
        return repository;
    }

    private void keep(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }

    private void loggedIn(ConsoleUser user) {
        store.succeeded(user.login());
        audit.record(user.login(), null, "login", null);
    }
}
