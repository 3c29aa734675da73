package org.lighthouse.impact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.classroom.ClassMemberships;
import org.springframework.stereotype.Component;

/** What an anonymous answer may say of where it came from: the channel, the class, the week; never who or when. */
@Component
class AnswerLabels {

    /** Weeks are counted where the young people live. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ClassMemberships classes;

    AnswerLabels(ClassMemberships classes) {
        this.classes = classes;
    }

    /** {@code telegram}, {@code web}, {@code zalo} or {@code messenger}. */
    String channel(ChatRef chat) {
        return chat.channel().name().toLowerCase(Locale.ROOT);
    }

    Optional<String> classroom(ChatRef chat) {
        return classes.classOf(chat.key());
    }

    /** The ISO week in Vietnam's time, such as {@code 2026-W49}. */
    static String week(Instant at) {
        LocalDate day = at.atZone(VIETNAM).toLocalDate();
        return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
