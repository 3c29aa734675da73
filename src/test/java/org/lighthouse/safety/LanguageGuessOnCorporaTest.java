package org.lighthouse.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.lighthouse.safety.triage.LabelledMessage;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.LanguageGuess;

/**
 * {@link LanguageGuess} on every message of the triage corpora, each tagged with its language by its author: how often
 * the text alone tells the right language, how often it tells a wrong one, and how often it leaves the choice to the
 * person, per tag (vi, vi-plain, vi-teen, en, hmn).
 */
class LanguageGuessOnCorporaTest {

    @Test
    void theCorporaAreMostlyToldRightAndRarelyWrong() {
        Map<String, int[]> byTag = new TreeMap<>();
        StringBuilder wrong = new StringBuilder();
        for (LabelledMessage message : LabelledMessage.readAll(LabelledMessage.TRAINING_CORPORA)) {
            Optional<Language> guess = LanguageGuess.of(message.text(), null);
            int[] counts = byTag.computeIfAbsent(message.lang(), tag -> new int[3]);
            if (guess.isEmpty()) {
                counts[2]++;
            } else if (guess.get() == message.language()) {
                counts[0]++;
            } else {
                counts[1]++;
                wrong.append("  ").append(message.lang()).append(" -> ").append(guess.get().code()).append(" | ")
                        .append(message.text()).append('\n');
            }
        }
        int[] all = new int[3];
        StringBuilder report = new StringBuilder(
                "language of the corpora's messages, no hint: right / wrong / unsure\n");
        byTag.forEach((tag, counts) -> {
            report.append(String.format(Locale.ROOT, "  %-9s %4d / %3d / %3d%n", tag, counts[0], counts[1], counts[2]));
            for (int i = 0; i < 3; i++) {
                all[i] += counts[i];
            }
        });
        int total = all[0] + all[1] + all[2];
        report.append(String.format(Locale.ROOT, "  all       %4d / %3d / %3d  (right %.3f, wrong %.3f)%n", all[0],
                all[1], all[2], (double) all[0] / total, (double) all[1] / total));
        System.out.println(report + "wrong:\n" + wrong);

        assertThat((double) all[0] / total).isGreaterThan(0.9);
        assertThat((double) all[1] / total).isLessThan(0.02);
    }
}
