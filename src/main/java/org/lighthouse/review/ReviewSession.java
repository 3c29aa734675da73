package org.lighthouse.review;

import java.util.Arrays;
import java.util.Optional;
import org.lighthouse.content.ContentStatus.DraftText;
import org.lighthouse.conversation.Turn;
import org.lighthouse.shared.Language;

/**
 * A reviewer's walk through the drafts of one language, kept in the chat's step: the text shown (and a number that
 * the buttons under it carry, so a button of an earlier text is known), the counts so far, and the texts skipped.
 */
final class ReviewSession {

    static final String STEP = "review";
    static final String APPROVED = "approved";
    static final String CORRECTED = "corrected";
    static final String SKIPPED = "skipped";
    private static final String LANGUAGE = "lang";
    private static final String SHOWN = "seq";
    private static final String LESSON = "lesson";
    private static final String FIELD = "field";
    private static final String SEEN = "seen";
    private static final String SKIPS = "skips";

    private final Turn turn;

    ReviewSession(Turn turn) {
        this.turn = turn;
    }

    /** Starts a walk through a language's drafts, with nothing counted and nothing skipped. */
    static ReviewSession start(Turn turn, Language language) {
        turn.goTo(STEP);
        for (String slot : new String[] {SHOWN, LESSON, FIELD, SEEN, SKIPS}) {
            turn.drop(slot);
        }
        turn.keep(LANGUAGE, language.code());
        for (String count : new String[] {APPROVED, CORRECTED, SKIPPED}) {
            turn.keep(count, "0");
        }
        return new ReviewSession(turn);
    }

    boolean open() {
        return turn.step().equals(STEP) && turn.slot(LANGUAGE).flatMap(Language::ofCode).isPresent();
    }

    Language language() {
        return turn.slot(LANGUAGE).flatMap(Language::ofCode).orElseThrow();
    }

    int count(String name) {
        return turn.slot(name).map(Integer::parseInt).orElse(0);
    }

    void add(String name) {
        turn.keep(name, String.valueOf(count(name) + 1));
    }

    /** Shows a text: buttons from now on must carry its new number. */
    String show(DraftText text) {
        String number = String.valueOf(turn.slot(SHOWN).map(Integer::parseInt).orElse(0) + 1);
        turn.keep(SHOWN, number);
        turn.keep(LESSON, text.lesson());
        turn.keep(FIELD, text.field());
        turn.keep(SEEN, seen(text));
        return number;
    }

    /** Whether a button's number is the text shown last. */
    boolean showing(String number) {
        return turn.slot(SHOWN).filter(number::equals).isPresent() && turn.slot(LESSON).isPresent();
    }

    String number() {
        return turn.slot(SHOWN).orElse("0");
    }

    Optional<String> lesson() {
        return turn.slot(LESSON);
    }

    Optional<String> field() {
        return turn.slot(FIELD);
    }

    /** Whether the text is still as the reviewer saw it. */
    boolean saw(DraftText text) {
        return turn.slot(SEEN).filter(seen(text)::equals).isPresent();
    }

    void skip(DraftText text) {
        String skips = turn.slot(SKIPS).orElse("");
        turn.keep(SKIPS, (skips.isEmpty() ? "" : skips + " ") + key(text));
        add(SKIPPED);
    }

    boolean skipped(DraftText text) {
        return Arrays.asList(turn.slot(SKIPS).orElse("").split(" ")).contains(key(text));
    }

    private static String key(DraftText text) {
        return text.lesson() + "/" + text.field();
    }

    private static String seen(DraftText text) {
        return Integer.toHexString(text.text().hashCode());
    }
}
