package org.lighthouse.console.security;

/**
 * What a person who gave the right password must still do before the console opens. Until then the session is half
 * logged in: it holds only the step's authority, which opens the step's page and logout, nothing else.
 */
enum LoginStep {
    /** Type the code of the authenticator app. */
    CODE("/console/login/code"),
    /** Set the second factor up: scan the secret, confirm with a code. */
    SETUP("/console/login/setup");

    private final String page;

    LoginStep(String page) {
        this.page = page;
    }

    String page() {
        return page;
    }

    String authority() {
        return "LOGIN_STEP_" + name();
    }
}
