package org.lighthouse.impact;

import org.jspecify.annotations.Nullable;
import org.lighthouse.shared.Language;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One answer to one check-in question, kept without any link to the person who gave it.
 *
 * @param id a random UUID: an ObjectId would hold the second of the answer
 * @param question the question's id in {@code content/checkin/}
 * @param phase before or after
 * @param right whether the answer given is the one the programme teaches
 * @param pair the random key shared by one person's before and after answers; null when there is none (a follow-up
 *     answered by someone whose baseline was skipped, or answers stored after the key was dropped)
 * @param language the language the question was asked in
 * @param channel the channel's name ({@code telegram}, {@code web}, {@code zalo}, {@code messenger})
 * @param classroom the class's id when the person belonged to one, otherwise null
 * @param week the ISO week of the answer in Vietnam's time, such as {@code 2026-W49}
 */
@Document("checkin_answers")
public record CheckinAnswer(@Id @Nullable String id, String question, Phase phase, boolean right,
        @Nullable String pair, Language language, String channel, @Nullable String classroom, String week) {
}
