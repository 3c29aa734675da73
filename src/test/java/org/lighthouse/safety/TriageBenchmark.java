package org.lighthouse.safety;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.lighthouse.safety.triage.LabelledMessage;

/**
 * How long triage takes: building it (reading the data files, training the model) and assessing each message of the
 * training corpora, repeated. A main class to run by hand, not a test, so a slow machine fails no build:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.lighthouse.safety.TriageBenchmark}
 * or from the IDE.
 */
public final class TriageBenchmark {

    private static final int WARM_UP_ROUNDS = 20;
    private static final int MEASURED_ROUNDS = 50;
    private static final int CONVERSATION = 8;

    private TriageBenchmark() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        Triage triage = new Triage();
        long built = System.nanoTime() - start;
        List<String> texts = LabelledMessage.readAll(LabelledMessage.TRAINING_CORPORA).stream()
                .map(LabelledMessage::text).toList();

        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            texts.forEach(text -> triage.assess(text, null));
        }
        long[] nanos = new long[texts.size() * MEASURED_ROUNDS];
        int i = 0;
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            for (String text : texts) {
                long before = System.nanoTime();
                triage.assess(text, null);
                nanos[i++] = System.nanoTime() - before;
            }
        }
        report("built in " + built / 1_000_000 + " ms; single messages", nanos, texts.size());
        report("conversations of the last " + CONVERSATION + " messages", conversations(triage, texts), texts.size());
    }

    /** Each message read with the seven before it, as the bot reads a person's message with their recent ones. */
    private static long[] conversations(Triage triage, List<String> texts) {
        List<List<Written>> windows = new ArrayList<>();
        for (int end = 1; end <= texts.size(); end++) {
            List<Written> window = new ArrayList<>();
            for (int i = Math.max(0, end - CONVERSATION); i < end; i++) {
                window.add(new Written(texts.get(i), Instant.EPOCH.plusSeconds(60L * i)));
            }
            windows.add(window);
        }
        for (int round = 0; round < WARM_UP_ROUNDS / 4; round++) {
            windows.forEach(window -> triage.assess(window, null));
        }
        long[] nanos = new long[windows.size() * MEASURED_ROUNDS / 5];
        int i = 0;
        for (int round = 0; round < MEASURED_ROUNDS / 5; round++) {
            for (List<Written> window : windows) {
                long before = System.nanoTime();
                triage.assess(window, null);
                nanos[i++] = System.nanoTime() - before;
            }
        }
        return nanos;
    }

    private static void report(String what, long[] nanos, int messages) {
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%s: %d assessments (%d messages, repeated): mean %.1f µs, median %.1f µs,"
                + " p99 %.1f µs, max %.1f µs%n", what, nanos.length, messages,
                Arrays.stream(nanos).average().orElse(0) / 1000, nanos[nanos.length / 2] / 1000.0,
                nanos[(int) (nanos.length * 0.99)] / 1000.0, nanos[nanos.length - 1] / 1000.0);
    }
}
