package org.lighthouse.channel.telegram;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Inbound;
import org.lighthouse.channel.Inbound.Attachment;
import org.lighthouse.channel.Inbound.Kind;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;

/**
 * Turns a Telegram update into an {@link Inbound} event, or into nothing for updates the bot leaves alone: channel
 * posts, group chatter, service messages, payments, reactions, inline queries and whatever Telegram adds later.
 */
class UpdateMapper {

    private static final Set<String> GONE = Set.of("kicked", "left");

    private final BotIdentity bot;

    UpdateMapper(BotIdentity bot) {
        this.bot = bot;
    }

    /** The inbox's key for an update: its id is unique among the updates Telegram keeps (a day at most). */
    static String key(long updateId) {
        return "tg:u" + updateId;
    }

    Optional<Inbound> map(Update update) {
        String seq = key(update.getUpdateId());
        if (update.hasMessage()) {
            return message(seq, update.getMessage(), false);
        }
        if (update.hasEditedMessage()) {
            return message(seq, update.getEditedMessage(), true);
        }
        if (update.hasCallbackQuery()) {
            return button(seq, update.getCallbackQuery());
        }
        if (update.hasMyChatMember()) {
            return membership(seq, update.getMyChatMember());
        }
        return Optional.empty();
    }

    private Optional<Inbound> message(String seq, Message message, boolean edited) {
        if (message.getChat() == null || message.getFrom() == null || Boolean.TRUE.equals(message.getFrom().getIsBot())) {
            return Optional.empty();
        }
        boolean group = !message.isUserMessage();
        if (group) {
            return addressedCommand(message).map(text -> event(seq, message, Kind.COMMAND, text, true, null));
        }
        if (message.hasText()) {
            String text = message.getText();
            Kind kind = Kind.ofText(text, edited);
            return Optional.of(event(seq, message, kind, text, false, null));
        }
        if (edited) {
            return Optional.empty();
        }
        if (message.hasContact() || message.hasLocation() || message.getVenue() != null) {
            return Optional.of(event(seq, message, Kind.PRIVATE_DATA, null, false,
                    message.hasContact() ? Attachment.CONTACT : Attachment.LOCATION));
        }
        if (isServiceMessage(message)) {
            return Optional.empty();
        }
        return Optional.of(event(seq, message, Kind.MEDIA, message.getCaption(), false, attachment(message)));
    }

    private Optional<String> addressedCommand(Message message) {
        if (!message.hasText() || !message.getText().startsWith("/")) {
            return Optional.empty();
        }
        String first = message.getText().split("\\s+", 2)[0];
        int at = first.indexOf('@');
        boolean toUs = at > 0 && bot.username().map(u -> u.equalsIgnoreCase(first.substring(at + 1))).orElse(false);
        return toUs ? Optional.of(message.getText()) : Optional.empty();
    }

    private Inbound event(String key, Message message, Kind kind, @Nullable String text, boolean group,
            @Nullable Attachment attachment) {
        User from = message.getFrom();
        boolean forwarded = message.getForwardOrigin() != null;
        String own = attachment == null ? null : message.getMessageId().toString();
        return new Inbound(ChatRef.telegram(message.getChatId()), key, 0, from.getId().toString(), group, kind, text,
                null, own, forwarded, languageOf(from), attachment, quoted(message), mediaFile(message));
    }

    /**
     * The file id of a voice note or audio file (a recording of a lesson card), or of a photo's largest size (Telegram
     * sends several, from a thumbnail up), to read it whole.
     */
    private static @Nullable String mediaFile(Message message) {
        if (message.hasVoice()) {
            return message.getVoice().getFileId();
        }
        if (message.hasAudio()) {
            return message.getAudio().getFileId();
        }
        return !message.hasPhoto() ? null : message.getPhoto().stream()
                .max(Comparator.comparingLong(UpdateMapper::area)).map(PhotoSize::getFileId).orElse(null);
    }

    private static long area(PhotoSize size) {
        return size.getWidth() == null || size.getHeight() == null ? 0 : (long) size.getWidth() * size.getHeight();
    }

    private static Attachment attachment(Message message) {
        if (message.hasPhoto()) {
            return Attachment.PHOTO;
        }
        if (message.hasVoice()) {
            return Attachment.VOICE;
        }
        if (message.hasVideoNote()) {
            return Attachment.VIDEO_NOTE;
        }
        if (message.hasVideo()) {
            return Attachment.VIDEO;
        }
        if (message.hasAudio()) {
            return Attachment.AUDIO;
        }
        if (message.hasAnimation()) {
            return Attachment.ANIMATION;
        }
        if (message.hasSticker()) {
            return Attachment.STICKER;
        }
        return message.hasDocument() ? Attachment.DOCUMENT : Attachment.OTHER;
    }

    /** The text of the message this one replies to, when it replies to one. */
    private static @Nullable String quoted(Message message) {
        Message replied = message.getReplyToMessage();
        if (replied == null) {
            return null;
        }
        return replied.hasText() ? replied.getText() : replied.getCaption();
    }

    private Optional<Inbound> button(String seq, CallbackQuery query) {
        if (query.getMessage() == null || query.getData() == null) {
            return Optional.empty();
        }
        var message = query.getMessage();
        boolean group = !message.isUserMessage();
        return Optional.of(Inbound.of(ChatRef.telegram(message.getChatId()), seq, query.getFrom().getId().toString(),
                group, Kind.BUTTON, null, query.getData(), message.getMessageId().toString(),
                languageOf(query.getFrom())));
    }

    private Optional<Inbound> membership(String seq, ChatMemberUpdated change) {
        String status = change.getNewChatMember().getStatus();
        String was = change.getOldChatMember() == null ? "left" : change.getOldChatMember().getStatus();
        boolean privateChat = "private".equals(change.getChat().getType());
        Kind kind;
        if (privateChat) {
            kind = GONE.contains(status) ? Kind.BLOCKED : GONE.contains(was) ? Kind.UNBLOCKED : null;
        } else {
            kind = !GONE.contains(status) && GONE.contains(was) ? Kind.ADDED_TO_GROUP : null;
        }
        if (kind == null) {
            return Optional.empty();
        }
        return Optional.of(Inbound.of(ChatRef.telegram(change.getChat().getId()), seq,
                change.getFrom().getId().toString(), !privateChat, kind, null, null, null,
                languageOf(change.getFrom())));
    }

    private static boolean isServiceMessage(Message message) {
        return message.getNewChatMembers() != null && !message.getNewChatMembers().isEmpty()
                || message.getLeftChatMember() != null || message.getPinnedMessage() != null
                || message.getNewChatTitle() != null || message.hasWriteAccessAllowed();
    }

    private static @Nullable String languageOf(@Nullable User user) {
        return user == null ? null : languageHint(user.getLanguageCode());
    }

    /** Telegram's {@code language_code} of a user, as the inbound event's hint. */
    static @Nullable String languageHint(@Nullable String languageCode) {
        return languageCode == null ? null : languageCode.toLowerCase(Locale.ROOT);
    }
}
