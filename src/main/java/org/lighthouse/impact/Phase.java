package org.lighthouse.impact;

/** When a check-in was answered: the baseline after choosing a language, or the follow-up. */
public enum Phase {
    BEFORE,
    AFTER
}
