package org.lighthouse.console;

import java.time.Clock;
import org.lighthouse.console.accounts.AccountStore;
import org.lighthouse.console.accounts.Accounts;
import org.lighthouse.console.accounts.AccountsConfiguration;
import org.lighthouse.console.accounts.ConsoleSettings;
import org.lighthouse.console.accounts.PasswordPolicy;
import org.lighthouse.console.audit.AuditLog;
import org.lighthouse.database.DatabaseOnly;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The small Spring context of the account commands: the database (as the bot chooses it), the accounts and their
 * rules, the audit log. No web server, no Telegram, no inbox, no scheduler.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({MongoAutoConfiguration.class, DataMongoAutoConfiguration.class})
@Import({DatabaseOnly.class, AccountsConfiguration.class, AccountStore.class, Accounts.class, PasswordPolicy.class,
    AuditLog.class})
@EnableConfigurationProperties(ConsoleSettings.class)
class AccountToolContext {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
