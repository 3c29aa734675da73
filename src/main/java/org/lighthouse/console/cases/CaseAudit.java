package org.lighthouse.console.cases;

import org.lighthouse.console.accounts.Account;
import org.lighthouse.console.accounts.AccountStore;
import org.lighthouse.console.audit.AuditLog;
import org.lighthouse.safety.CaseActivity;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every look at a case and every action on one goes to the audit log, from the console and from Telegram alike. A
 * responder on Telegram is named by their account when it is linked to their Telegram id, otherwise by that id.
 */
@Component
class CaseAudit {

    private final AuditLog audit;
    private final AccountStore accounts;

    CaseAudit(AuditLog audit, AccountStore accounts) {
        this.audit = audit;
        this.accounts = accounts;
    }

    @EventListener
    void on(CaseActivity activity) {
        audit.record(who(activity.responder()), activity.caseId(), "case." + activity.action()
                + ("console".equals(activity.via()) ? "" : " (" + activity.via() + ")"), activity.detail());
    }

    private String who(String responder) {
        if (responder.startsWith("@")) {
            return responder.substring(1);
        }
        return responder.matches("\\d{1,16}") ? accounts.byTelegram(Long.parseLong(responder)).map(Account::login)
                .orElse("telegram:" + responder) : responder;
    }
}
