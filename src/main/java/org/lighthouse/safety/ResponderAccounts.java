package org.lighthouse.safety;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Responders who have console accounts, kept by the console. The safety net recognises and alerts them as it does
 * those of {@code LIGHTHOUSE_RESPONDERS}.
 */
public interface ResponderAccounts {

    /** Every enabled responder account. */
    List<Responder> responders();

    /** Whether some responder has the console's queue open now: a case that opens shows to them within seconds. */
    boolean watching();

    /**
     * @param key how the safety net names the responder (the holder of a case): their Telegram user id when the
     *     account is linked to Telegram, so that a claim there and one in the console are the same responder's;
     *     otherwise {@code @} and the login
     * @param alias the name young people see
     */
    record Responder(String key, String alias, @Nullable Long telegram) {
    }
}
