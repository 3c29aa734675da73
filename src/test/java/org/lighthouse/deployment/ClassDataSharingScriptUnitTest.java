package org.lighthouse.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/class-data-sharing, which scripts/run and the bench source: an archive that cannot be made never keeps the
 * bot from starting, it starts from its jar as before. (The archive itself is made and measured by the bench, which
 * has the built jar; the tests run before it is packaged.)
 */
class ClassDataSharingScriptUnitTest {

    @TempDir
    Path dir;

    @Test
    void aJarThatCannotBeExtractedStartsAsBefore() throws IOException, InterruptedException {
        Path jar = Files.writeString(dir.resolve("lighthouse.jar"), "not a jar");

        Process process = script("prepare_class_data_sharing \"$1\" \"$2\" -Xmx64m"
                + " && printf '%s\\n' \"${START_ARGS[@]}\"", jar.toString(), dir.resolve("cds").toString());
        String startArgs = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(exitValue(process)).isZero();
        assertThat(startArgs.lines()).containsExactly("-jar", jar.toString());
        assertThat(Files.readString(dir.resolve("stderr"))).contains("No class data sharing archive");
    }

    /** A damaged archive can crash the JVM that maps it: one is kept only once a JVM mapped it. */
    @Test
    void aDamagedArchiveIsNotKept() throws IOException, InterruptedException {
        Path jar = Files.writeString(dir.resolve("lighthouse.jar"), "not a jar");
        Files.write(dir.resolve("lighthouse.jsa"), new byte[4096]);

        assertThat(exitValue(script("declare -F archive_maps > /dev/null && ! archive_maps \"$1\" -Xmx64m",
                jar.toString()))).isZero();
    }

    private Process script(String commands, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", "source scripts/class-data-sharing && " + commands,
                "test"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(dir.resolve("stderr").toFile()).start();
    }

    private static int exitValue(Process process) throws InterruptedException {
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }
}
