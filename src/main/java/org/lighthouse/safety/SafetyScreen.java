package org.lighthouse.safety;

import org.lighthouse.conversation.Features.SafetyStage;
import org.lighthouse.conversation.Turn;
import org.springframework.stereotype.Component;

/**
 * The safety stage every private chat event passes before the dialogue sees it. It lets everything through until
 * triage is built (issue "Safety: triage every message").
 */
@Component
class SafetyScreen implements SafetyStage {

    @Override
    public boolean screen(Turn turn) {
        return false;
    }
}
