package org.lighthouse.console.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.lighthouse.console.ConsoleUser;
import org.lighthouse.console.accounts.Account;
import org.lighthouse.console.accounts.AccountStore;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the logged-in account again at every console request (one look-up by id), so that what an admin changes
 * applies at once: a disabled account's session ends, new roles open or close pages, a new alias shows. Not a bean,
 * so that it runs in the console's security chain only.
 */
class AccountRefresh extends OncePerRequestFilter {

    private final AccountStore store;
    private final ConsoleSessions sessions;

    AccountRefresh(AccountStore store, ConsoleSessions sessions) {
        this.store = store;
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ConsoleUser user) {
            Optional<Account> account = store.find(user.login()).filter(a -> !a.disabled());
            if (account.isEmpty()) {
                sessions.end(request);
            } else if (!account.get().user().equals(user)) {
                ConsoleUser now = account.get().user();
                sessions.replace(ConsoleSessions.step(authentication)
                        .map(step -> ConsoleSessions.halfway(now, step)).orElseGet(() -> ConsoleSessions.full(now)),
                        request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
