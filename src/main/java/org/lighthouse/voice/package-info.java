/**
 * Voice: lesson cards read aloud. Content staff record a card in a language from Telegram ({@code /record}); the
 * recordings live in the data directory ({@link org.lighthouse.content.AudioFolder}) with an index of who recorded
 * them and the platforms' file ids, and {@link org.lighthouse.voice.CardVoices} gives a card's recording to play to a
 * person who asked for "read to me".
 */
@org.jspecify.annotations.NullMarked
package org.lighthouse.voice;
