package org.lighthouse.safety.escalation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lighthouse.channel.Inbound;
import org.lighthouse.channel.InboundUnhandled;
import org.lighthouse.channel.Outbox;
import org.lighthouse.channel.Reply;
import org.lighthouse.safety.SafetyCase;
import org.lighthouse.safety.SafetyCase.Trigger;
import org.lighthouse.safety.Triage;
import org.lighthouse.safety.TriageResult;
import org.lighthouse.safety.TriageResult.Level;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.Texts;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A message the bot could not handle, however often it tried, still reaches a person: it goes to the case the writer
 * is talking in, or opens a case of its own (at least CONCERN, URGENT when it reads so); the writer gets the numbers
 * to call.
 */
@Component
class UnhandledMessages {

    private final CaseDesk desk;
    private final CaseStore cases;
    private final Triage triage;
    private final Outbox outbox;
    private final Texts texts;

    UnhandledMessages(CaseDesk desk, CaseStore cases, Triage triage, Outbox outbox, Texts texts) {
        this.desk = desk;
        this.cases = cases;
        this.triage = triage;
        this.outbox = outbox;
        this.texts = texts;
    }

    @EventListener
    void on(InboundUnhandled unhandled) {
        Inbound in = unhandled.inbound();
        if (in.group() || in.text() == null && in.attachment() == null) {
            return;
        }
        String text = in.text() == null ? "" : in.text();
        Optional<SafetyCase> open = cases.openFor(in.chat().key()).filter(SafetyCase::engaging);
        if (open.isPresent()) {
            desk.fromPerson(open.get(), in, text);
        } else {
            TriageResult result = triage.assess(text, null);
            Level level = triage.isSafeWord(text) || result.level() == Level.URGENT ? Level.URGENT : Level.CONCERN;
            desk.open(in, "unhandled", Language.PRIMARY, level, Trigger.UNHANDLED, SafetyScreen.signals(result),
                    in.text());
        }
        outbox.send(in.chat(), in.chat().key() + "#x" + in.seq(), List.of(Reply.text(texts.get(Language.PRIMARY,
                "error.general", Map.of()))));
    }
}
