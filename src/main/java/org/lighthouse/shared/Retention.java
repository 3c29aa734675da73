package org.lighthouse.shared;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The settings in force that say how long, or how much, a module keeps of what people write or what it sent them.
 * The {@code @ConfigurationProperties} record that holds such settings implements it; the console's "Data kept" page
 * lists them all.
 */
public interface Retention {

    List<Kept> kept();

    /**
     * One setting and its value: a time or a number.
     *
     * @param setting the property, as set in {@code application.yml} or the environment:
     *     {@code lighthouse.webchat.keep-for}
     */
    record Kept(String setting, @Nullable Duration duration, @Nullable Integer count) {

        public static Kept time(String setting, Duration duration) {
            return new Kept(setting, duration, null);
        }

        public static Kept count(String setting, int count) {
            return new Kept(setting, null, count);
        }
    }
}
