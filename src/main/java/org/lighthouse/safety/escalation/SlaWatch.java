package org.lighthouse.safety.escalation;

import java.time.Clock;
import java.time.Instant;
import org.lighthouse.channel.Reply;
import org.lighthouse.safety.SafetySettings;
import org.lighthouse.safety.TriageResult.Level;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps unclaimed cases in front of responders: alerts a case that was never alerted (the service stopped between
 * opening and alerting), and alerts again an URGENT case unclaimed after 5 minutes and a CONCERN case after 30
 * (configurable), each time reminding an urgent case's person of 111.
 */
@Component
class SlaWatch {

    private final CaseStore cases;
    private final Alerts alerts;
    private final CaseDesk desk;
    private final SafetySettings settings;
    private final Clock clock;

    SlaWatch(CaseStore cases, Alerts alerts, CaseDesk desk, SafetySettings settings, Clock clock) {
        this.cases = cases;
        this.alerts = alerts;
        this.desk = desk;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${lighthouse.safety.watch-every:PT15S}", initialDelayString = "PT2S")
    void watch() {
        Instant now = clock.instant();
        for (SafetyCase safetyCase : cases.awaitingAlert(now.minus(settings.urgentRealert()),
                now.minus(settings.concernRealert()))) {
            boolean again = safetyCase.alertedAt() != null;
            alerts.announce(safetyCase);
            if (again && safetyCase.level() == Level.URGENT) {
                desk.toPerson(safetyCase, "still" + safetyCase.alerts(), Reply.text(desk.personText(safetyCase,
                        "safety.stillComing", java.util.Map.of())));
            }
        }
    }
}
