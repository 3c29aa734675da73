package org.lighthouse.database;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.BsonConstants;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.lighthouse.shared.ConfigurationProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database's file: a log of records (write commands, or the snapshot that starts it), each framed by its
 * length and checksum. Records are appended to a buffer first and reach the file, forced to the disk, by
 * {@link #flush}.
 *
 * <p>Not thread-safe: {@link JournaledBackend} serialises appends and lets one thread at a time flush.
 */
final class Journal implements AutoCloseable {

    static final String FILE_NAME = "lighthouse.journal";
    /** The largest record replay can read: the BSON decoder refuses larger documents. */
    static final int MAX_RECORD = BsonConstants.MAX_BSON_OBJECT_SIZE;
    /** The last field of a write's record: whether the write failed (it may have changed data all the same). */
    static final String OUTCOME = "failed";
    private static final String LOCK_NAME = "lighthouse.lock";
    private static final String DAMAGED = FILE_NAME + ".damaged-";
    private static final Logger log = LoggerFactory.getLogger(Journal.class);

    private final Path file;
    private final FileChannel lockChannel;
    private FileChannel out;
    private ByteBuf pending = Unpooled.buffer();
    private ByteBuf unwritten = Unpooled.buffer();
    /** Where the record of a write that is being applied starts in {@link #pending}, or -1. */
    private int unsettled = -1;
    /** How much of the file the last replay could read. */
    private long readable;

    private Journal(Path file, FileChannel lockChannel) throws IOException {
        this.file = file;
        this.lockChannel = lockChannel;
        this.out = openForAppend(file);
    }

    /** Opens the journal in the directory, refusing a directory another running Lighthouse holds. */
    static Journal open(Path dir) {
        Path lockFile = dir.resolve(LOCK_NAME);
        FileChannel lockChannel = null;
        try {
            lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = lockChannel.tryLock();
            if (lock == null) {
                throw new OverlappingFileLockException();
            }
            return new Journal(dir.resolve(FILE_NAME), lockChannel);
        } catch (OverlappingFileLockException e) {
            closeQuietly(lockChannel);
            throw new DataDirectoryInUse(dir, e);
        } catch (IOException e) {
            closeQuietly(lockChannel);
            throw new ConfigurationProblem("cannot open the embedded database in " + dir.toAbsolutePath() + " ("
                    + e.getMessage() + ")", e);
        }
    }

    boolean isEmpty() {
        return size() == 0;
    }

    long size() {
        try {
            return out.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Hands every whole, intact record (a BSON document's bytes) to {@code apply} in order and returns how many there
     * were; the caller then {@link #rewrite}s the file, which drops whatever could not be read. A record cut short at
     * the end (a crash while it was being written, so never acknowledged) ends the replay; so does a damaged one, and
     * then the file is first copied aside for a person to look at.
     */
    long replay(Consumer<byte[]> apply) {
        long records = 0;
        long position = 0;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            while (true) {
                byte[] record = read(in);
                apply.accept(record);
                records++;
                position += 8 + record.length;
            }
        } catch (EOFException e) {
            if (position < size()) {
                log.warn("Embedded database: the last record of {} was cut short (a crash while writing it); "
                        + "it was never acknowledged and is left out", file);
            }
        } catch (DamagedRecord e) {
            Path aside = keepAside();
            log.error("Embedded database: record {} of {} is damaged; {} records before it were read, the rest is "
                    + "left out and the whole file was copied to {}", records + 1, file, records, aside);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        readable = position;
        return records;
    }

    /** Whether the last {@link #replay} read the file to its end: nothing was cut short or damaged. */
    boolean replayedWhole() {
        return readable == size();
    }

    /** Cuts off what {@link #replay} could not read, so that new records follow the last one it read. */
    void dropUnreadableTail() {
        try {
            if (out.size() > readable) {
                out.truncate(readable);
                out.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot cut the unreadable end off " + file, e);
        }
    }

    /**
     * Appends a record to the buffer; it reaches the file at the next {@link #flush}. A record that cannot be encoded,
     * or that is larger than replay can read ({@link TooLarge}), is not appended at all.
     */
    void append(Record record) {
        frame(encode(record));
    }

    /**
     * Appends the record of a write (a {@link Snapshot#record}) before the write is applied, so that a write that
     * cannot be journalled is refused before it changes anything; it throws as {@link #append} does. The outcome is
     * added as the record's last field, {@code failed: false}; {@link #settle} sets it once the write was applied, and
     * nothing may be appended in between.
     */
    void appendUnsettled(Document write) {
        unsettled = encode(Record.of(write.append(OUTCOME, false)));
    }

    /** Sets the outcome of the write {@link #appendUnsettled} recorded, and completes its record. */
    void settle(boolean failed) {
        // a BSON document ends with a 0 byte; before it stands the value of its last field, the boolean outcome
        pending.setBoolean(pending.writerIndex() - 2, failed);
        frame(unsettled);
        unsettled = -1;
    }

    /** Writes the record after room for its frame, and returns where the frame starts. */
    private int encode(Record record) {
        if (unsettled >= 0) {
            throw new IllegalStateException("a write's record was appended and not settled");
        }
        int start = pending.writerIndex();
        try {
            pending.writeLong(0);
            record.writeTo(pending);
            int length = pending.writerIndex() - start - 8;
            if (length > MAX_RECORD) {
                throw new TooLarge(length);
            }
            return start;
        } catch (RuntimeException e) {
            pending.writerIndex(start);
            throw e;
        }
    }

    /** Fills in the frame of the record that starts at {@code start}: its length and checksum. */
    private void frame(int start) {
        int length = pending.writerIndex() - start - 8;
        CRC32 crc = new CRC32();
        crc.update(pending.nioBuffer(start + 8, length));
        pending.setInt(start, length);
        pending.setInt(start + 4, (int) crc.getValue());
    }

    /** Takes what was appended so far, to be written by the next {@link #flush}; call under the appenders' lock. */
    void seal() {
        unwritten.writeBytes(pending);
        pending.clear();
    }

    /**
     * Writes what was sealed and forces it to the disk. A failure here is final: after a failed force the kernel may
     * report the next one as done without the earlier pages on disk, so the journal cannot be trusted further.
     */
    void flush() {
        try {
            write(out, unwritten);
            out.force(false);
        } catch (IOException e) {
            throw flushFailure(e);
        } catch (UncheckedIOException e) {
            throw flushFailure(e.getCause());
        }
    }

    private UncheckedIOException flushFailure(IOException cause) {
        return new UncheckedIOException("cannot write the embedded database's journal " + file, cause);
    }

    /**
     * Replaces the whole file with the given records (a snapshot of the data), atomically: a crash leaves either the
     * old file or the new one. Drops what was appended and not yet written, which the snapshot contains.
     */
    void rewrite(Consumer<Consumer<Record>> snapshot) {
        Path fresh = file.resolveSibling(FILE_NAME + ".new");
        ByteBuf kept = pending;
        pending = Unpooled.buffer();
        try {
            writeSnapshot(fresh, snapshot);
            Files.move(fresh, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            // the old file is whole and stays; what was appended meanwhile still goes to it
            pending = kept;
            deleteQuietly(fresh);
            throw e instanceof IOException io ? new UncheckedIOException("cannot rewrite " + file + ": " + io, io)
                    : (RuntimeException) e;
        }
        forceDirectory();
        try {
            out.close();
            out = openForAppend(file);
            unwritten.clear();
        } catch (IOException e) {
            throw new Broken("cannot open the rewritten " + file + ": " + e, e);
        }
    }

    private void writeSnapshot(Path fresh, Consumer<Consumer<Record>> snapshot) throws IOException {
        try (FileChannel channel = FileChannel.open(fresh, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            snapshot.accept(record -> {
                append(record);
                if (pending.readableBytes() > 1 << 20) {
                    write(channel, pending);
                }
            });
            write(channel, pending);
            channel.force(true);
        }
    }

    /** A record as it is written: a BSON document. */
    @FunctionalInterface
    interface Record {

        void writeTo(ByteBuf bson);

        static Record of(Document document) {
            return bson -> BsonEncoder.encodeDocument(document, bson);
        }
    }

    @Override
    public void close() {
        closeQuietly(out);
        closeQuietly(lockChannel);
    }

    private static byte[] read(DataInputStream in) throws IOException {
        int length = in.readInt();
        int checksum = in.readInt();
        if (length < 5) {
            throw new DamagedRecord();
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException();
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        if ((int) crc.getValue() != checksum) {
            throw new DamagedRecord();
        }
        return bytes;
    }

    private static void write(FileChannel channel, ByteBuf buffer) {
        try {
            while (buffer.isReadable()) {
                buffer.readerIndex(buffer.readerIndex() + channel.write(buffer.nioBuffer()));
            }
            buffer.clear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the rename itself durable: after a power cut the directory could still name the old file. */
    private void forceDirectory() {
        try (FileChannel dir = FileChannel.open(file.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            log.debug("This file system cannot force a directory ({}); the rename is as durable as it makes it",
                    e.toString());
        }
    }

    private Path keepAside() {
        Path aside = file.resolveSibling(DAMAGED + Instant.now().toEpochMilli());
        try (InputStream in = Files.newInputStream(file)) {
            Files.copy(in, aside);
            return aside;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a copy of the damaged " + file, e);
        }
    }

    /**
     * Deletes the copies of damaged journals that replays kept aside: they hold data that may have been erased since.
     * Returns what it deleted.
     */
    List<Path> deleteDamagedCopies() {
        try (Stream<Path> files = Files.list(file.toAbsolutePath().getParent())) {
            List<Path> copies = files.filter(f -> f.getFileName().toString().startsWith(DAMAGED)).toList();
            for (Path copy : copies) {
                Files.delete(copy);
            }
            return copies;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the copies of a damaged " + file, e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.debug("Cannot delete {}", path, e);
        }
    }

    private static FileChannel openForAppend(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                log.debug("Closing {} failed", channel, e);
            }
        }
    }

    /** The journal can no longer be written to; only a restart (which replays it) helps. */
    static final class Broken extends IllegalStateException {
        Broken(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A record larger than replay can read; it was not appended. */
    static final class TooLarge extends IllegalArgumentException {
        TooLarge(int length) {
            super("a record of " + length + " bytes is more than replay can read (" + MAX_RECORD + ")");
        }
    }

    /** A record whose length or checksum is wrong. */
    private static final class DamagedRecord extends IOException {
        DamagedRecord() {
            super("damaged record");
        }
    }
}
