package org.lighthouse.conversation;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Inbound;
import org.lighthouse.channel.InboundHandler;
import org.lighthouse.channel.Outbox;
import org.lighthouse.channel.Reply;
import org.lighthouse.conversation.Features.ButtonAction;
import org.lighthouse.conversation.Features.Command;
import org.lighthouse.conversation.Features.MenuOffer;
import org.lighthouse.conversation.Features.PhotoReader;
import org.lighthouse.conversation.Features.SafetyStage;
import org.lighthouse.conversation.Features.TextReader;
import org.lighthouse.conversation.Features.TextStep;
import org.lighthouse.conversation.Features.VoiceStep;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.LanguageGuess;
import org.lighthouse.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Handles every event the same way, whatever the channel: skip it if it was handled before, let the safety stage look
 * at it, route it to the feature it is for, then accept the replies into the outbox and store where the chat stands.
 */
@Component
class ConversationEngine implements InboundHandler {

    private static final Logger log = LoggerFactory.getLogger(ConversationEngine.class);
    /** After this long without a word from the person, a channel that asks for it hears again that this is a bot. */
    static final Duration LONG_PAUSE = Duration.ofHours(24);
    private static final String BOT_NOTICE = "bot.itIsABot";

    private final Dialogues dialogues;
    private final Outbox outbox;
    private final Texts texts;
    private final Clock clock;
    private final List<SafetyStage> safety;
    private final Map<String, Command> commands;
    private final Map<String, ButtonAction> buttons;
    private final List<TextStep> textSteps;
    private final List<TextReader> textReaders;
    private final List<PhotoReader> photoReaders;
    private final List<VoiceStep> voiceSteps;
    private final List<MenuOffer> offers;
    private final MainMenu menu;
    private final LanguageChoice languages;

