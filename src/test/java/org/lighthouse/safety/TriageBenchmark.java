package org.lighthouse.safety;

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
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "built in %d ms; %d assessments (%d messages x %d rounds): mean %.1f µs, "
                + "median %.1f µs, p99 %.1f µs, max %.1f µs%n", built / 1_000_000, nanos.length, texts.size(),
                MEASURED_ROUNDS, Arrays.stream(nanos).average().orElse(0) / 1000, nanos[nanos.length / 2] / 1000.0,
                nanos[(int) (nanos.length * 0.99)] / 1000.0, nanos[nanos.length - 1] / 1000.0);
    }
}
