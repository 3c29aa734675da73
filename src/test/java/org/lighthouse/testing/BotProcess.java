package org.lighthouse.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.lighthouse.LighthouseApplication;

/**
 * Lighthouse in a separate JVM, as {@code java -jar} would run it, so that a test can kill it without warning
 * ({@code kill -9}) or read what it prints when it refuses to start.
 */
public final class BotProcess implements AutoCloseable {

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();

    private BotProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                in.lines().forEach(output::add);
            } catch (IOException e) {
                output.add("(output lost: " + e + ")");
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts Lighthouse with the given environment variables and arguments. */
    public static BotProcess start(Map<String, String> environment, String... args) {
        // C1 alone and the serial collector: a start costs about 9 s of CPU, not 21, on a machine the tests share
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), LighthouseApplication.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            return new BotProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until the service says it started; one that did not start in time is stopped, not left running. It starts
     * in about 10 s here; a machine busy with other builds was seen to need more than 60.
     */
    public BotProcess awaitStarted() {
        return awaitStarted(Duration.ofSeconds(120));
    }

    /** As {@link #awaitStarted()}, for a start that shares the machine with others (several bots at once). */
    public BotProcess awaitStarted(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (output.stream().noneMatch(line -> line.contains("Started LighthouseApplication"))) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("Lighthouse did not start:\n" + String.join("\n", output));
            }
            sleep(100);
        }
        return this;
    }

    /** Waits until the process printed a line that contains {@code words}; returns that line. */
    public String awaitLine(String words) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (output.stream().noneMatch(line -> line.contains(words))) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("No line with '" + words + "':\n" + String.join("\n", output));
            }
            sleep(50);
        }
        return output.stream().filter(line -> line.contains(words)).findFirst().orElseThrow();
    }

    /** Stops the process as a service manager does (SIGTERM), waits for it to end, and returns its exit status. */
    public int stop() throws InterruptedException {
        process.destroy();
        return awaitExit();
    }

    /** Waits for the process to end by itself and returns its exit status. */
    public int awaitExit() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Lighthouse did not stop:\n" + String.join("\n", output));
        }
        sleep(200);
        return process.exitValue();
    }

    /** Kills the process at once, as a crash or {@code kill -9} would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public List<String> output() {
        return List.copyOf(output);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
