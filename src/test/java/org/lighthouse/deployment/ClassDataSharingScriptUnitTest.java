package org.lighthouse.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        String script = "source scripts/class-data-sharing && prepare_class_data_sharing \"$1\" \"$2\" -Xmx64m"
                + " && printf '%s\\n' \"${START_ARGS[@]}\"";
        Process process = new ProcessBuilder("bash", "-c", script, "test", jar.toString(),
                dir.resolve("cds").toString()).redirectError(dir.resolve("stderr").toFile()).start();
        String startArgs = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isZero();
        assertThat(startArgs.lines()).containsExactly("-jar", jar.toString());
        assertThat(Files.readString(dir.resolve("stderr"))).contains("No class data sharing archive");
    }
}
