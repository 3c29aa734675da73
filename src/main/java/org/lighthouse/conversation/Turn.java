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
    private @Nullable Language language;
    private String step;
    private final Map<String, String> slots;
    private boolean active;
    private boolean menuWanted;
    private boolean forget;
    private final List<Reply> replies = new ArrayList<>();

    Turn(Inbound inbound, Dialogue dialogue, Texts texts) {
        this.inbound = inbound;
        this.texts = texts;
        this.language = dialogue.language();
        this.step = dialogue.step();
        this.slots = new HashMap<>(dialogue.slots());
        this.active = dialogue.active();
    }

    public Inbound inbound() {
        return inbound;
    }

    public ChatRef chat() {
        return inbound.chat();
    }

    /** The chat's language; Vietnamese until the person chose one. */
    public Language language() {
        return language == null ? Language.PRIMARY : language;
    }

    public boolean hasLanguage() {
        return language != null;
    }

    public void chooseLanguage(Language chosen) {
        this.language = chosen;
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

    /** Ends the turn with the main menu. */
    public void showMenu() {
        this.menuWanted = true;
    }

    /** Answers a button press that does not fit (forged, stale, or from another chat), changing nothing. */
    public void refuseButton() {
        say("button.stale");
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
        return replies;
    }

    boolean menuWanted() {
        return menuWanted;
    }

    /** Where the turn stands now, to go back to if what follows fails. */
    Checkpoint checkpoint() {
        return new Checkpoint(language, step, Map.copyOf(slots), replies.size(), menuWanted, forget);
    }

    /** Undoes what was done after the checkpoint: its replies and its changes to the chat. */
    void restore(Checkpoint point) {
        language = point.language();
        step = point.step();
        slots.clear();
        slots.putAll(point.slots());
        replies.subList(point.replies(), replies.size()).clear();
        menuWanted = point.menuWanted();
        forget = point.forget();
    }

    record Checkpoint(@Nullable Language language, String step, Map<String, String> slots, int replies,
            boolean menuWanted, boolean forget) {
    }

    Dialogue applyTo(Dialogue dialogue) {
        return dialogue.with(language, step, slots, active);
    }
}
