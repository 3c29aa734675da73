package org.lighthouse.safety.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lighthouse.safety.CaseActivity;
import org.lighthouse.safety.SafetySettings;
import org.lighthouse.safety.TriageResult.Level;
import org.lighthouse.safety.Written;
import org.lighthouse.shared.Redaction;
import org.springframework.context.event.EventListener;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A person's last private messages, which the triage reads each new one with, and the level their conversation was
 * already answered at, so that the same level is not raised twice. Kept redacted (phone numbers blanked), only as many
 * and as long as {@link SafetySettings#contextMessages()} and {@link SafetySettings#contextWindow()} say; a
 * conversation whose messages have all lapsed starts afresh. Erased by /delete, and when the person's case closes.
 */
@Component
class RecentMessages {

    private final MongoTemplate mongo;
    private final CaseStore cases;
    private final SafetySettings settings;
    private final Clock clock;

    RecentMessages(MongoTemplate mongo, CaseStore cases, SafetySettings settings, Clock clock) {
        this.mongo = mongo;
        this.cases = cases;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Adds what the person wrote with the event (once, whatever how often the event is handled) and returns their
     * conversation: the messages within the window, oldest first, the new one last.
     */
    Conversation add(String chat, String event, String text) {
        Instant now = clock.instant();
        Conversation before = find(chat);
        List<Said> kept = new ArrayList<>(before.messages().stream().filter(said -> within(said, now)).toList());
        Level raised = kept.isEmpty() ? Level.NONE : before.raised();
        if (kept.stream().noneMatch(said -> said.event().equals(event))) {
            kept.add(new Said(event, Redaction.redact(text), now));
        }
        List<Said> window = kept.subList(Math.max(0, kept.size() - settings.contextMessages()), kept.size());
        Conversation conversation = new Conversation(chat, List.copyOf(window), raised, now);
        mongo.save(conversation);
        return conversation;
    }

    /** Remembers that the conversation was answered at this level. */
    void raised(String chat, Level level) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(chat)), Update.update("raised", level),
                Conversation.class);
    }

    void forget(String chat) {
        mongo.remove(Query.query(Criteria.where("_id").is(chat)), Conversation.class);
    }

    /** How many recent messages of the person are kept, if any. */
    Optional<Integer> keptFor(String chat) {
        return Optional.ofNullable(mongo.findById(chat, Conversation.class)).map(found -> found.messages().size());
    }

    /** How many days the messages are kept at most, rounded up, as /mydata says it. */
    long windowDays() {
        return Math.max(1, settings.contextWindow().plusHours(23).toDays());
    }

    /** A closed case ends the conversation that led to it: what the person writes next starts a new one. */
    @EventListener
    void on(CaseActivity activity) {
        if (activity.action().equals("close")) {
            cases.find(activity.caseId()).ifPresent(closed -> forget(closed.chat()));
        }
    }

    /** Lets go of conversations nobody added to within the window. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT3M")
    void forgetLapsed() {
        mongo.remove(Query.query(Criteria.where("last").lt(clock.instant().minus(settings.contextWindow()))),
                Conversation.class);
    }

    private Conversation find(String chat) {
        Conversation found = mongo.findById(chat, Conversation.class);
        return found != null ? found : new Conversation(chat, List.of(), Level.NONE, clock.instant());
    }

    private boolean within(Said said, Instant now) {
        return !said.at().isBefore(now.minus(settings.contextWindow()));
    }

    /**
     * One person's recent messages.
     *
     * @param raised the highest level the conversation was answered at: NONE, CONCERN (a person offered) or URGENT
     * @param last when the person last wrote
     */
    @Document("recentMessages")
    record Conversation(@Id String chat, List<Said> messages, Level raised, @Indexed Instant last) {

        List<Written> written() {
            return messages.stream().map(said -> new Written(said.text(), said.at())).toList();
        }

        /** Whether the conversation was not answered at this level or above yet. */
        boolean rises(Level level) {
            return level.above(raised);
        }
    }

    /** A message, redacted, with the event that brought it. */
    record Said(String event, String text, Instant at) {
    }
}
