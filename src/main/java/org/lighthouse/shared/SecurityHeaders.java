package org.lighthouse.shared;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers every response carries, the web chat's and the responder console's alike (each has its own security
 * filter chain). Spring Security adds {@code X-Content-Type-Options: nosniff} and {@code Cache-Control: no-store} by
 * itself.
 */
public final class SecurityHeaders {

    /**
     * Pages load their script, style and texts from this service only and run no inline code; pictures (the bot's, a
     * QR code) may come as data URLs. Nothing may frame a page (a page that frames the chat or the console could read
     * over a person's shoulder or trick their taps), and links say nothing of where they came from: a site the bot
     * links to should not learn that its visitor came from an anti-trafficking chat.
     */
    public static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "media-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    public static Customizer<HeadersConfigurer<HttpSecurity>> strict() {
        return headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER));
    }
}
