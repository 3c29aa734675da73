package org.lighthouse.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;
import org.lighthouse.channel.ChatProbe;
import org.lighthouse.channel.ChatRef;

/**
 * Asks Telegram whether the bot may write to a chat: {@code getChat} (does Telegram know the chat, for the bot?) and,
 * for groups and channels, {@code getChatMember} for the bot itself (is it in, and may it send?). The answers are read
 * field by field: a parser that wants a field Telegram left out must not make a good chat look bad.
 */
class TelegramChatProbe implements ChatProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final BotApi api;
    private final long botId;

    TelegramChatProbe(BotApi api, TelegramSettings settings) {
        this.api = api;
        this.botId = settings.botId();
    }

    @Override
    public boolean covers(ChatRef chat) {
        return chat.channel() == ChatRef.Channel.TELEGRAM;
    }

    @Override
    public Optional<String> refusal(ChatRef chat) {
        ApiAnswer answer = api.call("getChat", api.fields().put("chat_id", chat.id()), TIMEOUT);
        if (!(answer instanceof ApiAnswer.Result info)) {
            return Optional.of(problem(chat, "getChat", answer));
        }
        // in a private chat the bot is no member to ask about: Telegram knows the chat once the person opened the bot
        if (!chat.isGroup()) {
            return Optional.empty();
        }
        ApiAnswer member = api.call("getChatMember", api.fields().put("chat_id", chat.id()).put("user_id", botId),
                TIMEOUT);
        if (!(member instanceof ApiAnswer.Result bot)) {
            return Optional.of(problem(chat, "getChatMember", member));
        }
        return membership(chat, bot.value(), info.value());
    }

    private static Optional<String> membership(ChatRef chat, JsonNode bot, JsonNode info) {
        String status = bot.path("status").asText();
        boolean channel = "channel".equals(info.path("type").asText());
        switch (status) {
            case "left":
                return Optional.of("the bot is not a member of Telegram chat " + chat.id() + ": add it to the group");
            case "kicked":
                return Optional.of("the bot was removed from Telegram chat " + chat.id()
                        + ": unban it and add it again");
            case "restricted":
                return !bot.path("is_member").asBoolean(true)
                        ? Optional.of("the bot is not a member of Telegram chat " + chat.id() + ": add it to the group")
                        : mayNotSend(chat, bot.path("can_send_messages").asBoolean(true));
            case "member":
                return channel ? mayNotSend(chat, false)
                        : mayNotSend(chat, info.path("permissions").path("can_send_messages").asBoolean(true));
            case "administrator":
                return mayNotSend(chat, !channel || bot.path("can_post_messages").asBoolean(false));
            case "creator":
                return Optional.empty();
            default:
                return Optional.of("Telegram gives the bot an unknown status '" + status + "' in chat " + chat.id());
        }
    }

    private static Optional<String> mayNotSend(ChatRef chat, boolean maySend) {
        return maySend ? Optional.empty() : Optional.of("the bot may not send messages in Telegram chat " + chat.id()
                + ": let members send messages there, or make the bot an administrator who may post");
    }

    private static String problem(ChatRef chat, String method, ApiAnswer answer) {
        if (answer instanceof ApiAnswer.Refused refused) {
            return refused.description().contains("chat not found")
                    ? "Telegram knows no chat " + chat.id() + " for this bot: check the id, and that the bot was added"
                            + " to it (a person must have opened the bot)"
                    : "Telegram refuses " + method + " for chat " + chat.id() + ": " + refused.code() + " "
                            + refused.description();
        }
        return "could not ask Telegram about chat " + chat.id() + ": " + ((ApiAnswer.Failed) answer).kind();
    }
}
