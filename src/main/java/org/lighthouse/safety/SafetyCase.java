package org.lighthouse.safety;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.Inbound;
import org.lighthouse.safety.TriageResult.Level;
import org.lighthouse.shared.Language;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A case: a young person who needs a person, from the moment danger shows until a responder closes it with an
 * outcome and a referral. Responders see the case id, the pseudonymous person reference, and a transcript in which
 * phone and ID numbers were blanked when written; never the person's name or account.
 *
 * @param id random, shown to responders ({@code C-7KQ2M9XA})
 * @param event the key of the event that opened it: handling that event again finds this case instead of a second
 * @param chat the chat to relay to; used by the bot, never shown
 * @param person a pseudonymous reference, the same for the same person across cases
 * @param context what the person was doing when it started (the conversation step)
 * @param userLeft whether the person left the conversation with the responder (they can come back)
 * @param personGone whether the person deleted their data: nothing reaches them from this case any more
 * @param offeredTo a responder the holder offered the case to, until they accept or decline
 * @param deliveries whether the channel took each of the responders' messages to the person, by their outbox key
 *     ({@link Entry#message()}); one not listed is still being sent
 * @param raisedBy the key of the event that raised the case to URGENT after it opened, if any: handling that event
 *     again answers it as the first time
 */
@Document("cases")
public record SafetyCase(@Id String id, @Indexed String event, @Indexed String chat, String person, Level level,
        Trigger trigger, String context, Language language, List<Entry> transcript, @Indexed Status status,
        @Nullable String assignee, List<Entry> notes, @Nullable Outcome outcome, @Nullable Referral referral,
        List<Change> history, Instant openedAt, @Nullable Instant alertedAt, int alerts, boolean userLeft,
        @Nullable String reasons, boolean personGone, @Nullable String offeredTo, Map<String, Delivery> deliveries,
        @Nullable String raisedBy) {

    public SafetyCase {
        deliveries = deliveries == null ? Map.of() : Map.copyOf(deliveries);
        transcript = List.copyOf(transcript);
        notes = List.copyOf(notes);
        history = List.copyOf(history);
    }

    public enum Status { NEW, CLAIMED, CLOSED }

    /** What opened the case. */
    public enum Trigger { TRIAGE, SAFE_WORD, OFFER_CHECK, MENU, UNHANDLED }

    public enum Outcome { SUPPORTED, SAFE_NOW, REFERRED, NO_CONTACT, NOT_NEEDED }

    public enum Referral { POLICE, COMMUNE, WOMENS_UNION, HOTLINE_111, OTHER_ORGANISATION, NONE }

    /**
     * Who said what, when: {@code person}, {@code bot}, or a responder's alias.
     *
     * @param ref for something the person sent that is not text (a voice note, a photo, a location): the channel's id
     *     of their message, so that it can be passed on to a responder who claims the case later; the transcript itself
     *     holds only what kind of thing it was
     * @param message for a responder's words to the person: the outbox key they were sent with
     * @param event for what the person wrote or sent, and the bot's answer to it: the event's key, so that an event
     *     handled again (after a crash before its answer was sent) is kept once
     */
    public record Entry(String from, String text, Instant at, @Nullable String ref, @Nullable String message,
            @Nullable String event) {

        /** Who wrote an entry, besides a responder's alias: the person of the case, or the bot. */
        public static final String PERSON = "person";
        public static final String BOT = "bot";

        public static Entry said(String from, String text, Instant at) {
            return new Entry(from, text, at, null, null, null);
        }

        /** What the person wrote ({@code ref} null) or sent, or the bot's answer to it, for the event {@code event}. */
        public static Entry of(String from, String text, Instant at, @Nullable String ref, String event) {
            return new Entry(from, text, at, ref, null, event);
        }

        public static Entry sent(String from, String text, Instant at, String message) {
            return new Entry(from, text, at, null, message, null);
        }
    }

    /** The last thing the person of the case said or sent, if anything. */
    public Optional<Entry> lastFromPerson() {
        return transcript.stream().filter(e -> e.from().equals(Entry.PERSON)).reduce((a, b) -> b);
    }

    /** Whether the channel took a responder's message to the person; empty for anything else. */
    public Optional<Delivery> delivery(Entry entry) {
        return entry.message() == null ? Optional.empty()
                : Optional.of(deliveries.getOrDefault(deliveryField(entry.message()), Delivery.SENDING));
    }

    /** How a message's outbox key is kept as a field name: the database refuses dots and a leading dollar there. */
    public static String deliveryField(String message) {
        return message.replace('.', '_').replace('$', '_');
    }

    public enum Delivery { SENDING, DELIVERED, FAILED }

    /** A change of status, by whom, when. */
    public record Change(Status status, String by, Instant at) {
    }

    public boolean open() {
        return status != Status.CLOSED;
    }

    /** How long the case waited for a responder to claim it first; empty while nobody has. */
    public Optional<Duration> timeToClaim() {
        return history.stream().filter(change -> change.status() == Status.CLAIMED).findFirst()
                .map(claimed -> Duration.between(openedAt, claimed.at()));
    }

    /** Whether this event opened the case: handled again (after a crash, say), it is answered as the first time. */
    public boolean openedBy(Inbound event) {
        return this.event.equals(event.key());
    }

    /** Whether this event raised the case to URGENT: handled again, it is answered as the first time. */
    public boolean raisedBy(Inbound event) {
        return event.key().equals(raisedBy);
    }

    /** Whether the person is talking with the responders now (the bot's own menus are quiet for them). */
    public boolean engaging() {
        return open() && !userLeft && !personGone;
    }

    public static SafetyCase opened(String id, String event, String chat, String person, Level level, Trigger trigger,
            String context, Language language, @Nullable String reasons, List<Entry> transcript, Instant now) {
        return new SafetyCase(id, event, chat, person, level, trigger, context, language, transcript, Status.NEW, null,
                List.of(), null, null, List.of(new Change(Status.NEW, "bot", now)), now, null, 0, false, reasons, false,
                null, Map.of(), null);
    }
}
