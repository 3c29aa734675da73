package org.lighthouse.testing;

/** The responders of the journey tests: Hoa and Minh, and their Telegram group. */
public final class SafetyNet {

    public static final long GROUP = -100_500;
    public static final long HOA = 9001;
    public static final long MINH = 9002;
    public static final String RESPONDERS = "lighthouse.safety.responders=" + HOA + ":Hoa," + MINH + ":Minh";
    public static final String RESPONDERS_CHAT = "lighthouse.safety.responders-chat=" + GROUP;

    private SafetyNet() {
    }
}
