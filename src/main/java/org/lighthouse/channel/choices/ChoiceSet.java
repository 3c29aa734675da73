package org.lighthouse.channel.choices;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The choices a chat was last shown as numbered text: what each number stands for. One small document per chat,
 * replaced by the next message that offers choices, or dropped by the next message of another batch that offers none.
 *
 * @param chat the chat's key
 * @param batch the outbox key of the replies that showed them (a turn's replies share one): the messages of one batch
 *     number their choices on from each other, so every choice on the screen has its own number
 * @param choices in the order numbered
 * @param at when they were shown
 */
@Document("choices")
record ChoiceSet(@Id String chat, String batch, List<Choice> choices, Instant at) {

    /**
     * One choice.
     *
     * @param number what the person types for it
     * @param message the outbox id of the message that showed it
     * @param data the data of the button it stands for
     * @param words what else may be typed for it, folded ({@link ChoiceText#fold}): its label, and the option it names
     *     when the text lists one under its label ({@code A. Hỏi ý kiến gia đình})
     */
    record Choice(int number, String message, String data, List<String> words) {
    }
}
