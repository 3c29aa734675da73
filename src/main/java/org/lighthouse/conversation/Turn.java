package org.lighthouse.conversation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.Button;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Inbound;
import org.lighthouse.channel.Reply;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.Texts;

/**
 * One event being handled: what the person did, where their chat stands, and the replies being written. Features read
 * and change the chat's state through it; the conversation stores the state and sends the replies when the turn ends.
 */
public final class Turn {

    /**
     * The slot in which a feature keeps what the person just shared and agreed to show to a person who helps (an offer
     * they checked): if they ask for a person from there, the case starts with it.
     */
    public static final String SHARED_TEXT = "sharedText";

    private final Inbound inbound;
    private final Texts texts;
    private final boolean knownCommand;
    private final @Nullable Language guessed;
    private @Nullable Language language;
    private String step;
    private final Map<String, String> slots;
    private boolean active;
    private boolean readAloud;
    private boolean menuWanted;
    private boolean misunderstood;
    private boolean forget;
    private @Nullable Reply concern;
    private boolean concernRaised;
    private boolean textGivenToRead;
    private final List<Reply> replies = new ArrayList<>();
    private final List<Reply> toPresser = new ArrayList<>();

    /**
     * @param knownCommand whether the event is a command some feature runs
     * @param guessed the language the event seems written in, used until the person chose one
     */
    Turn(Inbound inbound, Dialogue dialogue, Texts texts, boolean knownCommand, @Nullable Language guessed) {
        this.inbound = inbound;
        this.texts = texts;
        this.knownCommand = knownCommand;
        this.guessed = guessed;
        this.language = dialogue.language();
        this.step = dialogue.step();
        this.slots = new HashMap<>(dialogue.slots());
        this.active = dialogue.active();
        this.readAloud = dialogue.readAloud();
    }

    public Inbound inbound() {
        return inbound;
    }

    public ChatRef chat() {
        return inbound.chat();
    }

    /** Whether the event is a command that some feature runs ({@code /help}), rather than any text after a slash. */
    public boolean knownCommand() {
        return knownCommand;
    }

    /** The chat's language; until the person chose one, the language they seem to write in, else Vietnamese. */
    public Language language() {
        return language != null ? language : guessed != null ? guessed : Language.PRIMARY;
    }

    public boolean hasLanguage() {
        return language != null;
    }

    public void chooseLanguage(Language chosen) {
        this.language = chosen;
    }

    /** Whether the person asked for lesson cards read aloud ("read to me"), where a recording exists. */
    public boolean readsAloud() {
        return readAloud;
    }

    /** Turns "read to me" on or off; kept with the chat's language, and forgotten with it. */
    public void readAloud(boolean on) {
        this.readAloud = on;
    }

    public String step() {
        return step;
    }


    /** Moves the chat to a step; the values kept for the previous step are dropped. */
    public void goTo(String newStep) {
        if (!newStep.equals(step)) {
            slots.clear();
        }
        this.step = newStep;
    }

    public Optional<String> slot(String name) {
        return Optional.ofNullable(slots.get(name));
    }

    /** Keeps a value for the current step; names are plain words (letters and digits), as MongoDB keys must be. */
    public void keep(String name, String value) {
        if (!name.matches("[A-Za-z0-9]+")) {
            throw new IllegalArgumentException("a slot name is letters and digits only: " + name);
        }
        slots.put(name, value);
    }

    /** Drops a value kept for the current step. */
    public void drop(String name) {
        slots.remove(name);
    }

    void setActive(boolean nowActive) {
        this.active = nowActive;
    }

    /** The interface text {@code key} in the chat's language. */
    public String text(String key) {
        return texts.get(language(), key);
    }

    public String text(String key, Map<String, ?> values) {
        return texts.get(language(), key, values);
    }

    /** Replies with the interface text {@code key}. */
    public void say(String key) {
        reply(Reply.text(text(key)));
    }

    public void say(String key, Map<String, ?> values) {
        reply(Reply.text(text(key, values)));
    }

    public void reply(Reply reply) {
        replies.add(reply);
    }

