package org.lighthouse.database;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The H2 file that earlier versions kept the embedded database in: its data is moved into the journal once. */
final class LegacyH2File {

    static final String FILE_NAME = "lighthouse.mv.db";
    /** The old file once its data was moved: kept for a person to look at, until data is erased. */
    static final String MIGRATED = FILE_NAME + ".migrated";
    private static final Logger log = LoggerFactory.getLogger(LegacyH2File.class);

    private LegacyH2File() {
    }

    /** Copies the old file's data into an empty journal and renames the old file, so it is never read again. */
    static void migrate(Path dir, Journal journal) {
        Path old = dir.resolve(FILE_NAME);
        if (!Files.exists(old)) {
            return;
        }
        if (!journal.isEmpty()) {
            log.warn("Embedded database: both {} and a journal exist; using the journal and leaving the old file alone",
                    old);
            return;
        }
        MVStore store = new MVStore.Builder().fileName(old.toString()).open();
        try {
            journal.rewrite(Snapshot.of(new H2Backend(store)));
        } finally {
            store.close();
        }
        Path renamed = old.resolveSibling(MIGRATED);
        try {
            Files.move(old, renamed);
        } catch (IOException e) {
            throw new UncheckedIOException("copied the data of " + old + " but cannot rename it", e);
        }
        log.info("Embedded database: moved the data of {} into the journal; the old file is now {}", old, renamed);
    }

    /** Deletes the old file whose data was moved, as it holds data that may have been erased since; returns it. */
    static Optional<Path> deleteMigrated(Path dir) {
        Path migrated = dir.resolve(MIGRATED);
        try {
            return Files.deleteIfExists(migrated) ? Optional.of(migrated) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + migrated, e);
        }
    }
}
