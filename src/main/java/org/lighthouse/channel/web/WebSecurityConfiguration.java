package org.lighthouse.channel.web;

import org.lighthouse.shared.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * What the service sends with every response outside the responder console (which has its own chain, ordered before
 * this one): page, static file, API and health alike, whether the web chat is on or off. Everything here is open: the
 * web chat is anonymous and health is for the operator's probes. Headers: {@link SecurityHeaders} (the web chat's
 * static files set their own caching, see {@link WebChatConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain everythingOpen(HttpSecurity http) {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // The web chat's API takes no cookie or other credential a browser would add by itself: a session is
                // a random id the page keeps and sends, so a forged cross-site request has nothing to ride on, and a
                // post must be application/json, which a browser sends cross-site only after a CORS check that no
                // one passes. A CSRF token would protect nothing there.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/chat/**", "/webhooks/**"))
                .headers(SecurityHeaders.strict())
                .build();
    }
}
