package org.lighthouse.content.loading;

/** How long a lesson's text may be, by its place, for texts written elsewhere than in the files (a correction). */
public final class TextLimits {

    private TextLimits() {
    }

    /**
     * The longest a text at a place ({@code cards[0]}, {@code cards[0].image.alt}, {@code quiz[1].options[2]}...) may
     * be: cards, a picture's words and options as the content rules say; titles, questions and explanations have no
     * rule, and a card's length keeps them readable.
     */
    public static int longest(String field) {
        if (field.endsWith(".image.alt")) {
            return ContentRules.MAX_ALT;
        }
        return field.contains(".options[") ? ContentRules.MAX_OPTION : ContentRules.MAX_CARD;
    }
}
