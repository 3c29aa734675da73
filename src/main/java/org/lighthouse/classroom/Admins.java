package org.lighthouse.classroom;

import java.util.List;
import java.util.Set;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Inbound;
import org.lighthouse.shared.TelegramUsers;
import org.springframework.stereotype.Component;

/** The programme's admins ({@code LIGHTHOUSE_ADMINS}), known by their Telegram user id. */
@Component
class Admins {

    private final Set<Long> ids;

    Admins(ClassroomSettings settings) {
        ids = TelegramUsers.parse("LIGHTHOUSE_ADMINS", settings.admins());
    }

    /** The admins' private chats with the bot on Telegram. */
    List<String> chats() {
        return ids.stream().map(id -> ChatRef.telegram(id).key()).toList();
    }

    /** Whether the event comes from an admin, on Telegram (where the user id is vouched for by Telegram). */
    boolean isAdmin(Inbound in) {
        return in.chat().channel() == ChatRef.Channel.TELEGRAM && ids.contains(Long.parseLong(in.sender()));
    }
}
