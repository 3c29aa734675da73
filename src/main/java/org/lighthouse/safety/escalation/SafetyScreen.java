package org.lighthouse.safety.escalation;

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
import org.springframework.stereotype.Component;

/**
 * The safety stage: every private event passes here before the dialogue. A responder's case work goes to their
 * console; a person with an open case talks with their responder; anyone else's text is triaged, commands included
 * (danger written after a slash is danger too). Danger gets the numbers to call at once and, when a responder can be
 * alerted, a case; concern gets a gentle offer of a person.
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

    SafetyScreen(Triage triage, CaseDesk desk, PersonSide person, ResponderConsole console, Replies replies,
            PersonMessages persons, Suggestions suggestions) {
        this.triage = triage;
        this.desk = desk;
        this.person = person;
        this.console = console;
        this.replies = replies;
        this.persons = persons;
        this.suggestions = suggestions;
    }

    @Override
    public boolean screen(Turn turn) {
        if (console.handle(turn)) {
            return true;
        }
        Optional<SafetyCase> open = desk.openFor(turn).filter(SafetyCase::engaging);
        if (open.isPresent()) {
            return person.handle(turn, open.get());
        }
        String text = written(turn);
        if (text == null || text.isBlank()) {
            return false;
        }
        if (triage.isSafeWord(text)) {
            urgent(turn, Trigger.SAFE_WORD, "safe word", text);
            return true;
        }
        TriageResult result = triage.assess(text, turn.language());
        if (result.level() == Level.URGENT) {
            urgent(turn, Trigger.TRIAGE, signals(result), text);
            return true;
        }
        if (result.level() == Level.CONCERN) {
            replies.concern(turn, suggestions.lessonFor(text), desk.canAlert());
        }
        return false;
    }

    private void urgent(Turn turn, Trigger trigger, String reasons, String text) {
        String numbers = replies.urgent(turn, text);
        desk.open(turn, Level.URGENT, trigger, reasons, text).ifPresentOrElse(opened -> {
            persons.recordBot(opened, numbers);
            persons.recordBot(opened, replies.personComing(turn));
        }, () -> replies.nobodyOnline(turn));
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
