package org.lighthouse.voice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.content.AudioFolder;
import org.lighthouse.shared.DataDirectorySettings;
import org.lighthouse.shared.Language;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The recordings: their bytes in the data directory ({@link AudioFolder}), written whole or not at all, and their index
 * ({@code card_voices}). The file is what counts: a card has voice when its file is there, so that a data directory
 * restored from a backup plays what it holds; the index adds who recorded it and the platforms' ids.
 */
@Component
class VoiceStore {

    private final MongoTemplate mongo;
    private final Path dataDir;
    private final Clock clock;

    VoiceStore(MongoTemplate mongo, DataDirectorySettings data, Clock clock) {
        this.mongo = mongo;
        this.dataDir = data.dataDir();
        this.clock = clock;
    }

    /** Keeps a recording of a card (numbered from 1), replacing any earlier one of that card and language. */
    Recording save(String lesson, int card, Language language, byte[] ogg, Duration length, String recordedBy) {
        Path file = AudioFolder.file(dataDir, lesson, card, language);
        write(file, ogg);
        Recording recording = new Recording(id(lesson, card, language), lesson, card, language.code(),
                UUID.randomUUID().toString(), recordedBy, clock.instant(), length.toSeconds(), ogg.length, Map.of());
        mongo.save(recording);
        return recording;
    }

    /** The card's recording in the language, if its file is there. */
    Optional<Found> find(String lesson, int card, Language language) {
        Path file = AudioFolder.file(dataDir, lesson, card, language);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String id = id(lesson, card, language);
        Recording indexed = mongo.findById(id, Recording.class);
        Recording recording = indexed != null ? indexed : new Recording(id, lesson, card, language.code(),
                "file-" + lastModified(file), "", clock.instant(), 0, 0, Map.of());
        return Optional.of(new Found(recording, file));
    }

    /** Keeps a platform's id of a recording, unless the card was recorded again since ({@link Recording#take()}). */
    void uploaded(String key, ChatRef.Channel channel, String platformId) {
        int at = key.lastIndexOf('@');
        if (at < 0) {
            return;
        }
        Query same = Query.query(Criteria.where("_id").is(key.substring(0, at)).and("take").is(key.substring(at + 1)));
        mongo.updateFirst(same, Update.update("uploaded." + channel.name(), platformId), Recording.class);
    }

    /** The recordings a person made. */
    List<Recording> recordedBy(String person) {
        return mongo.find(Query.query(Criteria.where("recordedBy").is(person)), Recording.class);
    }

    /** Deletes a recording: its file, then its index entry. */
    void delete(Recording recording) {
        try {
            Files.deleteIfExists(AudioFolder.file(dataDir, recording.lesson(), recording.card(),
                    Language.ofCode(recording.language()).orElseThrow()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        mongo.remove(Query.query(Criteria.where("_id").is(recording.id()).and("take").is(recording.take())),
                Recording.class);
    }

    /** A recording and its file. */
    record Found(Recording recording, Path file) {
    }

    private static String id(String lesson, int card, Language language) {
        return lesson + "/" + card + "-" + language.code();
    }

    /**
     * Writes beside the file, on the disk, then moves over it: a reader, or a start after a power cut, sees the old
     * recording or the new, never half of one.
     */
    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), ".recording", ".partial");
            try {
                try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                    ByteBuffer content = ByteBuffer.wrap(bytes);
                    while (content.hasRemaining()) {
                        channel.write(content);
                    }
                    channel.force(true);
                }
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
