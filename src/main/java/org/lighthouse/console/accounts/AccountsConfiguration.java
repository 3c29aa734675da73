package org.lighthouse.console.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
public class AccountsConfiguration {

    /**
     * bcrypt, with the algorithm's name stored in each hash ({@code {bcrypt}...}) so that a stronger one can take over
     * later without a reset. Argon2 would need Bouncy Castle, which nothing else here uses.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