    ConversationEngine(Dialogues dialogues, Outbox outbox, Texts texts, Clock clock, List<SafetyStage> safety,
            List<Command> commands, List<ButtonAction> buttons, List<TextStep> textSteps, List<TextReader> textReaders,
            List<PhotoReader> photoReaders, List<VoiceStep> voiceSteps, List<MenuOffer> offers, MainMenu menu,
            LanguageChoice languages) {
        this.dialogues = dialogues;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
        this.safety = safety;
        this.commands = commands.stream().flatMap(c -> c.names().stream().map(n -> Map.entry(n, c)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        this.buttons = buttons.stream().collect(Collectors.toMap(ButtonAction::prefix, Function.identity()));
        this.textSteps = textSteps;
        this.textReaders = textReaders;
        this.photoReaders = photoReaders;
        this.voiceSteps = voiceSteps;
        this.offers = offers;
        this.menu = menu;
        this.languages = languages;
    }

    /**
     * Handles the event. A failure of the safety stage, of the database, or of storing the outcome, is thrown, so that
     * the inbox tries the event again: a case must open. A feature's own failure is answered with an apology and the
     * menu, keeping what the safety stage said.
     */
    @Override
    public void handle(Inbound inbound) {
        String chat = inbound.chat().key();
        Optional<Dialogue> stored = dialogues.findById(chat);
        Dialogue dialogue = stored.orElseGet(() -> Dialogue.start(chat, clock.instant()));
        if (inbound.seq() <= dialogue.lastEvent()) {
            log.debug("Event {} of {} was handled before", inbound.seq(), chat);
            return;
        }
        Language guessed = guess(dialogue, inbound);
        Turn turn = new Turn(inbound, dialogue, texts, commands.containsKey(inbound.command()), guessed);
        route(turn);
        if (turn.menuWanted()) {
            Reply shown = menu.render(turn);
            turn.reply(shown);
            offerAfterMenu(turn, shown);
        }
        List<Reply> replies = turn.replies();
        if (!replies.isEmpty() && saysItIsABot(inbound, stored)) {
            replies = withBotNotice(turn, guessed, replies);
        }
        if (!replies.isEmpty()) {
            outbox.send(inbound.chat(), chat + "#u" + inbound.seq(), replies);
        }
        if (!turn.toPresser().isEmpty()) {
            outbox.send(new ChatRef(inbound.chat().channel(), inbound.sender()), chat + "#p" + inbound.seq(),
                    turn.toPresser());
        }
        if (turn.forgotten()) {
            dialogues.deleteById(chat);
        } else {
            dialogues.save(turn.applyTo(dialogue).handled(inbound.seq(), clock.instant()));
        }
    }

    /**
     * Whether the answer starts by saying that this is a bot, on a channel that asks for it: at first contact, and when
     * the person comes back after {@link #LONG_PAUSE}.
     */
    private boolean saysItIsABot(Inbound inbound, Optional<Dialogue> stored) {
        return inbound.chat().channel().saysItIsABot() && !inbound.group() && (stored.isEmpty()
                || stored.get().lastSeen().isBefore(clock.instant().minus(LONG_PAUSE)));
    }

    /** The replies after a line that says this is a bot: in the chat's language, or in all three before it is known. */
    private List<Reply> withBotNotice(Turn turn, @Nullable Language guessed, List<Reply> replies) {
        String notice = turn.hasLanguage() || guessed != null ? turn.text(BOT_NOTICE)
                : Arrays.stream(Language.values()).map(l -> texts.get(l, BOT_NOTICE)).collect(Collectors.joining("\n"));
        List<Reply> all = new ArrayList<>(replies.size() + 1);
        all.add(Reply.text(notice));
        all.addAll(replies);
        return all;
    }

    /**
     * Until the person chose a language, the one their words (or their app) seem to be in: a first cry for help in
     * H'mong is answered in H'mong. A command's name is no word of any language; what follows it may be.
     */
    private static @Nullable Language guess(Dialogue dialogue, Inbound inbound) {
        if (dialogue.language() != null) {
            return null;
        }
        String words = inbound.kind() == Inbound.Kind.COMMAND ? inbound.commandArgument() : inbound.text();
        return LanguageGuess.of(words == null ? "" : words, inbound.languageHint()).orElse(null);
    }

    private void route(Turn turn) {
        Inbound in = turn.inbound();
        if (in.group()) {
            answering(turn, () -> routeGroup(turn));
            return;
        }
        switch (in.kind()) {
            case BLOCKED -> turn.setActive(false);
            case UNBLOCKED -> turn.setActive(true);
            default -> {
                turn.setActive(true);
                if (!screenedOut(turn)) {
                    answering(turn, () -> routePrivate(turn));
                }
            }
        }
    }

    /**
     * Runs a feature; if it fails, what it did is undone and the person gets an apology and the menu. A database that
     * fails (unreachable, or a save based on what another writer changed since) may not fail next time: the event is
     * tried again instead.
     */
    private void answering(Turn turn, Runnable feature) {
        Turn.Checkpoint before = turn.checkpoint();
        try {
            feature.run();
        } catch (DataAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            log.error("Handling event {} of {} failed", turn.inbound().seq(), turn.chat(), e);
            turn.restore(before);
            turn.say("error.general");
            turn.showMenu();
        }
    }

    /**
     * At the menu of a private chat, unless the bot did not understand what the person did (a stale button, a word it
     * does not know), one feature may offer something after it, which carries the menu's buttons too
     * where only the last message shows them: passing over the offer is then one tap on the menu as usual. An offer
     * that fails is left out, and the menu stands alone; a database that fails makes the event be tried again, as
     * elsewhere.
     */
    private void offerAfterMenu(Turn turn, Reply shown) {
        if (turn.inbound().group() || !turn.step().equals(MainMenu.STEP) || turn.wasMisunderstood()) {
            return;
        }
        Turn.Checkpoint before = turn.checkpoint();
        try {
            for (MenuOffer offer : offers) {
                if (offer.offer(turn)) {
                    if (turn.chat().channel().buttonsOnLastMessageOnly()) {
                        turn.addButtonsToLastReply(shown.buttons());
                    }
                    return;
                }
            }
        } catch (DataAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            log.error("An offer after the menu failed for event {} of {}", turn.inbound().seq(), turn.chat(), e);
            turn.restore(before);
        }
    }

    private boolean screenedOut(Turn turn) {
        Inbound in = turn.inbound();
        if (in.kind() == Inbound.Kind.TEXT && textStep(turn).filter(step -> step.contentWork(turn)).isPresent()) {
            return false;
        }
        turn.textGivenToRead(in.kind() == Inbound.Kind.TEXT
                && (in.forwarded() || textStep(turn).map(TextStep::asksForText).orElse(false)));
        for (SafetyStage stage : safety) {
            if (stage.screen(turn)) {
                return true;
            }
        }
        return false;
    }

    private void routePrivate(Turn turn) {
        Inbound in = turn.inbound();
        switch (in.kind()) {
            case EDITED_TEXT -> { }
            case PRIVATE_DATA -> turn.say("privacy.noPhoneOrLocation");
            case MEDIA -> media(turn);
            default -> {
                if (!turn.hasLanguage() && in.kind() != Inbound.Kind.BUTTON) {
                    languages.ask(turn);
                } else {
                    routeConversation(turn);
                }
            }
        }
    }

    /**
     * A photo some feature reads gets its answer alone, as does a voice note at a step that waits for one; anything
     * else that is not text gets "only text".
     */
    private void media(Turn turn) {
        Inbound.Attachment attachment = turn.inbound().attachment();
        if (attachment == Inbound.Attachment.PHOTO && photoReaders.stream().anyMatch(reader -> reader.answers(turn))) {
            turn.withdrawConcernQuestion();
            return;
        }
        Optional<VoiceStep> listening = voiceSteps.stream().filter(step -> turn.step().startsWith(step.stepPrefix()))
                .findFirst();
        if (listening.isPresent()) {
            turn.withdrawConcernQuestion();
            listening.get().hear(turn);
            return;
        }
        turn.say("media.onlyText");
    }

    private void routeConversation(Turn turn) {
        Inbound in = turn.inbound();
        switch (in.kind()) {
            case COMMAND -> command(turn);
            case BUTTON -> button(turn);
            case TEXT -> text(turn);
            default -> { }
        }
    }

    private void command(Turn turn) {
        Command command = commands.get(turn.inbound().command());
        if (command == null) {
            turn.answerUnknownCommand();
        } else {
            command.run(turn);
        }
    }

    private void button(Turn turn) {
        ButtonData.parse(turn.inbound().data())
                .flatMap(data -> Optional.ofNullable(buttons.get(data.prefix()))
                        .map(action -> (Runnable) () -> action.press(turn, data.payload())))
                .ifPresentOrElse(Runnable::run, turn::refuseButton);
    }

    /**
     * Typed text goes to the step that asked for it, else to the readers. When the safety stage already answered (a
     * message of concern), that answer stands alone: a step that did not ask for text stays quiet and nobody adds "I
     * didn't understand". Only text the person gave to be read (to a step that asked for it, or forwarded, as an offer
     * is) gets the feature's answer instead, as the one answer.
     */
    private void text(Turn turn) {
        String text = turn.inbound().text();
        Optional<TextStep> step = textStep(turn);
        if (turn.isTextGivenToRead()) {
            turn.withdrawConcernQuestion();
        } else if (turn.concernRaised() || !turn.replies().isEmpty()) {
            return;
        }
        if (step.isPresent()) {
            step.get().read(turn, text);
        } else if (textReaders.stream().noneMatch(reader -> reader.answers(turn, text))) {
            turn.misunderstood();
            turn.say("unknown.text");
            turn.showMenu();
        }
    }

    private Optional<TextStep> textStep(Turn turn) {
        return textSteps.stream().filter(step -> turn.step().startsWith(step.stepPrefix())).findFirst();
    }

    private void routeGroup(Turn turn) {
        Inbound in = turn.inbound();
        switch (in.kind()) {
            case ADDED_TO_GROUP -> turn.say("group.hello");
            case COMMAND -> turn.say("group.privateOnly");
            case BUTTON -> button(turn);
            default -> { }
        }
    }
}
