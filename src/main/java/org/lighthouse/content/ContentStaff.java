package org.lighthouse.content;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.shared.TelegramUsers;
import org.springframework.stereotype.Component;

/**
 * Who may work on the content from the chat, known by their Telegram user id: those of {@code LIGHTHOUSE_REVIEWERS}
 * review texts and record voice; a console account linked to Telegram reviews with the REVIEWER role and records with
 * the CONTENT role.
 */
@Component
public class ContentStaff {

    private final Set<Long> reviewers;
    private final List<ContentAccounts> accounts;

    ContentStaff(ContentSettings settings, List<ContentAccounts> accounts) {
        this.reviewers = TelegramUsers.parse("LIGHTHOUSE_REVIEWERS", settings.reviewers());
        this.accounts = List.copyOf(accounts);
    }

    /** Whether this Telegram user may review draft texts ({@code /review}). */
    public boolean reviews(long telegramUser) {
        return reviewers.contains(telegramUser) || accounts.stream().anyMatch(a -> a.reviewer(telegramUser));
    }

    /** The reviewer's console login when their account is linked to this Telegram user; empty otherwise. */
    public String name(long telegramUser) {
        return accounts.stream().flatMap(a -> a.login(telegramUser).stream()).findFirst().orElse("");
    }

    /** Whether the chat is the private chat on Telegram of someone who reviews or records the content. */
    public boolean includes(ChatRef chat) {
        if (chat.channel() != ChatRef.Channel.TELEGRAM) {
            return false;
        }
        long user = Long.parseLong(chat.id());
        return reviews(user) || records(user);
    }

    /** Everyone who works on the content from the chat: their private chats with the bot on Telegram. */
    public Set<ChatRef> chats() {
        Set<Long> users = new HashSet<>(reviewers);
        accounts.forEach(a -> users.addAll(a.linked()));
        return users.stream().map(ChatRef::telegram).collect(Collectors.toSet());
    }

    /** Whether this Telegram user may record a lesson card's voice ({@code /record}). */
    public boolean records(long telegramUser) {
        return reviewers.contains(telegramUser) || accounts.stream().anyMatch(a -> a.recorder(telegramUser));
    }
}
