package org.lighthouse.channel.telegram;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.lighthouse.channel.AudioUploaded;
import org.lighthouse.channel.Button;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Reply;
import org.lighthouse.channel.outbox.Delivery;
import org.lighthouse.channel.outbox.OutboxMessage;
import org.lighthouse.channel.outbox.OutboxSettings;
import org.lighthouse.channel.outbox.Transport;
import org.springframework.context.ApplicationEventPublisher;
import org.telegram.telegrambots.meta.api.methods.CopyMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.send.SendVoice;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.MessageId;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Delivers outbox messages with the TelegramBots client, and reads Telegram's answer. */
class TelegramTransport implements Transport {

    static final int MAX_TEXT = 4096;
    static final int MAX_CAPTION = 1024;

    private final TelegramClient client;
    private final OutboxSettings settings;
    private final ApplicationEventPublisher events;

    TelegramTransport(TelegramClient client, OutboxSettings settings, ApplicationEventPublisher events) {
        this.client = client;
        this.settings = settings;
        this.events = events;
    }

    @Override
    public ChatRef.Channel channel() {
        return ChatRef.Channel.TELEGRAM;
    }

    @Override
    public int maxTextLength() {
        return MAX_TEXT;
    }

    @Override
    public Duration chatInterval(ChatRef chat) {
        return chat.isGroup() ? settings.groupInterval() : settings.chatInterval();
    }

    @Override
    public double perSecond() {
        return settings.perSecond();
    }

    @Override
    public CompletableFuture<Delivery> deliver(OutboxMessage message) {
        Reply reply = message.reply();
        String chatId = message.chat().id();
        if (reply.copy() != null && reply.copy().from().channel() != ChatRef.Channel.TELEGRAM) {
            // a photo or voice note sent on Messenger or the web chat: Telegram can pass on only its own messages, and
            // whoever listens (the safety net) tells the responder to ask for words instead
            return CompletableFuture.completedFuture(new Delivery.Rejected("it was sent on another app than"
                    + " Telegram, which cannot pass it on"));
        }
        if (reply.copy() != null) {
            // "chat not found" may name the chat copied from: that must not cut the receiver off, so the copy is
            // refused instead; a receiver that is really gone is found out by the next message sent to it
            return answer(copy(chatId, reply.copy()), false).thenApply(delivery -> delivery instanceof
                    Delivery.Unreachable unreachable && unreachable.reason().contains("chat not found")
                            ? new Delivery.Rejected(unreachable.reason()) : delivery);
        }
        if (reply.audio() != null) {
            return voice(chatId, reply.audio());
        }
        if (reply.document() != null) {
            return answer(reply.document().picture() ? sendPhoto(chatId, reply) : sendDocument(chatId, reply), false);
        }
        if (reply.editOf() != null) {
            return answer(edit(chatId, reply), true).thenCompose(delivery -> delivery instanceof Delivery.Rejected
                    ? answer(send(chatId, reply), false)
                    : CompletableFuture.completedFuture(delivery));
        }
        return answer(send(chatId, reply), false);
    }

    private CompletableFuture<? extends Serializable> send(String chatId, Reply reply) {
        return call(() -> client.executeAsync(SendMessage.builder().chatId(chatId).text(reply.text())
                .replyMarkup(markup(reply.buttons())).build()));
    }

    private CompletableFuture<? extends Serializable> edit(String chatId, Reply reply) {
        return call(() -> client.executeAsync(EditMessageText.builder().chatId(chatId)
                .messageId(Integer.valueOf(reply.editOf())).text(reply.text()).replyMarkup(markup(reply.buttons()))
                .build()));
    }

    /** Passes on a message of another chat as it is; Telegram keeps it, Lighthouse never sees its content. */
    private CompletableFuture<? extends Serializable> copy(String chatId, Reply.Copy copy) {
        return call(() -> {
            if (copy.from().channel() != ChatRef.Channel.TELEGRAM) {
                throw new IllegalArgumentException("cannot copy into Telegram a message of " + copy.from());
            }
            return client.executeAsync(CopyMessage.builder().chatId(chatId).fromChatId(copy.from().id())
                    .messageId(Integer.valueOf(copy.messageRef())).build());
        });
    }

    private CompletableFuture<? extends Serializable> sendDocument(String chatId, Reply reply) {
        Reply.Document document = reply.document();
        return call(() -> client.executeAsync(SendDocument.builder().chatId(chatId)
                .document(new InputFile(new ByteArrayInputStream(document.content()), document.fileName()))
                .caption(caption(reply)).replyMarkup(markup(reply.buttons())).build()));
    }

