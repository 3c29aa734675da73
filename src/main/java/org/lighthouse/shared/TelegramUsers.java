package org.lighthouse.shared;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A setting that lists Telegram user ids, such as {@code LIGHTHOUSE_ADMINS}: ids separated by commas. */
public final class TelegramUsers {

    private TelegramUsers() {
    }

    /**
     * The ids of the list, in its order; an empty or missing list is none.
     *
     * @param setting the environment variable's name, for the message when an entry is not an id
     * @throws ConfigurationProblem naming the setting and the entry that is not a user id
     */
    public static Set<Long> parse(String setting, @Nullable String list) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String entry : (list == null ? "" : list).split(",")) {
            String id = entry.strip();
            if (id.isEmpty()) {
                continue;
            }
            if (!id.matches("\\d{1,18}")) {
                throw new ConfigurationProblem(setting + " has '" + id + "', which is not a Telegram user id:"
                        + " write ids separated by commas, like 123456,789012");
            }
            ids.add(Long.parseLong(id));
        }
        return Set.copyOf(ids);
    }
}
