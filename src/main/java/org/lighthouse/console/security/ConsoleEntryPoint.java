package org.lighthouse.console.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A logged-out request: a page the browser navigates to goes to the login page (and back after it); anything a page
 * fetches (a fragment, an API call) gets 401, which its script can act on, rather than the login page's HTML.
 */
class ConsoleEntryPoint implements AuthenticationEntryPoint {

    private final LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/console/login");

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if (isNavigation(request)) {
            login.commence(request, response, e);
        } else {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        }
    }

    /**
     * Browsers say {@code Sec-Fetch-Mode: navigate} for a page; a client that does not send the header counts as one
     * when it accepts HTML and is no script ({@code X-Requested-With}).
     */
    static boolean isNavigation(HttpServletRequest request) {
        String mode = request.getHeader("Sec-Fetch-Mode");
        if (mode != null) {
            return mode.equals("navigate");
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html") && request.getHeader("X-Requested-With") == null;
    }
}
