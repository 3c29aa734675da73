package org.lighthouse.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lighthouse.shared.ConfigurationProblem;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The classroom's settings as written in the environment, and their defaults. */
class ClassroomSettingsUnitTest {

    /** With nothing set: Vietnam's time, due at 17:00, reminded a day before, 5 wrong codes per 15 minutes. */
    @Test
    void defaults() {
        ClassroomSettings settings = bind(Map.of("lighthouse.classroom.admins", ""));
        assertThat(settings.zone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(settings.dueTime()).isEqualTo(LocalTime.of(17, 0));
        assertThat(settings.reminderLead()).isEqualTo(Duration.ofDays(1));
        assertThat(settings.wrongCodes()).isEqualTo(5);
        assertThat(settings.wrongCodeWindow()).isEqualTo(Duration.ofMinutes(15));
    }

    /** Times, zones and durations read as people write them. */
    @Test
    void writtenSettings() {
        ClassroomSettings settings = bind(Map.of("lighthouse.classroom.zone", "Asia/Bangkok",
                "lighthouse.classroom.due-time", "08:30", "lighthouse.classroom.reminder-lead", "12h"));
        assertThat(settings.zone()).isEqualTo(ZoneId.of("Asia/Bangkok"));
        assertThat(settings.dueTime()).isEqualTo(LocalTime.of(8, 30));
        assertThat(settings.reminderLead()).isEqualTo(Duration.ofHours(12));
    }

    /** LIGHTHOUSE_ADMINS takes Telegram user ids; anything else stops the start with a line saying what to fix. */
    @Test
    void adminsAreTelegramUserIds() {
        new Admins(bind(Map.of("lighthouse.classroom.admins", " 123456, 789012 ,")));
        assertThatThrownBy(() -> new Admins(bind(Map.of("lighthouse.classroom.admins", "123456,@teacher"))))
                .isInstanceOf(ConfigurationProblem.class).hasMessageStartingWith("LIGHTHOUSE_ADMINS has '@teacher'");
    }

    private static ClassroomSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("lighthouse.classroom",
                ClassroomSettings.class);
    }
}
