package org.lighthouse.content;

import java.util.Optional;
import java.util.Set;

/**
 * Console accounts that work on the content, kept by the console: the account linked to a Telegram user may review
 * texts (the REVIEWER role) or record lesson voice (the CONTENT role).
 */
public interface ContentAccounts {

    /** Whether an enabled account linked to this Telegram user holds the REVIEWER role. */
    boolean reviewer(long telegramUser);

    /** Whether an enabled account linked to this Telegram user holds the CONTENT role. */
    boolean recorder(long telegramUser);

    /** The Telegram users linked to enabled accounts that hold the REVIEWER or CONTENT role. */
    Set<Long> linked();

    /** The login of the enabled account linked to this Telegram user, recorded with the reviews it makes. */
    default Optional<String> login(long telegramUser) {
        return Optional.empty();
    }
}
