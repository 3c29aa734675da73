package org.lighthouse.safety.escalation;

import java.util.Map;
import org.lighthouse.safety.SafetyCase;
import org.lighthouse.safety.TriageResult.Level;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps unclaimed cases in front of responders: announces a case that was never announced (the service stopped
 * between opening and alerting), and again an URGENT case unclaimed after 5 minutes and a CONCERN case after 30
 * (configurable), each time reminding an urgent case's person of 111 while they wait.
 */
@Component
class SlaWatch {

    private final AlertBoard board;
    private final PersonMessages persons;

    SlaWatch(AlertBoard board, PersonMessages persons) {
        this.board = board;
        this.persons = persons;
    }

    @Scheduled(fixedDelayString = "${lighthouse.safety.watch-every:PT15S}", initialDelayString = "PT2S")
    void watch() {
        for (SafetyCase safetyCase : board.announceDue()) {
            boolean again = safetyCase.alertedAt() != null;
            if (again && safetyCase.level() == Level.URGENT && safetyCase.engaging()) {
                persons.tell(safetyCase, "still" + safetyCase.alerts(), "safety.stillComing", Map.of());
            }
        }
    }
}
