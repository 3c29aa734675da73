package org.lighthouse.offer;

/** What decided an offer's risk, so that the answer can say why when the flags it shows do not. */
public enum RiskBasis {
    /** The flags shown, by PRODUCT.md's rule: a severe flag, three flags and more, or one or two, or none. */
    FLAGS,
    /**
     * This kind of offer with these flags ({@code offer/risk.yml}: a marriage or trip abroad): high by itself where
     * only the flags are known, else where the words make it high, as the reason that says more.
     */
    KIND,
    /** The offer's words, which speak strongly for high risk though its flags alone make it medium. */
    WORDING
}
