package org.lighthouse.conversation;

import java.util.Optional;
import java.util.Set;
import org.lighthouse.channel.Inbound;

/**
 * What features plug into the conversation. Each is a Spring bean in its own module; the conversation finds them and
 * knows nothing else of the feature.
 */
public final class Features {

    private Features() {
    }

    /** A command such as {@code /help}, in private chats. */
    public interface Command {
        Set<String> names();

        void run(Turn turn);
    }

    /**
     * Buttons whose data starts with {@code prefix + ":"}. The payload after the colon comes from the person's device
     * and may be forged or stale: check it, and answer {@link Turn#refuseButton()} when it does not fit.
     */
    public interface ButtonAction {
        String prefix();

        void press(Turn turn, String payload);
    }

    /**
     * What a link to the bot opens: {@code /start <prefix>_<code>}, sent by Telegram when a person opens
     * {@code t.me/<bot>?start=<prefix>_<code>}. A person new to the bot chooses a language first; the link is followed
     * right after. The code comes from a link anyone may have typed or changed: check it.
     */
    public interface StartLink {
        /** The part of the link before {@code _}, such as {@code join}. */
        String linkPrefix();

        void follow(Turn turn, String code);

        /**
         * The code of this link when the person wrote it another way, where links to the bot do not exist (Zalo):
         * {@code /join CODE}. A new person is asked their language first, and the link is followed right after, as
         * one opened.
         */
        default Optional<String> writtenIn(Inbound inbound) {
            return Optional.empty();
        }
    }

    /** What to do with typed text while the chat is at a step starting with {@code stepPrefix}. */
    public interface TextStep {
        String stepPrefix();

        void read(Turn turn, String text);

        /**
         * Whether this step asks the person to write freely (an offer to check), rather than to press buttons: it
         * then reads the text even when the safety stage already answered it.
         */
        default boolean asksForText() {
            return false;
        }

        /**
         * Whether the text typed now is staff's work on the content rather than the person's own words (a reviewer's
         * correction of a lesson text, which speaks of danger by design): it then skips the safety stage and never
         * opens a case. Answer true only for a person the feature has just verified as staff, at its own step.
         */
        default boolean contentWork(Turn turn) {
            return false;
        }
    }

    /**
     * Reads typed text that no step asked for, such as an offer forwarded from another chat. Readers are tried in
     * order; the first that returns true answered it. Text nobody reads gets "I didn't understand" and the menu.
     */
    public interface TextReader {
        boolean answers(Turn turn, String text);
    }

    /**
     * Reads a photo a person sent in a private chat (a picture of an offer to check), after the safety stage let it
     * through. Readers are tried in order; the first that returns true answered it, and its answer is the one answer.
     * A photo nobody reads gets "I can only read text". The photo may be large or slow to fetch: a reader must bound
     * the time it takes.
     */
    public interface PhotoReader {
        boolean answers(Turn turn);
    }

    /**
     * What to do with a voice note or audio file while the chat is at a step starting with {@code stepPrefix} (a
     * recording of a lesson card), after the safety stage let it through. Elsewhere such a message gets "I can only
     * read text".
     */
    public interface VoiceStep {
        String stepPrefix();

        void hear(Turn turn);
    }

    /** What a main menu item opens. Items with no action say honestly that they are not there yet. */
    public interface MenuAction {
        MenuItem item();

        void open(Turn turn);
    }

    /**
     * Looks at every event of a private chat before the dialogue does. Returns true when it answered the event itself
     * and the dialogue must leave it alone (a message that shows danger); it may also add a reply and return false (a
     * message of concern), and the dialogue goes on.
     */
    public interface SafetyStage {
        boolean screen(Turn turn);
    }

    /**
     * Told when a person new to the bot has chosen their language, before the link they opened is followed. It must
     * be quick and add no reply: the language choice answers.
     */
    public interface Welcome {
        void welcomed(Turn turn);
    }

    /**
     * Something offered once in a while right after the main menu (the anonymous check-in). Asked, in order, when the
     * main menu ends a turn in a private chat that is at the menu, so never in the middle of another step, nor after
     * a refused button or words the bot did not understand; the first
     * that returns true added its offer after the menu, and is the only one. An offer may move the chat to a step of
     * its own; one that does not fit now returns false and changes nothing.
     */
    public interface MenuOffer {
        boolean offer(Turn turn);
    }
}
