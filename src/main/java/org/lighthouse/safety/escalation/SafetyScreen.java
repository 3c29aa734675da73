package org.lighthouse.safety.escalation;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.Inbound;
import org.lighthouse.conversation.Features.SafetyStage;
import org.lighthouse.conversation.Turn;
import org.lighthouse.safety.Triage;
import org.lighthouse.safety.TriageResult;
import org.lighthouse.safety.TriageResult.Level;
import org.lighthouse.safety.escalation.SafetyCase.Trigger;
import org.springframework.stereotype.Component;

/**
 * The safety stage: every private event passes here before the dialogue. A responder's case work goes to their
 * console; a person with an open case talks with their responder; anyone else's text is triaged. Danger gets the
 * numbers to call at once and a case that alerts responders; concern gets a gentle offer of a person.
 */
@Component
class SafetyScreen implements SafetyStage {

    private final Triage triage;
    private final CaseDesk desk;
    private final PersonSide person;
    private final ResponderConsole console;
    private final Replies replies;
    private final Suggestions suggestions;

    SafetyScreen(Triage triage, CaseDesk desk, PersonSide person, ResponderConsole console, Replies replies,
            Suggestions suggestions) {
        this.triage = triage;
        this.desk = desk;
        this.person = person;
        this.console = console;
        this.replies = replies;
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
        String text = written(turn.inbound());
        if (text == null) {
            return false;
        }
        if (triage.isSafeWord(text)) {
            urgent(turn, Trigger.SAFE_WORD, "safe word", text);
            return true;
        }
        TriageResult result = triage.assess(text, turn.language());
        if (result.level() == Level.URGENT) {
            urgent(turn, Trigger.TRIAGE, String.join(", ", result.reasons()), text);
            return true;
        }
        if (result.level() == Level.CONCERN) {
            replies.concern(turn, suggestions.lessonFor(text));
        }
        return false;
    }

    private void urgent(Turn turn, Trigger trigger, String reasons, String text) {
        replies.urgent(turn, text);
        desk.open(turn, Level.URGENT, trigger, reasons, text);
        replies.personComing(turn);
    }

    /** What the person wrote, when it is free text worth triaging (not a command, not a button). */
    private static @Nullable String written(Inbound in) {
        return switch (in.kind()) {
            case TEXT, EDITED_TEXT -> in.text();
            case MEDIA -> in.text() == null || in.text().isBlank() ? null : in.text();
            default -> null;
        };
    }
}
