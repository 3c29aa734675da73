package org.lighthouse.console.security;

import org.jspecify.annotations.Nullable;
import org.lighthouse.console.ConsoleUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is fully logged in to the console in this request (not halfway through a login step). */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static @Nullable ConsoleUser get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && ConsoleSessions.step(authentication).isEmpty()
                && authentication.getPrincipal() instanceof ConsoleUser user ? user : null;
    }
}
