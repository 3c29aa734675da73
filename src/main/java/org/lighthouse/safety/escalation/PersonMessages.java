package org.lighthouse.safety.escalation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Inbound;
import org.lighthouse.channel.Outbox;
import org.lighthouse.channel.Reply;
import org.lighthouse.safety.SafetyCase;
import org.lighthouse.safety.SafetyCase.Entry;
import org.lighthouse.safety.SafetySettings;
import org.lighthouse.shared.Texts;
import org.springframework.stereotype.Component;

/**
 * What reaches the person of a case, in their language, through the outbox (keyed by case, so that handling the same
 * event twice sends it once). What the bot tells them is kept in the case's transcript, so that a responder reads the
 * whole conversation. Nothing reaches a person who deleted their data.
 */
@Component
class PersonMessages {

    /** Which of the bot's answers to an event an entry is: the numbers to call, a person is coming, please wait. */
    static final String NUMBERS = "numbers";
    static final String PERSON_COMING = "personComing";
    static final String WAITING = "waiting";

    private final Outbox outbox;
    private final CaseStore cases;
    private final Texts texts;
    private final SafetySettings settings;
    private final Clock clock;

    PersonMessages(Outbox outbox, CaseStore cases, Texts texts, SafetySettings settings, Clock clock) {
        this.outbox = outbox;
        this.cases = cases;
        this.texts = texts;
        this.settings = settings;
        this.clock = clock;
    }

    /** Tells the person the text {@code textKey}, and keeps it in the transcript. */
    void tell(SafetyCase safetyCase, String key, String textKey, Map<String, ?> values) {
        tell(safetyCase, key, Reply.text(text(safetyCase, textKey, values)));
    }

    void tell(SafetyCase safetyCase, String key, Reply reply) {
        if (relay(safetyCase, key, reply)) {
            recordBot(safetyCase, reply.text());
        }
    }

    /** Passes a message on to the person without keeping it (the caller keeps what it needs); false when gone. */
    boolean relay(SafetyCase safetyCase, String key, Reply reply) {
        if (safetyCase.personGone()) {
            return false;
        }
        outbox.send(ChatRef.parse(safetyCase.chat()), "case:" + safetyCase.id() + ":" + key, List.of(reply));
        return true;
    }

    /** Keeps in the transcript what the bot told the person in its own answer. */
    void recordBot(SafetyCase safetyCase, String text) {
        cases.say(safetyCase.id(), Entry.said(Entry.BOT, text, clock.instant()), settings.transcriptSize());
    }

    /**
     * Keeps in the transcript the bot's answer ({@code what}: which of its answers) to an event, once, though the event
     * may be handled again.
     */
    void recordAnswer(SafetyCase safetyCase, Inbound event, String what, String text) {
        cases.say(safetyCase.id(), Entry.of(Entry.BOT, text, clock.instant(), null, event.key() + "/" + what),
                settings.transcriptSize());
    }

    /** A text for the person of a case, in their language. */
    String text(SafetyCase safetyCase, String key, Map<String, ?> values) {
        return texts.get(safetyCase.language(), key, values);
    }
}
