package org.lighthouse.safety;

import org.jspecify.annotations.Nullable;

/**
 * Published for every look at a case and every action on one by a responder, wherever they work, so that who saw
 * and did what can be shown later.
 *
 * @param responder the responder's key ({@link ResponderAccounts.Responder#key()})
 * @param action {@code view}, {@code claim}, {@code write}, {@code note}, {@code offer}, {@code accept},
 *     {@code decline}, {@code close}
 * @param via {@code telegram} or {@code console}
 */
public record CaseActivity(String responder, String caseId, String action, @Nullable String detail, String via) {
}
