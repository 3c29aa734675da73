package org.lighthouse.channel.messenger;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.ChatHistory;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.ReplyWindow;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What the Messenger channel keeps per person ({@code messenger_chats}): when they last wrote (Messenger's 24-hour
 * window, and the 7 days in which a responder may still answer), and the numbered choices of the last message whose
 * buttons did not all fit as quick replies, so that a typed number is the button it names. No words, no name.
 */
@Component
class MessengerChats implements ReplyWindow, ChatHistory {

    private final MongoTemplate mongo;
    private final MessengerSettings settings;
    private final Clock clock;

    MessengerChats(MongoTemplate mongo, MessengerSettings settings, Clock clock) {
        this.mongo = mongo;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @param lastMessageAt when the person last wrote, tapped or opened the chat (what opens Messenger's window)
     * @param choices button data by the number shown for it, for the choices offered as numbered text
     */
    @Document("messenger_chats")
    record MessengerChat(@Id String psid, @Nullable Instant lastMessageAt, @Nullable Map<String, String> choices) {
    }

    /** What the window allows for one message now. */
    enum Window {
        /** Within 24 hours of the person's last message: anything, as a RESPONSE. */
        OPEN,
        /** Within 7 days: only a person's words, with the HUMAN_AGENT tag. */
        HUMAN_ONLY,
        /** Later: nothing. */
        CLOSED,
        /** The person's last message is not known here (their data was erased): Messenger decides. */
        UNKNOWN
    }

    /** The person wrote at {@code at}; a later message than the one known moves the window on, an earlier does not. */
    void heard(String psid, Instant at) {
        Query unknownOrOlder = Query.query(Criteria.where("_id").is(psid).orOperator(
                Criteria.where("lastMessageAt").lt(at), Criteria.where("lastMessageAt").isNull()));
        if (mongo.updateFirst(unknownOrOlder, Update.update("lastMessageAt", at), MessengerChat.class)
                .getMatchedCount() == 0 && !mongo.exists(byId(psid), MessengerChat.class)) {
            try {
                mongo.insert(new MessengerChat(psid, at, null));
            } catch (org.springframework.dao.DuplicateKeyException e) {
                // written at the same moment by another delivery of this person's: take the later of the two
                mongo.updateFirst(unknownOrOlder, Update.update("lastMessageAt", at), MessengerChat.class);
            }
        }
    }

    Window window(String psid) {
        MessengerChat chat = mongo.findById(psid, MessengerChat.class);
        if (chat == null || chat.lastMessageAt() == null) {
            return Window.UNKNOWN;
        }
        Instant now = clock.instant();
        if (!chat.lastMessageAt().plus(settings.window()).isBefore(now)) {
            return Window.OPEN;
        }
        return chat.lastMessageAt().plus(settings.humanWindow()).isBefore(now) ? Window.CLOSED : Window.HUMAN_ONLY;
    }

    /** The numbered choices of the message just sent (empty for none): they replace any offered before. */
    void offer(String psid, Map<String, String> choices) {
        mongo.findAndModify(byId(psid), Update.update("choices", choices), FindAndModifyOptions.options().upsert(true),
                MessengerChat.class);
    }

    /** The button data of the choice numbered {@code number} in the last message that offered numbered choices. */
    Optional<String> choice(String psid, String number) {
        MessengerChat chat = mongo.findById(psid, MessengerChat.class);
        return chat == null || chat.choices() == null ? Optional.empty() : Optional.ofNullable(chat.choices().get(number));
    }

    @Override
    public boolean covers(ChatRef chat) {
        return chat.channel() == ChatRef.Channel.MESSENGER;
    }

    /** Open only within 24 hours of a message known here. */
    @Override
    public boolean open(ChatRef chat) {
        return window(chat.id()) == Window.OPEN;
    }

    @Override
    public void erase(ChatRef chat) {
        if (covers(chat)) {
            mongo.remove(byId(chat.id()), MessengerChat.class);
        }
    }

    /** Forgets people who have not written for longer than anything may be sent to them. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
    void forgetOld() {
        mongo.remove(Query.query(Criteria.where("lastMessageAt").lt(clock.instant().minus(settings.humanWindow()))),
                MessengerChat.class);
    }

    private static Query byId(String psid) {
        return Query.query(Criteria.where("_id").is(psid));
    }
}
