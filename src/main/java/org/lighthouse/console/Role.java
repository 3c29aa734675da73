package org.lighthouse.console;

/**
 * What a console account may do. Roles add up: an account may hold several. Case pages are for responders alone: an
 * admin who is not a trained responder sees no case.
 */
public enum Role {
    /** Sees, claims and works on cases. */
    RESPONDER,
    /** Manages accounts, the two-factor switch, and reads the audit log. */
    ADMIN,
    /** Runs their own classes. */
    TEACHER,
    /** Reviews draft texts in their language from the chat ({@code /review}), once the account is linked to Telegram. */
    REVIEWER,
    /** Records lessons' voice from the chat ({@code /record}), once the account is linked to Telegram. */
    CONTENT;

    /** The authority Spring Security checks ({@code hasRole("ADMIN")}). */
    public String authority() {
        return "ROLE_" + name();
    }
}
