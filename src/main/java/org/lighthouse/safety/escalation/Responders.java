package org.lighthouse.safety.escalation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.safety.SafetySettings;
import org.lighthouse.shared.ConfigurationProblem;
import org.springframework.stereotype.Component;

/**
 * The trained responders ({@code LIGHTHOUSE_RESPONDERS}) and where alerts go. Users only ever see a responder's alias,
 * never their name or account.
 */
@Component
public class Responders {

    private final Map<String, String> aliases = new LinkedHashMap<>();
    private final @Nullable ChatRef group;

    public Responders(SafetySettings settings) {
        parse(settings.responders());
        this.group = group(settings.respondersChat());
    }

    public boolean isResponder(String telegramUserId) {
        return aliases.containsKey(telegramUserId);
    }

    /** The name users see for a responder: the configured alias, or the responder's number in the list. */
    public String alias(String telegramUserId) {
        return aliases.getOrDefault(telegramUserId, "?");
    }

    public Optional<String> byAlias(String alias) {
        return aliases.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(alias.strip()))
                .map(Map.Entry::getKey).findFirst();
    }

    public List<String> ids() {
        return List.copyOf(aliases.keySet());
    }

    /** The responders' group ({@code TELEGRAM_RESPONDERS_CHAT_ID}), if one is set. */
    Optional<ChatRef> group() {
        return Optional.ofNullable(group);
    }

    /** Each responder's private chat with the bot. */
    List<ChatRef> privateChats() {
        return aliases.keySet().stream().map(id -> ChatRef.telegram(Long.parseLong(id))).toList();
    }

    public boolean isGroup(ChatRef chat) {
        return chat.equals(group);
    }

    public boolean configured() {
        return !aliases.isEmpty();
    }

    private void parse(@Nullable String list) {
        if (list == null || list.isBlank()) {
            return;
        }
        int n = 0;
        for (String entry : list.split(",")) {
            String[] parts = entry.strip().split(":", 2);
            if (!parts[0].matches("\\d{1,20}")) {
                throw new ConfigurationProblem("LIGHTHOUSE_RESPONDERS has '" + entry.strip() + "', which is not a Telegram"
                        + " user id: write ids separated by commas, each optionally with an alias, like 123456:Hoa,789012");
            }
            n++;
            aliases.put(parts[0], parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : String.valueOf(n));
        }
    }

    private static @Nullable ChatRef group(@Nullable String chatId) {
        if (chatId == null || chatId.isBlank()) {
            return null;
        }
        if (!chatId.strip().matches("-?\\d{1,20}")) {
            throw new ConfigurationProblem("TELEGRAM_RESPONDERS_CHAT_ID '" + chatId + "' is not a Telegram chat id (a"
                    + " group's id is a negative number such as -1001234567890)");
        }
        return ChatRef.telegram(Long.parseLong(chatId.strip()));
    }
}
