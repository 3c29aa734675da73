package org.lighthouse.voice;

import java.util.Optional;
import org.lighthouse.channel.AudioUploaded;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Reply;
import org.lighthouse.shared.Language;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The recorded voice of lesson cards, for the lessons to play before a card's text. */
@Component
public class CardVoices {

    private final VoiceStore store;

    CardVoices(VoiceStore store) {
        this.store = store;
    }

    /**
     * The recording of a card, to send to a chat before the card, if there is one and the chat's channel plays audio:
     * in the reader's language, or else in the language the card is shown in. A H'mong reader hears a H'mong recording
     * wherever one was made (spoken H'mong helps those who read poorly, even under a Vietnamese text), and the
     * Vietnamese one only where the card is shown in Vietnamese for want of a H'mong text, since then that is what they
     * read; never Vietnamese audio under a H'mong text.
     *
     * @param cardIndex the card's index in its lesson, from 0
     */
    public Optional<Reply> of(ChatRef chat, String lesson, int cardIndex, Language reader, Language shown) {
        if (!chat.channel().playsAudio()) {
            return Optional.empty();
        }
        return store.find(lesson, cardIndex + 1, reader).or(() -> shown == reader ? Optional.empty()
                : store.find(lesson, cardIndex + 1, shown)).map(found -> Reply.audio(new Reply.Audio(
                        found.recording().key(), found.file().toAbsolutePath().toString(), VoiceFiles.address(found),
                        found.recording().uploaded())));
    }

    /** Keeps the id a platform gave a recording, to send it by that id next time. */
    @EventListener
    void uploaded(AudioUploaded upload) {
        store.uploaded(upload.key(), upload.channel(), upload.platformId());
    }
}
