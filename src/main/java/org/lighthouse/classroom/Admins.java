package org.lighthouse.classroom;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Inbound;
import org.lighthouse.shared.ConfigurationProblem;
import org.springframework.stereotype.Component;

/** The programme's admins ({@code LIGHTHOUSE_ADMINS}), known by their Telegram user id. */
@Component
class Admins {

    private final Set<String> ids = new HashSet<>();

    Admins(ClassroomSettings settings) {
        String list = settings.admins() == null ? "" : settings.admins();
        for (String entry : list.split(",")) {
            String id = entry.strip();
            if (id.isEmpty()) {
                continue;
            }
            if (!id.matches("\\d{1,20}")) {
                throw new ConfigurationProblem("LIGHTHOUSE_ADMINS has '" + id + "', which is not a Telegram user id:"
                        + " write ids separated by commas, like 123456,789012");
            }
            ids.add(id);
        }
    }

    /** The admins' private chats with the bot on Telegram. */
    List<String> chats() {
        return ids.stream().map(id -> ChatRef.telegram(Long.parseLong(id)).key()).toList();
    }

    /** Whether the event comes from an admin, on Telegram (where the user id is vouched for by Telegram). */
    boolean isAdmin(Inbound in) {
        return in.chat().channel() == ChatRef.Channel.TELEGRAM && ids.contains(in.sender());
    }
}
