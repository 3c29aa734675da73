package org.lighthouse.offer;

/** The warning signs an offer can show. The names are stable identifiers (PRODUCT.md, "Offer red flags"). */
public enum RedFlag {
    UNREALISTIC_PAY(false),
    NO_CONTRACT(false),
    UPFRONT_FEE_OR_DEBT(false),
    DOCUMENTS_HELD(true),
    CROSS_BORDER(false),
    NO_PAPERS_NEEDED(true),
    SECRECY(true),
    URGENCY(false),
    ONLINE_ONLY(false),
    VAGUE_EMPLOYER(false),
    MARRIAGE_BROKER(true),
    GIFTS_OR_FAVOURS(false),
    TRIP_INVITATION(false),
    MINOR(false),
    ISOLATION(false),
    SUSPICIOUS_WORK(false);

    private final boolean severe;

    RedFlag(boolean severe) {
        this.severe = severe;
    }

    /** Whether this flag alone makes an offer high risk. */
    public boolean severe() {
        return severe;
    }
}
