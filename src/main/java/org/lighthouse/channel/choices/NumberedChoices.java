package org.lighthouse.channel.choices;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.Button;
import org.lighthouse.channel.ChatHistory;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Reply;
import org.lighthouse.channel.choices.ChoiceSet.Choice;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Buttons for a channel that has none (Zalo): a reply's buttons are written under its text as numbered choices, and
 * the chat's last choices are remembered (in MongoDB, a week at most), so that a typed number, or a label or option
 * typed with or without diacritics, is taken as a press of that button. Any other text stays text: the safe word,
 * commands and free answers reach the bot as typed.
 *
 * <p>The choices of one batch of replies (one turn's) are numbered on from message to message, so that each choice on
 * the screen has its own number; the next batch with choices replaces them, and the next batch without any (a
 * responder's words, a notice) drops them, so that a number typed to a person is never taken for an old button.
 */
@Component
public class NumberedChoices implements ChatHistory {

    /** How long a chat's last choices are remembered. */
    static final Duration KEEP = Duration.ofDays(7);

    private final MongoTemplate mongo;
    private final Clock clock;

    NumberedChoices(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * The text to send for a reply, with its choices numbered under it, and remembers them as the chat's last. Asked
     * again for the same message (sent again after a failure), numbers it as before.
     *
     * @param messageId the message's outbox id: its batch's key, {@code #}, its place in the batch
     */
    public String write(ChatRef chat, String messageId, Reply reply) {
        String batch = batchOf(messageId);
        List<Button> buttons = ChoiceText.choosable(reply.buttons());
        ChoiceSet last = current(chat);
        boolean sameBatch = last != null && last.batch().equals(batch);
        if (buttons.isEmpty()) {
            if (last != null && !sameBatch) {
                erase(chat);
            }
            return ChoiceText.write(reply.text(), reply.buttons(), List.of());
        }
        List<Choice> earlier = sameBatch ? last.choices() : List.of();
        List<Choice> numbered = earlier.stream().filter(c -> c.message().equals(messageId)).toList();
        if (numbered.size() != buttons.size()) {
            List<Choice> others = earlier.stream().filter(c -> !c.message().equals(messageId)).toList();
            int first = others.stream().mapToInt(Choice::number).max().orElse(0) + 1;
            numbered = ChoiceText.number(buttons, first, messageId, reply.text());
            List<Choice> all = new ArrayList<>(others);
            all.addAll(numbered);
            mongo.save(new ChoiceSet(chat.key(), batch, all, clock.instant()));
        }
        return ChoiceText.write(reply.text(), reply.buttons(), numbered);
    }

    /** The most that {@link #write} adds to a reply's text. */
    public static int room(Reply reply) {
        return reply.buttons().isEmpty() ? 0 : ChoiceText.room(reply.buttons());
    }

    /** The data of the button a typed text chooses among the chat's last choices; empty when it chooses none. */
    public Optional<String> chosen(ChatRef chat, String typed) {
        ChoiceSet last = current(chat);
        return last == null ? Optional.empty() : ChoiceText.chosen(last.choices(), typed).map(Choice::data);
    }

    /** The chat's last choices go with the rest when the person deletes their data ({@code /delete}). */
    @Override
    public void erase(ChatRef chat) {
        mongo.remove(Query.query(Criteria.where("_id").is(chat.key())), ChoiceSet.class);
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
    void forgetOld() {
        mongo.remove(Query.query(Criteria.where("at").lt(clock.instant().minus(KEEP))), ChoiceSet.class);
    }

    private @Nullable ChoiceSet current(ChatRef chat) {
        ChoiceSet last = mongo.findById(chat.key(), ChoiceSet.class);
        return last == null || last.at().isBefore(clock.instant().minus(KEEP)) ? null : last;
    }

    private static String batchOf(String messageId) {
        int hash = messageId.lastIndexOf('#');
        return hash < 0 ? messageId : messageId.substring(0, hash);
    }
}