    private CompletableFuture<? extends Serializable> sendPhoto(String chatId, Reply reply) {
        Reply.Document image = reply.document();
        return call(() -> client.executeAsync(SendPhoto.builder().chatId(chatId)
                .photo(new InputFile(new ByteArrayInputStream(image.content()), image.fileName()))
                .caption(caption(reply)).replyMarkup(markup(reply.buttons())).build()));
    }

    /**
     * Sends a recording by the id Telegram gave it when it was first uploaded, else uploads it and keeps the id
     * Telegram answers; an id Telegram no longer knows (another bot's token) is given up for an upload.
     */
    private CompletableFuture<Delivery> voice(String chatId, Reply.Audio audio) {
        Optional<String> known = audio.uploadedTo(ChatRef.Channel.TELEGRAM);
        if (known.isPresent()) {
            return answer(sendVoice(chatId, new InputFile(known.get())), false).thenCompose(delivery ->
                    delivery instanceof Delivery.Rejected ? upload(chatId, audio)
                            : CompletableFuture.completedFuture(delivery));
        }
        return upload(chatId, audio);
    }

    private CompletableFuture<Delivery> upload(String chatId, Reply.Audio audio) {
        byte[] content;
        try {
            content = Files.readAllBytes(Path.of(audio.file()));
        } catch (IOException e) {
            return CompletableFuture.completedFuture(new Delivery.Rejected("the recording cannot be read: " + e));
        }
        CompletableFuture<? extends Serializable> sent = sendVoice(chatId,
                new InputFile(new ByteArrayInputStream(content), "voice.ogg"));
        return answer(sent.thenApply(result -> {
            if (result instanceof Message message && message.getVoice() != null) {
                events.publishEvent(new AudioUploaded(audio.key(), ChatRef.Channel.TELEGRAM,
                        message.getVoice().getFileId()));
            }
            return result;
        }), false);
    }

    private CompletableFuture<? extends Serializable> sendVoice(String chatId, InputFile voice) {
        return call(() -> client.executeAsync(SendVoice.builder().chatId(chatId).voice(voice).build()));
    }

    private static String caption(Reply reply) {
        String caption = reply.text().length() > MAX_CAPTION ? reply.text().substring(0, MAX_CAPTION - 1) + "…"
                : reply.text();
        return caption.isEmpty() ? null : caption;
    }

    private static CompletableFuture<Delivery> answer(CompletableFuture<? extends Serializable> call, boolean edit) {
        return call.handle((result, error) -> error == null ? sent(result) : failure(unwrap(error), edit));
    }

    private static Delivery sent(Serializable result) {
        if (result instanceof Message message) {
            return new Delivery.Sent(message.getMessageId().toString());
        }
        return new Delivery.Sent(result instanceof MessageId copied ? copied.getMessageId().toString() : "");
    }

    static Delivery failure(Throwable error, boolean edit) {
        if (error instanceof TelegramApiValidationException || error instanceof IllegalArgumentException) {
            return new Delivery.Rejected(error.toString());
        }
        if (!(error instanceof TelegramApiRequestException request) || request.getErrorCode() == null) {
            return new Delivery.Transient(error.toString());
        }
        int code = request.getErrorCode();
        String reason = code + " " + request.getApiResponse();
        if (code == 429) {
            Integer retry = request.getParameters() == null ? null : request.getParameters().getRetryAfter();
            return new Delivery.RetryAfter(Duration.ofSeconds(retry == null ? 1 : Math.max(1, retry)));
        }
        if (code == 403) {
            return new Delivery.Unreachable(reason);
        }
        if (code == 400 && edit && String.valueOf(request.getApiResponse()).contains("not modified")) {
            return new Delivery.Sent("");
        }
        if (code == 400 && String.valueOf(request.getApiResponse()).contains("chat not found")) {
            return new Delivery.Unreachable(reason);
        }
        return code == 400 ? new Delivery.Rejected(reason) : new Delivery.Transient(reason);
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    private static CompletableFuture<? extends Serializable> call(ApiCall call) {
        try {
            return call.start();
        } catch (TelegramApiException | RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static InlineKeyboardMarkup markup(List<List<Button>> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        return InlineKeyboardMarkup.builder().keyboard(rows.stream().map(row -> new InlineKeyboardRow(row.stream()
                .map(TelegramTransport::button).toList())).toList()).build();
    }

    private static InlineKeyboardButton button(Button button) {
        return button.url() != null
                ? InlineKeyboardButton.builder().text(button.label()).url(button.url()).build()
                : InlineKeyboardButton.builder().text(button.label()).callbackData(button.data()).build();
    }

    @FunctionalInterface
    private interface ApiCall {
        CompletableFuture<? extends Serializable> start() throws TelegramApiException;
    }
}
