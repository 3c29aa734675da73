package org.lighthouse.safety.escalation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.safety.ResponderAccounts;
import org.lighthouse.safety.ResponderAccounts.Responder;
import org.lighthouse.safety.SafetySettings;
import org.lighthouse.shared.ConfigurationProblem;
import org.springframework.stereotype.Component;

/**
 * The trained responders, from {@code LIGHTHOUSE_RESPONDERS} and from the console's accounts, and where alerts go.
 * Users only ever see a responder's alias, never their name or account. A responder is named by a key (see
 * {@link Responder#key()}): a Telegram user id, or {@code @login} for a console account without Telegram.
 */
@Component
public class Responders {

    private final Map<String, Responder> configured = new LinkedHashMap<>();
    private final List<ResponderAccounts> accounts;
    private final @Nullable ChatRef group;

    public Responders(SafetySettings settings, List<ResponderAccounts> accounts) {
        parse(settings.responders());
        this.accounts = accounts;
        this.group = group(settings.respondersChat());
    }

    /** The Telegram user ids of every responder who has one. */
    public List<Long> telegramIds() {
        return all().values().stream().map(Responder::telegram).filter(Objects::nonNull).toList();
    }

    public boolean isResponder(String key) {
        return all().containsKey(key);
    }

    /** The name users see for a responder: the alias, or the responder's number in the configured list. */
    public String alias(String key) {
        Responder responder = all().get(key);
        if (responder != null) {
            return responder.alias();
        }
        return key.startsWith("@") ? key.substring(1) : "?";
    }

    public Optional<String> byAlias(String alias) {
        return all().values().stream().filter(r -> r.alias().equalsIgnoreCase(alias.strip())).map(Responder::key)
                .findFirst();
    }

    public List<String> ids() {
        return List.copyOf(all().keySet());
    }

    /** The responder's private chat with the bot on Telegram, if they have one. */
    Optional<ChatRef> telegramChat(String key) {
        return Optional.ofNullable(all().get(key)).map(Responder::telegram).map(ChatRef::telegram);
    }

    /** The responders' group ({@code TELEGRAM_RESPONDERS_CHAT_ID}), if one is set. */
    Optional<ChatRef> group() {
        return Optional.ofNullable(group);
    }

    /** Each responder's private chat with the bot, for those on Telegram. */
    List<ChatRef> privateChats() {
        return all().values().stream().map(Responder::telegram).filter(id -> id != null).map(ChatRef::telegram)
                .toList();
    }

    public boolean isGroup(ChatRef chat) {
        return chat.equals(group);
    }

    public boolean configured() {
        return !all().isEmpty();
    }

    /** Whether a responder has the console open, where a new case shows at once. */
    boolean watchingConsole() {
        return accounts.stream().anyMatch(ResponderAccounts::watching);
    }

    /** The configured responders, then the console's (an account linked to a configured id names it its way). */
    private Map<String, Responder> all() {
        if (accounts.isEmpty()) {
            return configured;
        }
        Map<String, Responder> all = new LinkedHashMap<>(configured);
        accounts.forEach(source -> source.responders().forEach(r -> all.put(r.key(), r)));
        return all;
    }

    private void parse(@Nullable String list) {
        if (list == null || list.isBlank()) {
            return;
        }
        int n = 0;
        for (String entry : list.split(",")) {
            String[] parts = entry.strip().split(":", 2);
            if (!parts[0].matches("\\d{1,16}")) {
                throw new ConfigurationProblem("LIGHTHOUSE_RESPONDERS has '" + entry.strip() + "', which is not a Telegram"
                        + " user id: write ids separated by commas, each optionally with an alias, like 123456:Hoa,789012");
            }
            n++;
            String alias = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : String.valueOf(n);
            configured.put(parts[0], new Responder(parts[0], alias, Long.parseLong(parts[0])));
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
