package org.lighthouse.classroom;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who runs classes, and their times and limits.
 *
 * @param admins Telegram user ids of the programme's admins ({@code LIGHTHOUSE_ADMINS}), separated by commas: they
 *     issue teacher invite codes
 * @param zone where the classes are: due dates are days there
 * @param dueTime the time of day work is due on its due date
 * @param reminderLead how long before the due time students who have not finished get their one reminder (looked
 *     for every {@code lighthouse.classroom.check-every}, 5 minutes by default)
 * @param inviteValidity how long a teacher invite code can be used (once)
 * @param wrongCodes how many wrong invite or join codes a person may try within {@code wrongCodeWindow}
 * @param wrongCodeWindow see {@code wrongCodes}
 * @param maxStudents the most students a class takes (a shared link cannot fill it without end)
 * @param maxClasses the most classes a teacher keeps
 */
@ConfigurationProperties("lighthouse.classroom")
record ClassroomSettings(@Nullable String admins, ZoneId zone, LocalTime dueTime, Duration reminderLead,
        Duration inviteValidity, Integer wrongCodes, Duration wrongCodeWindow, Integer maxStudents,
        Integer maxClasses) {

    ClassroomSettings {
        zone = zone == null ? ZoneId.of("Asia/Ho_Chi_Minh") : zone;
        dueTime = dueTime == null ? LocalTime.of(17, 0) : dueTime;
        reminderLead = reminderLead == null ? Duration.ofDays(1) : reminderLead;
        inviteValidity = inviteValidity == null ? Duration.ofDays(7) : inviteValidity;
        wrongCodes = wrongCodes == null ? 5 : wrongCodes;
        wrongCodeWindow = wrongCodeWindow == null ? Duration.ofMinutes(15) : wrongCodeWindow;
        maxStudents = maxStudents == null ? 100 : maxStudents;
        maxClasses = maxClasses == null ? 30 : maxClasses;
    }
}
