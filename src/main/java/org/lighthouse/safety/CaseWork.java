package org.lighthouse.safety;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lighthouse.safety.SafetyCase.Outcome;
import org.lighthouse.safety.SafetyCase.Referral;
import org.lighthouse.shared.Language;

/**
 * Case work for the responders' console, on the same cases, rules and relay as in Telegram: what one does in either
 * shows in the other. Responders are named by their key ({@link ResponderAccounts.Responder#key()}). An action that
 * its precondition refuses (someone else claimed first, the case is not the responder's, it closed meanwhile) returns
 * empty and changes nothing.
 */
public interface CaseWork {

    /** Every case not closed: URGENT first, then the oldest. */
    List<SafetyCase> open();

    Optional<SafetyCase> find(String id);

    List<SafetyCase> closed(CaseSearch search);

    /** Cases opened at or after the given time, for the team's figures. */
    List<SafetyCase> openedSince(Instant since);

    /** When an unclaimed case is alerted again if nobody claims it; empty once claimed or closed. */
    Optional<Instant> nextAlert(SafetyCase safetyCase);

    /** The case's level, channel, context, trigger and signals in words of the language. */
    CaseDescription describe(SafetyCase safetyCase, Language language);

    /** The name young people see for a responder. */
    String alias(String responder);

    /** Every responder by key, with their alias: those a case can be handed over to. */
    Map<String, String> responders();

    /** The first claim wins: empty when someone else has the case. */
    Optional<SafetyCase> claim(String id, String responder);

    /** Relays the responder's words to the person of their case, signed with their alias. */
    Optional<SafetyCase> write(String id, String responder, String text);

    /** A private note for the responders, on a case not closed. */
    Optional<SafetyCase> note(String id, String responder, String text);

    /** Offers the holder's case to another responder, who must accept it. */
    Optional<SafetyCase> offer(String id, String holder, String to);

    Optional<SafetyCase> accept(String id, String responder);

    Optional<SafetyCase> decline(String id, String responder);

    Optional<SafetyCase> close(String id, String holder, Outcome outcome, Referral referral);

    /** Records that the responder looked at the case. */
    void viewed(String id, String responder);
}
