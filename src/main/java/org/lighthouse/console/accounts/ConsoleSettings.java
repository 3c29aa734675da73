package org.lighthouse.console.accounts;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The console's security settings. Sessions end after {@code server.servlet.session.timeout} idle (30 minutes).
 *
 * @param failedLogins how many failed logins in a row (a wrong password or a wrong code) lock an account
 * @param lockFor how long such a lock lasts, unless an admin unlocks the account sooner
 * @param invitationValidFor how long an invitation link can be used
 * @param zone the time zone pages show times in
 * @param loginAttempts how many logins one client address may try per {@code loginAttemptsWindow}, whatever the
 *     accounts: a lock holds one account, this holds a guesser who tries many
 */
@ConfigurationProperties("lighthouse.console")
public record ConsoleSettings(int failedLogins, Duration lockFor, Duration invitationValidFor, ZoneId zone,
        int loginAttempts, Duration loginAttemptsWindow) {

    public ConsoleSettings {
        failedLogins = failedLogins <= 0 ? 5 : failedLogins;
        lockFor = lockFor == null ? Duration.ofMinutes(15) : lockFor;
        invitationValidFor = invitationValidFor == null ? Duration.ofHours(72) : invitationValidFor;
        zone = zone == null ? ZoneId.of("Asia/Ho_Chi_Minh") : zone;
        loginAttempts = loginAttempts <= 0 ? 30 : loginAttempts;
        loginAttemptsWindow = loginAttemptsWindow == null ? Duration.ofMinutes(10) : loginAttemptsWindow;
    }
}
