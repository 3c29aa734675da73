package org.lighthouse.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interface texts in locales/: complete in every language, with a Vietnamese fallback and clear errors. */
class LocaleBundlesUnitTest {

    /** Texts for staff (responders, reviewers and voice recorders in Telegram, the console), in vi and en only. */
    private static final List<String> STAFF = List.of("responder.", "console.", "review.", "record.");
    private static final LocaleBundles PROJECT = new LocaleBundles(new FilesSettings(Path.of(".")));

    /**
     * Every text in Vietnamese exists in English and H'mong too, and no language has texts Vietnamese lacks; texts for
     * staff ({@code responder.*}, {@code console.*}) are in Vietnamese and English only.
     */
    @Test
    void everyLanguageHasEveryKey() {
        Set<String> keys = PROJECT.bundle(Language.VI).messages().keySet();
        for (Language language : Language.values()) {
            Set<String> expected = language == Language.HMN ? keys.stream().filter(k -> !isStaff(k))
                    .collect(java.util.stream.Collectors.toSet()) : keys;
            assertThat(PROJECT.bundle(language).messages().keySet()).as("keys of locales/%s", language.code())
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    /** No text is empty, and every {placeholder} of a Vietnamese text is in its translations. */
    @Test
    void translationsKeepPlaceholders() {
        PROJECT.bundle(Language.VI).messages().forEach((key, text) -> {
            for (Language language : Language.values()) {
                if (language == Language.HMN && isStaff(key)) {
                    continue;
                }
                String translated = PROJECT.bundle(language).messages().get(key);
                assertThat(translated).as("%s in %s", key, language).isNotBlank();
                for (String placeholder : text.split("(?=\\{)")) {
                    if (placeholder.startsWith("{")) {
                        assertThat(translated).as("%s in %s", key, language)
                                .contains(placeholder.substring(0, placeholder.indexOf('}') + 1));
                    }
                }
            }
        });
    }

    /** A text missing in H'mong is shown in Vietnamese; placeholders are filled. */
    @Test
    void missingTextFallsBackToVietnamese(@TempDir Path root) throws IOException {
        write(root, "vi", "meta: {status: draft}\nmessages:\n  greet: \"Chào {name}\"\n  bye: \"Tạm biệt\"\n");
        write(root, "en", "messages:\n  greet: \"Hi {name}\"\n  bye: \"Bye\"\n");
        write(root, "hmn", "messages:\n  greet: \"Nyob zoo {name}\"\n");
        LocaleBundles texts = new LocaleBundles(new FilesSettings(root));
        assertThat(texts.get(Language.HMN, "bye")).isEqualTo("Tạm biệt");
        assertThat(texts.has(Language.HMN, "bye")).isFalse();
        assertThat(texts.get(Language.HMN, "greet", Map.of("name", "Mai"))).isEqualTo("Nyob zoo Mai");
    }

    /** A broken file stops start-up with a message naming the file and the field. */
    @Test
    void brokenFilesAreNamed(@TempDir Path root) throws IOException {
        write(root, "vi", "messages:\n  greet: [1, 2]\n");
        write(root, "en", "messages: {}\n");
        write(root, "hmn", "messages: {}\n");
        assertThatThrownBy(() -> new LocaleBundles(new FilesSettings(root))).isInstanceOf(ConfigurationProblem.class)
                .hasMessage("locales/vi/common.yml: the field 'messages.greet' must be a text");
        write(root, "vi", "messages: {greet: ok\n");
        assertThatThrownBy(() -> new LocaleBundles(new FilesSettings(root))).isInstanceOf(ConfigurationProblem.class)
                .hasMessageStartingWith("locales/vi/common.yml is not valid YAML");
    }

    private static boolean isStaff(String key) {
        return STAFF.stream().anyMatch(key::startsWith);
    }

    private static void write(Path root, String language, String yaml) throws IOException {
        Files.createDirectories(root.resolve("locales").resolve(language));
        Files.writeString(root.resolve("locales").resolve(language).resolve("common.yml"), yaml);
    }
}
