package org.lighthouse.voice;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.lighthouse.content.AudioFolder;
import org.lighthouse.shared.DataDirectorySettings;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the recordings at {@code /voice/<lesson>/<card>-<language>.ogg}, for the web chat's audio player. They are
 * lesson content, the same for everyone, so they are public; the take in the query makes a new recording a new
 * address for the browser's cache.
 */
@RestController
class VoiceFiles {

    private static final Pattern LESSON = Pattern.compile("[a-z0-9-]{1,16}");
    private static final Pattern NAME = Pattern.compile("\\d{1,2}-[a-z]{2,3}\\.ogg");

    private final Path audio;

    VoiceFiles(DataDirectorySettings data) {
        this.audio = AudioFolder.under(data.dataDir());
    }

    static String address(VoiceStore.Found found) {
        return "/voice/" + found.recording().id() + ".ogg?take=" + found.recording().take();
    }

    @GetMapping("/voice/{lesson}/{name}")
    ResponseEntity<Resource> recording(@PathVariable String lesson, @PathVariable String name) {
        if (!LESSON.matcher(lesson).matches() || !NAME.matcher(name).matches()) {
            return ResponseEntity.notFound().build();
        }
        Path file = audio.resolve(lesson).resolve(name);
        if (!Files.isRegularFile(file)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("audio/ogg"))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1))).body(new FileSystemResource(file));
    }
}
