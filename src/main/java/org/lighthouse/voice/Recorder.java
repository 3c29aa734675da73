package org.lighthouse.voice;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lighthouse.channel.Button;
import org.lighthouse.channel.Inbound;
import org.lighthouse.channel.PhotoFetch;
import org.lighthouse.channel.PhotoFetcher;
import org.lighthouse.channel.Reply;
import org.lighthouse.content.Catalog;
import org.lighthouse.content.Lesson;
import org.lighthouse.conversation.Turn;
import org.lighthouse.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes the voice message sent where {@link RecordFlow} waits for one: fetched from the platform once (as a photo of
 * an offer is), checked (an Ogg recording, within the size and length allowed), and kept as the card's recording in
 * the language chosen. Anything wrong is said plainly, and the flow keeps waiting.
 */
@Component
class Recorder {

    static final String LESSON = "lesson";
    static final String CARD = "card";
    static final String LANGUAGE = "language";

    private static final Logger log = LoggerFactory.getLogger(Recorder.class);

    private final List<PhotoFetcher> fetchers;
    private final VoiceStore store;
    private final Catalog catalog;
    private final VoiceSettings settings;

    Recorder(List<PhotoFetcher> fetchers, VoiceStore store, Catalog catalog, VoiceSettings settings) {
        this.fetchers = fetchers;
        this.store = store;
        this.catalog = catalog;
        this.settings = settings;
    }

    long maxSeconds() {
        return settings.maxLength().toSeconds();
    }

    void take(Turn turn, List<Button> cancel) {
        Optional<Lesson> lesson = turn.slot(LESSON).flatMap(catalog::lesson);
        Optional<Language> language = turn.slot(LANGUAGE).flatMap(Language::ofCode);
        int card = turn.slot(CARD).map(Integer::parseInt).orElse(-1);
        Inbound.Attachment kind = turn.inbound().attachment();
        if (lesson.isEmpty() || language.isEmpty() || card < 0 || card >= lesson.get().cards().size()) {
            turn.goTo("menu");
            turn.say("button.stale");
            turn.showMenu();
            return;
        }
        if (kind != Inbound.Attachment.VOICE && kind != Inbound.Attachment.AUDIO) {
            ask(turn, "record.notVoice", Map.of(), cancel);
            return;
        }
        fetched(turn, cancel).ifPresent(ogg -> keep(turn, lesson.get(), card, language.get(), ogg, cancel));
    }

    private Optional<byte[]> fetched(Turn turn, List<Button> cancel) {
        long maxBytes = settings.maxSize().toBytes();
        PhotoFetch fetch = fetchers.stream().filter(f -> f.covers(turn.chat())).findFirst()
                .map(f -> f.fetch(turn.inbound(), maxBytes, settings.fetchTimeout()))
                .orElse(new PhotoFetch.Failed("no files on this channel"));
        if (fetch instanceof PhotoFetch.Fetched file) {
            return Optional.of(file.bytes());
        }
        if (fetch instanceof PhotoFetch.TooLarge) {
            ask(turn, "record.tooLarge", Map.of("megabytes", settings.maxSize().toMegabytes()), cancel);
        } else {
            log.info("A recording could not be fetched: {}", fetch);
            ask(turn, "record.failed", Map.of(), cancel);
        }
        return Optional.empty();
    }

    private void keep(Turn turn, Lesson lesson, int card, Language language, byte[] ogg, List<Button> cancel) {
        Optional<Duration> length = OggLength.of(ogg);
        if (length.isEmpty()) {
            ask(turn, "record.notVoice", Map.of(), cancel);
            return;
        }
        if (length.get().compareTo(settings.maxLength()) > 0) {
            ask(turn, "record.tooLong", Map.of("seconds", length.get().toSeconds(), "max", maxSeconds()), cancel);
            return;
        }
        store.save(lesson.id(), card + 1, language, ogg, length.get(), turn.chat().key());
        log.info("Recorded {} card {} in {} ({} s, {} bytes)", lesson.id(), card + 1, language.code(),
                length.get().toSeconds(), ogg.length);
        turn.goTo("menu");
        turn.say("record.saved", Map.of("lesson", lesson.title().show(turn.language()).text(), "n", card + 1,
                "language", language.nativeName(), "seconds", Math.max(1, length.get().toSeconds())));
        turn.showMenu();
    }

    private static void ask(Turn turn, String key, Map<String, ?> values, List<Button> cancel) {
        turn.reply(Reply.withButtons(turn.text(key, values), List.of(cancel)));
    }
}
