package org.lighthouse.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Reply;
import org.lighthouse.content.AudioFolder;
import org.lighthouse.shared.DataDirectorySettings;
import org.lighthouse.shared.FilesSettings;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.LocaleBundles;
import org.lighthouse.testing.MemoryMongo;

/** Recordings kept in the data directory with their index, replaced whole, and found as the lessons ask. */
class VoiceStoreUnitTest {

    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

    @TempDir
    Path data;

    private final MemoryMongo mongo = new MemoryMongo();
    private VoiceStore store;
    private CardVoices voices;

    @BeforeEach
    void start() {
        store = new VoiceStore(mongo.template(), new DataDirectorySettings(data),
                Clock.fixed(NOW, ZoneOffset.UTC));
        voices = new CardVoices(store);
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    /** A recording lands at audio/<lesson>/<card>-<language>.ogg with who made it, and counts for its language. */
    @Test
    void recordingIsAFileWithItsIndex() throws Exception {
        byte[] ogg = OggFiles.opus(12);
        Recording saved = store.save("sm-1", 1, Language.VI, ogg, Duration.ofSeconds(12), "tg:42");
        assertThat(Files.readAllBytes(data.resolve("audio/sm-1/1-vi.ogg"))).isEqualTo(ogg);
        assertThat(saved.recordedBy()).isEqualTo("tg:42");
        assertThat(saved.recordedAt()).isEqualTo(NOW);
        assertThat(store.find("sm-1", 1, Language.VI).orElseThrow().recording().seconds()).isEqualTo(12);
        assertThat(store.find("sm-1", 1, Language.EN)).isEmpty();
        assertThat(AudioFolder.count(data)).containsEntry(Language.VI, 1L).containsEntry(Language.EN, 0L);
        try (var left = Files.list(data.resolve("audio/sm-1"))) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("1-vi.ogg");
        }
    }

    /**
     * Recording a card again replaces the file and forgets the platform's id of the old take, and an id learnt late
     * for the old take is not kept for the new one.
     */
    @Test
    void aNewTakeReplacesTheOldAndItsPlatformIds() throws Exception {
        Recording first = store.save("sm-1", 2, Language.EN, OggFiles.opus(5), Duration.ofSeconds(5), "tg:42");
        store.uploaded(first.key(), ChatRef.Channel.TELEGRAM, "first-id");
        Reply.Audio firstAudio = voices.of(ChatRef.telegram(7), "sm-1", 1, Language.EN, Language.EN).orElseThrow()
                .audio();
        assertThat(firstAudio.uploadedTo(ChatRef.Channel.TELEGRAM)).contains("first-id");

        byte[] again = OggFiles.opus(8);
        Recording second = store.save("sm-1", 2, Language.EN, again, Duration.ofSeconds(8), "tg:43");
        store.uploaded(first.key(), ChatRef.Channel.TELEGRAM, "late-id-of-the-old-take");
        Reply.Audio audio = voices.of(ChatRef.telegram(7), "sm-1", 1, Language.EN, Language.EN).orElseThrow().audio();
        assertThat(audio.key()).isEqualTo(second.key()).isNotEqualTo(first.key());
        assertThat(audio.uploaded()).isEqualTo(Map.of());
        assertThat(Files.readAllBytes(Path.of(audio.file()))).isEqualTo(again);
        assertThat(audio.address()).startsWith("/voice/sm-1/2-en.ogg?take=");
    }

    /**
     * A H'mong reader hears H'mong where it was recorded, Vietnamese only under a card shown in Vietnamese, and Zalo,
     * which cannot play audio, gets none.
     */
    @Test
    void languageOfTheVoiceFollowsTheReader() {
        store.save("kt-1", 1, Language.VI, OggFiles.opus(3), Duration.ofSeconds(3), "tg:42");
        assertThat(voices.of(ChatRef.telegram(7), "kt-1", 0, Language.HMN, Language.HMN)).isEmpty();
        assertThat(voices.of(ChatRef.telegram(7), "kt-1", 0, Language.HMN, Language.VI)).isPresent();
        assertThat(voices.of(ChatRef.zalo("z1"), "kt-1", 0, Language.VI, Language.VI)).isEmpty();
        store.save("kt-1", 1, Language.HMN, OggFiles.opus(4), Duration.ofSeconds(4), "tg:42");
        assertThat(voices.of(ChatRef.web("s1"), "kt-1", 0, Language.HMN, Language.VI).orElseThrow().audio().file())
                .endsWith("1-hmn.ogg");
    }

    /** /mydata counts the recordings a staff member made, and /delete deletes them, leaving others' alone. */
    @Test
    void staffMembersRecordingsAreTheirData() {
        store.save("sm-1", 1, Language.VI, OggFiles.opus(3), Duration.ofSeconds(3), "tg:42");
        store.save("sm-1", 2, Language.VI, OggFiles.opus(3), Duration.ofSeconds(3), "tg:42");
        store.save("sm-1", 3, Language.VI, OggFiles.opus(3), Duration.ofSeconds(3), "tg:43");
        VoiceData data = new VoiceData(store, new LocaleBundles(new FilesSettings(Path.of("."))));
        assertThat(data.describe("tg:42", Language.EN)).containsExactly(
                "Lesson recordings in your voice: 2 (deleting your data deletes them too)");
        assertThat(data.describe("tg:7", Language.EN)).isEmpty();
        data.erase("tg:42");
        assertThat(store.find("sm-1", 1, Language.VI)).isEmpty();
        assertThat(store.find("sm-1", 2, Language.VI)).isEmpty();
        assertThat(store.find("sm-1", 3, Language.VI)).isPresent();
        assertThat(AudioFolder.count(this.data)).containsEntry(Language.VI, 1L);
    }

    /** The length of a voice note is read from its Ogg headers; other bytes are no recording. */
    @Test
    void lengthComesFromTheOggHeaders() {
        assertThat(OggLength.of(OggFiles.opus(95.5))).contains(Duration.ofMillis(95_500));
        assertThat(OggLength.of("ID3 an mp3 file".getBytes())).isEmpty();
    }
}
