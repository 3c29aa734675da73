package org.lighthouse.safety.escalation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.Inbound;
import org.lighthouse.conversation.Features.SafetyStage;
import org.lighthouse.conversation.Turn;
import org.lighthouse.safety.SafetyCase;
import org.lighthouse.safety.SafetyCase.Trigger;
import org.lighthouse.safety.Triage;
import org.lighthouse.safety.TriageResult;
import org.lighthouse.safety.TriageResult.Level;
import org.lighthouse.safety.Written;
import org.springframework.stereotype.Component;

/**
 * The safety stage: every private event passes here before the dialogue. A responder's case work goes to their
 * console; a person with an open case talks with their responder; anyone else's text is triaged, commands included
 * (danger written after a slash is danger too), each message in the light of the person's recent ones. Danger gets
 * the numbers to call at once and, when a responder can be alerted, a case; concern gets a gentle offer of a person.
 * A conversation is answered once per level: more worrying messages in a conversation already answered at CONCERN
 * do not ask again, while one that becomes URGENT does get the numbers and a case. Where no case can open, the
 * numbers end the conversation, so that what the person writes next is read on its own again. An event handled
 * again (after a crash, or a failure to write its answer) that opened the case it finds is answered as the first time.
 */
@Component
class SafetyScreen implements SafetyStage {

    private final Triage triage;
    private final CaseDesk desk;
    private final PersonSide person;
    private final ResponderConsole console;
    private final Replies replies;
    private final PersonMessages persons;
    private final Suggestions suggestions;
    private final RecentMessages recent;
    private final Clock clock;

    SafetyScreen(Triage triage, CaseDesk desk, PersonSide person, ResponderConsole console, Replies replies,
            PersonMessages persons, Suggestions suggestions, RecentMessages recent, Clock clock) {
        this.triage = triage;
        this.desk = desk;
        this.person = person;
        this.console = console;
        this.replies = replies;
        this.persons = persons;
        this.suggestions = suggestions;
        this.recent = recent;
        this.clock = clock;
    }

    @Override
    public boolean screen(Turn turn) {
        if (console.handle(turn)) {
            return true;
        }
        Optional<SafetyCase> open = desk.openFor(turn).filter(SafetyCase::engaging);
        if (open.isPresent() && !open.get().openedBy(turn.inbound())) {
            return person.handle(turn, open.get());
        }
        // a case still open here is the one this event opened
        boolean urgentBefore = open.filter(c -> c.level() == Level.URGENT).isPresent();
        String text = written(turn);
        if (text == null || text.isBlank()) {
            return false;
        }
        if (turn.isTextGivenToRead()) {
            return screenAlone(turn, text);
        }
        RecentMessages.Conversation conversation = recent.add(turn.chat().key(), turn.inbound().key(), text);
        if (triage.isSafeWord(text)) {
            urgent(turn, Trigger.SAFE_WORD, "safe word", conversation.written());
            return true;
        }
        TriageResult result = triage.assess(conversation.written(), turn.language());
        if (!urgentBefore && !conversation.rises(result.level()) && !urgentAlone(text, turn, result)) {
            return false;
        }
        if (urgentBefore || result.level() == Level.URGENT) {
            urgent(turn, Trigger.TRIAGE, signals(result), conversation.written());
            return true;
        }
        if (result.level() == Level.CONCERN) {
            replies.concern(turn, suggestions.lessonFor(text), desk.canAlert());
            recent.raised(turn.chat().key(), Level.CONCERN);
        }
        return false;
    }

    /**
     * Text given to a feature to read, such as an offer pasted into the offer check: danger in it is answered as ever,
     * but it is not the person's own words, so it stays out of their conversation, and the feature's answer replaces
     * the question of concern.
     */
    private boolean screenAlone(Turn turn, String text) {
        boolean safeWord = triage.isSafeWord(text);
        TriageResult result = safeWord ? TriageResult.NOTHING : triage.assess(text, turn.language());
        if (safeWord || result.level() == Level.URGENT) {
            urgent(turn, safeWord ? Trigger.SAFE_WORD : Trigger.TRIAGE, safeWord ? "safe word" : signals(result),
                    List.of(new Written(text, clock.instant())));
            return true;
        }
        if (result.level() == Level.CONCERN) {
            replies.concern(turn, suggestions.lessonFor(text), desk.canAlert());
        }
        return false;
    }

    /**
     * Whether the message alone is danger in a conversation already answered as URGENT: the numbers again, and a case
     * if none could open before.
     */
    private boolean urgentAlone(String text, Turn turn, TriageResult conversation) {
        return conversation.level() == Level.URGENT && triage.assess(text, turn.language()).level() == Level.URGENT;
    }

    private void urgent(Turn turn, Trigger trigger, String reasons, List<Written> conversation) {
        String numbers = replies.urgent(turn, conversation.get(conversation.size() - 1).text());
        desk.open(turn, Level.URGENT, trigger, reasons, conversation).ifPresentOrElse(opened -> {
            recent.raised(turn.chat().key(), Level.URGENT);
            persons.recordAnswer(opened, turn.inbound(), PersonMessages.NUMBERS, numbers);
            persons.recordAnswer(opened, turn.inbound(), PersonMessages.PERSON_COMING, replies.personComing(turn));
        }, () -> {
            // nobody can follow the conversation up: it ends with the numbers, and what comes next is read afresh
            recent.forget(turn.chat().key());
            replies.nobodyOnline(turn);
        });
    }

    /** The signals a responder reads; "model" when the triage's model alone decided, with no phrase to show. */
    static String signals(TriageResult result) {
        return result.modelAlone() ? "model" : String.join(", ", result.signals());
    }

    /**
     * What the person wrote, when it is free text worth triaging: a message, a caption, or what follows a command (all
     * of it after the slash when no feature knows the command: "/ cứu em" is a message).
     */
    static @Nullable String written(Turn turn) {
        Inbound in = turn.inbound();
        return switch (in.kind()) {
            case TEXT, EDITED_TEXT, MEDIA -> in.text();
            case COMMAND -> turn.knownCommand() ? in.commandArgument() : afterSlash(in.text());
            default -> null;
        };
    }

    static @Nullable String afterSlash(@Nullable String text) {
        return text == null ? null : text.strip().replaceFirst("^/+\\s*", "");
    }
}
