package org.lighthouse.channel.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * What the service sends with every response, page, static file, API and health alike, whether the web chat is on or
 * off. Everything that exists is open: the web chat is anonymous and health is for the operator's probes; there is no
 * login page. Besides the headers set here, Spring Security sends {@code X-Content-Type-Options: nosniff} and
 * {@code Cache-Control: no-store} (the web chat's static files set their own, see {@link WebChatConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

    /**
     * The page loads its script, style and texts from this service only and runs no inline code; pictures the bot
     * sends come as data URLs. Nothing may frame it (a page that frames the chat could read over a person's shoulder
     * or trick their taps), and links it opens say nothing of where they came from: a site the bot links to should
     * not learn that its visitor came from an anti-trafficking chat.
     */
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain everythingOpen(HttpSecurity http) {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // The web chat's API takes no cookie or other credential a browser would add by itself: a session is
                // a random id the page keeps and sends, so a forged cross-site request has nothing to ride on, and a
                // post must be application/json, which a browser sends cross-site only after a CORS check that no
                // one passes. A CSRF token would protect nothing there.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/chat/**"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }
}
