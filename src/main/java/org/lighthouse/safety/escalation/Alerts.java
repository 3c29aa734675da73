package org.lighthouse.safety.escalation;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.lighthouse.channel.Button;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Outbox;
import org.lighthouse.channel.Reply;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells responders about a case: level, language, what the person was doing, how long ago it opened, the signals,
 * the last message, and a Claim button. Sent through the outbox, so an alert is never lost; sent again while nobody
 * claims the case.
 */
@Component
class Alerts {

    private static final Logger log = LoggerFactory.getLogger(Alerts.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final Responders responders;
    private final Outbox outbox;
    private final CaseStore cases;
    private final Texts texts;
    private final Clock clock;

    Alerts(Responders responders, Outbox outbox, CaseStore cases, Texts texts, Clock clock) {
        this.responders = responders;
        this.outbox = outbox;
        this.cases = cases;
        this.texts = texts;
        this.clock = clock;
    }

    /** Alerts every responder chat about the case (again, with a reminder line, when it was alerted before). */
    void announce(SafetyCase safetyCase) {
        if (!responders.configured()) {
            log.error("Case {} ({}) opened but no responders are configured (LIGHTHOUSE_RESPONDERS): nobody is alerted",
                    safetyCase.id(), safetyCase.level());
        }
        String text = alertText(safetyCase);
        List<List<Button>> claim = List.of(List.of(Button.of(texts.get(Language.PRIMARY, "responder.claimButton"),
                "s:claim:" + safetyCase.id())));
        for (ChatRef chat : responders.alertChats()) {
            outbox.send(chat, "case:" + safetyCase.id() + ":alert:" + safetyCase.alerts() + ":" + chat.key(),
                    List.of(Reply.withButtons(text, claim)));
        }
        cases.alerted(safetyCase.id(), clock.instant());
        log.info("Case {} ({}) alerted to {} responder chat(s), alert #{}", safetyCase.id(), safetyCase.level(),
                responders.alertChats().size(), safetyCase.alerts() + 1);
    }

    String alertText(SafetyCase safetyCase) {
        long minutes = Duration.between(safetyCase.openedAt(), clock.instant()).toMinutes();
        String last = safetyCase.transcript().stream().filter(e -> e.from().equals(CaseDesk.PERSON))
                .reduce((a, b) -> b).map(SafetyCase.Entry::text).orElse("—");
        String alert = texts.get(Language.PRIMARY, "responder.alert", Map.of(
                "level", texts.get(Language.PRIMARY, "responder.level." + safetyCase.level()),
                "id", safetyCase.id(), "person", safetyCase.person(), "language", safetyCase.language().nativeName(),
                "opened", TIME.format(safetyCase.openedAt()), "ago", minutes,
                "context", safetyCase.context(), "trigger", texts.get(Language.PRIMARY,
                        "responder.trigger." + safetyCase.trigger()),
                "reasons", safetyCase.reasons() == null ? "—" : safetyCase.reasons(), "last", last));
        return safetyCase.alerts() == 0 ? alert
                : texts.get(Language.PRIMARY, "responder.reminder", Map.of("ago", minutes)) + "\n" + alert;
    }
}