    /** Replies with a new message, or, for a button press, by changing the message whose button was pressed. */
    public void replyInPlace(String text, List<List<Button>> buttons) {
        Reply reply = Reply.withButtons(text, buttons);
        replies.add(inbound.kind() == Inbound.Kind.BUTTON ? reply.replacing(inbound.messageRef()) : reply);
    }

    /**
     * Asks the person of a message of concern, gently, whether they want a person: sent before the other replies,
     * unless a feature that the person asked to read their text (an offer check) gives the one answer instead.
     */
    public void raiseConcern(Reply question) {
        concern = question;
        concernRaised = true;
    }

    boolean concernRaised() {
        return concernRaised;
    }

    void textGivenToRead(boolean given) {
        textGivenToRead = given;
    }

    /**
     * Whether the person gave this text to a feature to read (an offer pasted where the offer check asked for it, or a
     * forwarded message) rather than saying it themselves: the safety net reads it alone and keeps it out of the
     * person's conversation.
     */
    public boolean isTextGivenToRead() {
        return textGivenToRead;
    }

    void withdrawConcernQuestion() {
        concern = null;
    }

    /**
     * Answers the person who pressed a button privately, in their own chat with the bot: in a group (the responders'),
     * an answer meant for one person must not reach everyone.
     */
    public void tellPresser(Reply reply) {
        toPresser.add(reply);
    }

    /** Adds rows of buttons under the last reply's own. */
    void addButtonsToLastReply(List<List<Button>> rows) {
        Reply last = replies.get(replies.size() - 1);
        List<List<Button>> all = new ArrayList<>(last.buttons());
        all.addAll(rows);
        replies.set(replies.size() - 1, new Reply(last.text(), all, last.editOf(), last.document(), last.copy(),
                last.human(), last.audio()));
    }

    /** Ends the turn with the main menu. */
    public void showMenu() {
        this.menuWanted = true;
    }

    /**
     * Answers a button press that does not fit (forged, stale, or from another chat), changing nothing; in a group,
     * to the person who pressed only.
     */
    public void refuseButton() {
        misunderstood = true;
        if (inbound.group()) {
            tellPresser(Reply.text(text("button.stale")));
            return;
        }
        say(chat().channel().hasButtons() ? "button.stale" : "button.staleNumber");
        showMenu();
    }

    /**
     * Answers a command as if no feature knew it, with the menu: for a command this person may not use, which must not
     * show that it exists.
     */
    public void answerUnknownCommand() {
        misunderstood();
        say("unknown.command");
        showMenu();
    }

    /** Forgets this chat when the turn ends: its language, step and values are deleted instead of stored. */
    public void forgetChat() {
        this.forget = true;
    }

    boolean forgotten() {
        return forget;
    }

    List<Reply> replies() {
        if (concern == null) {
            return replies;
        }
        List<Reply> all = new ArrayList<>(replies.size() + 1);
        all.add(concern);
        all.addAll(replies);
        return all;
    }

    List<Reply> toPresser() {
        return toPresser;
    }

    boolean menuWanted() {
        return menuWanted;
    }

    /**
     * Notes that the bot did not understand what the person did: no time to offer them anything. A feature that
     * answers someone it does not serve as if it had no such command calls it, as the conversation would.
     */
    public void misunderstood() {
        misunderstood = true;
    }

    boolean wasMisunderstood() {
        return misunderstood;
    }

    /** Where the turn stands now, to go back to if what follows fails. */
    Checkpoint checkpoint() {
        return new Checkpoint(language, step, Map.copyOf(slots), replies.size(), toPresser.size(), menuWanted, forget,
                concern);
    }

    /** Undoes what was done after the checkpoint: its replies and its changes to the chat. */
    void restore(Checkpoint point) {
        language = point.language();
        step = point.step();
        slots.clear();
        slots.putAll(point.slots());
        replies.subList(point.replies(), replies.size()).clear();
        toPresser.subList(point.toPresser(), toPresser.size()).clear();
        menuWanted = point.menuWanted();
        forget = point.forget();
        concern = point.concern();
    }

    record Checkpoint(@Nullable Language language, String step, Map<String, String> slots, int replies,
            int toPresser, boolean menuWanted, boolean forget, @Nullable Reply concern) {
    }

    Dialogue applyTo(Dialogue dialogue) {
        return dialogue.with(language, step, slots, active, readAloud);
    }
}
