package org.lighthouse.console.security;

import jakarta.servlet.DispatcherType;
import java.util.Map;
import java.util.Optional;
import org.lighthouse.console.ConsoleUser;
import org.lighthouse.console.Role;
import org.lighthouse.console.accounts.AccountStore;
import org.lighthouse.console.audit.AuditLog;
import org.lighthouse.shared.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Who may open what under {@code /console}. Ordered before the web chat's open chain, which serves everything else.
 * Form login with Spring Security's usual fields ({@code username}, {@code password}), CSRF tokens on every form
 * (Thymeleaf's {@code th:action} adds them), logout by POST, the same strict headers as the web chat plus
 * {@code Cache-Control: no-store}. Sessions: the cookie ({@code application.yml}) is HttpOnly, SameSite=Lax, limited to
 * {@code /console}, and Secure whenever the request came over HTTPS (Tomcat sets it, also behind a proxy with
 * {@code server.forward-headers-strategy=native}); 30 idle minutes end a session.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {

    private static final String[] CASE_PAGES = {"/console/cases/**", "/console/queue/**", "/console/closed/**",
        "/console/figures/**"};

    @Bean
    @Order(1)
    SecurityFilterChain console(HttpSecurity http, PasswordLogin passwords, ConsoleSessions sessions,
            AccountStore store, AuditLog audit) {
        return http.securityMatcher("/console/**")
                .authorizeHttpRequests(requests -> requests
                        // the forbidden page an access refusal forwards to; errors
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/console/assets/**", "/console/login", "/console/invite/**").permitAll()
                        .requestMatchers(LoginStep.CODE.page()).hasAuthority(LoginStep.CODE.authority())
                        .requestMatchers(LoginStep.SETUP.page(), LoginStep.SETUP.page() + "/**")
                        .hasAuthority(LoginStep.SETUP.authority())
                        .requestMatchers("/console/admin/**").hasAuthority(Role.ADMIN.authority())
                        .requestMatchers(CASE_PAGES).hasAuthority(Role.RESPONDER.authority())
                        .requestMatchers("/console/teach/**").hasAuthority(Role.TEACHER.authority())
                        .anyRequest().hasAnyAuthority(Role.RESPONDER.authority(), Role.ADMIN.authority(),
                                Role.TEACHER.authority()))
                .authenticationManager(new ProviderManager(passwords))
                .formLogin(form -> form.loginPage("/console/login").successHandler(sessions)
                        .failureHandler(loginFailure()))
                .logout(logout -> logout.logoutUrl("/console/logout").logoutSuccessUrl("/console/login?out")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null && authentication.getPrincipal() instanceof ConsoleUser user) {
                                audit.record(user.login(), null, "logout", null);
                            }
                        }))
                .securityContext(context -> context.securityContextRepository(sessions.repository()))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new ConsoleEntryPoint())
                        .accessDeniedHandler(refused()))
                .addFilterBefore(new AccountRefresh(store, sessions), AnonymousAuthenticationFilter.class)
                .headers(SecurityHeaders.strict())
                .build();
    }

    /** The login page says what happened; never whether the login or the password was wrong. */
    private static ExceptionMappingAuthenticationFailureHandler loginFailure() {
        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl("/console/login?error");
        failure.setExceptionMappings(Map.of(LockedException.class.getName(), "/console/login?locked",
                DisabledException.class.getName(), "/console/login?disabled",
                LoginAttempts.TooMany.class.getName(), "/console/login?wait"));
        return failure;
    }

    /**
     * A half-logged-in session is sent back to its step; anyone else sees the forbidden page (which also explains an
     * expired form: a CSRF token refused).
     */
    private static AccessDeniedHandler refused() {
        AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
        forbidden.setErrorPage("/console/forbidden");
        return (request, response, denied) -> {
            Optional<LoginStep> step = ConsoleSessions.step(SecurityContextHolder.getContext().getAuthentication());
            if (step.isPresent() && !(denied instanceof CsrfException)) {
                response.sendRedirect(request.getContextPath() + step.get().page());
            } else {
                forbidden.handle(request, response, denied);
            }
        };
    }
}
