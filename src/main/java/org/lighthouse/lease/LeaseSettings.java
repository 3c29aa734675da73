package org.lighthouse.lease;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.lighthouse.shared.ConfigurationProblem;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The lease's timing and this instance's name.
 *
 * @param takeoverAfter how long a holder that no longer renews keeps the lease before a standby takes it over
 *     ({@code LIGHTHOUSE_TAKEOVER_AFTER}); the holder renews, and a standby looks, three times in that time
 * @param instance this instance's name in health and logs ({@code LIGHTHOUSE_INSTANCE_NAME}; host name and process id
 *     when blank). An instance restarted under the name of the holder takes the lease back at once.
 */
@ConfigurationProperties("lighthouse.lease")
record LeaseSettings(Duration takeoverAfter, String instance) {

    static final Duration TAKEOVER_AFTER = Duration.ofSeconds(10);
    private static final Duration SHORTEST = Duration.ofMillis(300);

    LeaseSettings(@Nullable Duration takeoverAfter, @Nullable String instance) {
        this.takeoverAfter = takeoverAfter == null ? TAKEOVER_AFTER : takeoverAfter;
        this.instance = instance == null || instance.isBlank() ? defaultName() : instance.strip();
        if (this.takeoverAfter.compareTo(SHORTEST) < 0) {
            throw new ConfigurationProblem("LIGHTHOUSE_TAKEOVER_AFTER is " + this.takeoverAfter.toMillis()
                    + " ms: give at least 300ms (10s is the default), so that a busy database does not pass the lease"
                    + " back and forth");
        }
    }

    /** How often the holder renews and a standby looks. */
    Duration beat() {
        return takeoverAfter.dividedBy(3);
    }

    private static String defaultName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "host";
        }
        return host + "-" + ProcessHandle.current().pid();
    }
}
