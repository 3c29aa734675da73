package org.lighthouse.offer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How long the offer check takes: every offer of the development set checked with its kind guessed, as a user who
 * does not say the kind gets it, round after round. A main class to run by hand, not a test, so a slow machine fails
 * no build: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.lighthouse.offer.OfferCheckBenchmark} (an argument gives the measured rounds, 100 by default:
 * 26,700 checks).
 */
public final class OfferCheckBenchmark {

    private static final int WARM_UP_ROUNDS = 20;
    private static final int MEASURED_ROUNDS = 100;

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
    }
}
