package org.lighthouse.offer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How long the offer check takes: every offer of the development set checked with its kind guessed, as a user who
 * does not say the kind gets it, round after round. A main class to run by hand, not a test, so a slow machine fails
 * no build: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.lighthouse.offer.OfferCheckBenchmark} (an argument gives the measured rounds, 100 by default:
 * 26,700 checks). It then checks one text of 10,000 characters (the development set's offers one after another), the
 * longest a message brings, as many times.
 */
public final class OfferCheckBenchmark {

    private static final int WARM_UP_ROUNDS = 20;
    private static final int MEASURED_ROUNDS = 100;
    private static final int LONG_TEXT = 10_000;

    private OfferCheckBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : MEASURED_ROUNDS;
        OfferCheck check = new OfferCheck();
        List<String> texts = LabelledOffer.read("offers/offers-dev.jsonl").stream().map(LabelledOffer::text).toList();
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            texts.forEach(text -> check.check(text, null));
        }
        long[] roundNanos = new long[rounds];
        for (int round = 0; round < rounds; round++) {
            long before = System.nanoTime();
            texts.forEach(text -> check.check(text, null));
            roundNanos[round] = System.nanoTime() - before;
        }
        Arrays.sort(roundNanos);
        double perOffer = 1_000.0 * texts.size();
        System.out.printf(Locale.ROOT, "%d rounds of %d offers: per offer mean %.1f µs, median round %.1f µs, "
                + "fastest round %.1f µs%n", rounds, texts.size(), Arrays.stream(roundNanos).average().orElse(0)
                / perOffer, roundNanos[rounds / 2] / perOffer, roundNanos[0] / perOffer);
        String longText = String.join(" ", texts).substring(0, LONG_TEXT);
        long[] longNanos = new long[rounds];
        for (int round = 0; round < rounds; round++) {
            long before = System.nanoTime();
            check.check(longText, null);
            longNanos[round] = System.nanoTime() - before;
        }
        Arrays.sort(longNanos);
        System.out.printf(Locale.ROOT, "a text of %,d characters: median %.1f ms, slowest %.1f ms%n", LONG_TEXT,
                longNanos[rounds / 2] / 1e6, longNanos[rounds - 1] / 1e6);
    }
}
