package org.lighthouse.offer.photo;

import com.sun.jna.Pointer;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import net.sourceforge.tess4j.ITessAPI.ETEXT_DESC;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.TessAPI;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The system's Tesseract (Debian's libtesseract5, through Tess4J's JNA binding {@link TessAPI}: its direct binding
 * {@code TessAPI1} binds every function at once, and Tesseract 5.3 lacks some that Tess4J 5.13 knows). Whether it can
 * read is found out at start: the library loads, and each language's data is there; what is missing is logged in one
 * line, and every reading then answers {@link PhotoReading.Unavailable}. The language data is loaded at the first
 * photo (a fifth of a second, some 40 MB), not by every start.
 *
 * <p>One Tesseract handle, for one reading at a time: a handle is not thread-safe, and two cores read one picture
 * about as fast as they read two. A reading waits for the one before it, within its own deadline, which also stops
 * Tesseract itself (its monitor's deadline) when a picture takes too long.
 */
@Component
class TesseractReader implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TesseractReader.class);
    /** Tesseract's line recogniser needs no true resolution; one given keeps it from warning about every picture. */
    private static final int RESOLUTION = 300;

    private final PhotoSettings settings;
    private final @Nullable TessAPI api;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile @Nullable Missing missing;
    private @Nullable TessBaseAPI handle;

    /**
     * What keeps pictures from being read.
     *
     * @param what what is missing, without a path (health shows it to anyone)
     * @param remedy how to mend it, for the log
     */
    record Missing(String what, String remedy) {
    }

    TesseractReader(PhotoSettings settings) {
        this.settings = settings;
        this.api = load();
        if (missing == null) {
            missing = missingLanguage().orElse(null);
        }
        if (missing != null) {
            log.warn("Photos of offers cannot be read (people are asked to type them instead): {} is missing: {}",
                    missing.what(), missing.remedy());
        }
    }

    /** What keeps pictures from being read here, if anything does. */
    Optional<Missing> missing() {
        return Optional.ofNullable(missing);
    }

    /** Tesseract's version, when it loaded. */
    Optional<String> version() {
        return api == null ? Optional.empty() : Optional.ofNullable(api.TessVersion());
    }

    /**
     * The words in a grey picture ({@link BufferedImage#TYPE_BYTE_GRAY}), as Tesseract reads them, line by line; or
     * {@link PhotoReading.Unreadable} when Tesseract has little faith in them ({@link Legibility}).
     *
     * @param deadline {@link System#nanoTime()} by which to have read it, waiting for another reading included
     */
    PhotoReading read(BufferedImage gray, long deadline) {
        if (missing != null) {
            return new PhotoReading.Unavailable();
        }
        try {
            if (!lock.tryLock(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                return new PhotoReading.TooSlow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PhotoReading.TooSlow();
        }
        try {
            return ready() ? recognise(gray, deadline) : new PhotoReading.Unavailable();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (handle != null) {
                api.TessBaseAPIEnd(handle);
                api.TessBaseAPIDelete(handle);
                handle = null;
            }
        } finally {
            lock.unlock();
        }
    }

    private @Nullable TessAPI load() {
        try {
            TessAPI loaded = TessAPI.INSTANCE;
            loaded.TessVersion();
            return loaded;
        } catch (LinkageError e) {
            missing = new Missing("the Tesseract library (libtesseract.so.5)", "install Debian's tesseract-ocr"
                    + " (scripts/run does); JNA said " + e.getClass().getSimpleName());
            return null;
        }
    }

    private Optional<Missing> missingLanguage() {
        return Arrays.stream(settings.languages().split("\\+"))
                .filter(language -> !Files.isReadable(settings.tessdata().resolve(language + ".traineddata")))
                .findFirst().map(language -> new Missing("Tesseract's data for '" + language + "'", "no "
                        + language + ".traineddata in " + settings.tessdata() + ": install Debian's tesseract-ocr-"
                        + language + ", or set lighthouse.offer.photo.tessdata to where it is"));
    }

    /** Loads the language data at the first picture (the lock is held). */
    private boolean ready() {
        if (handle != null) {
            return true;
        }
        TessBaseAPI created = api.TessBaseAPICreate();
        // Tesseract writes its notes to standard error otherwise, for every picture
        api.TessBaseAPISetVariable(created, "debug_file", "/dev/null");
        if (api.TessBaseAPIInit3(created, settings.tessdata().toString(), settings.languages()) != 0) {
            api.TessBaseAPIDelete(created);
            missing = new Missing("Tesseract's data for " + settings.languages() + ", readable",
                    "Tesseract could not load it from " + settings.tessdata());
            log.warn("Photos of offers cannot be read from now on (people are asked to type them instead): {}",
                    missing.remedy());
            return false;
        }
        handle = created;
        return true;
    }

    private PhotoReading recognise(BufferedImage gray, long deadline) {
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        ByteBuffer image = ByteBuffer.allocateDirect(pixels.length).put(pixels).flip();
        api.TessBaseAPISetImage(handle, image, gray.getWidth(), gray.getHeight(), 1, gray.getWidth());
        api.TessBaseAPISetSourceResolution(handle, RESOLUTION);
        ETEXT_DESC monitor = api.TessMonitorCreate();
        // Tess4J's copy of this structure predates Tesseract 5's: JNA must never write its fields over the real one
        monitor.setAutoSynch(false);
        try {
            api.TessMonitorSetDeadlineMSecs(monitor, (int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            if (api.TessBaseAPIRecognize(handle, monitor) != 0) {
                return System.nanoTime() >= deadline ? new PhotoReading.TooSlow() : new PhotoReading.Unreadable();
            }
            if (!Legibility.confident(api.TessBaseAPIMeanTextConf(handle))) {
                return new PhotoReading.Unreadable();
            }
            Pointer text = api.TessBaseAPIGetUTF8Text(handle);
            if (text == null) {
                return new PhotoReading.Read("");
            }
            try {
                return new PhotoReading.Read(text.getString(0, StandardCharsets.UTF_8.name()));
            } finally {
                api.TessDeleteText(text);
            }
        } finally {
            api.TessMonitorDelete(monitor);
            api.TessBaseAPIClear(handle);
        }
    }
}
