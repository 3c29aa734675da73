package org.lighthouse.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lighthouse.shared.DataFile;

/**
 * The words model's training file ({@code offer/risk-training.txt}) is the labelled sets, written out: a set added or
 * relabelled changes it, and {@code mvn -o -B test -Dtest=RiskTrainingFileTest
 * -Dlighthouse.risk-training.write=src/main/resources/offer/risk-training.txt} writes it again. The model is read at
 * start from the class path, where the sets (test data) are not.
 */
class RiskTrainingFileTest {

    private static final String FILE = "offer/risk-training.txt";
    private static final String WRITE = "lighthouse.risk-training.write";
    private static final String HEADER = """
            # Offers labelled with their risk, for the naive Bayes model of offer/risk.yml that may raise a
            # MEDIUM offer to HIGH. One offer a line: HIGH or OTHER, then its text, its line breaks as spaces.
            # Written from every labelled set under src/test/resources/offers/ by RiskTrainingFileTest, which
            # fails while this file differs from them: do not edit it by hand.
            """;

    @Test
    void holdsEveryLabelledSet() throws IOException {
        String derived = HEADER + LabelledOffer.SETS.stream().flatMap(set -> LabelledOffer.read(set).stream())
                .map(RiskTrainingFileTest::line).collect(Collectors.joining("\n", "", "\n"));
        String target = System.getProperty(WRITE);
        if (target != null) {
            Files.writeString(Path.of(target), derived);
        }
        String shipped = target == null ? String.join("\n", DataFile.lines(FILE)) + "\n"
                : Files.readString(Path.of(target));
        assertThat(shipped).as(FILE + " differs from the labelled sets: write it again with -D" + WRITE
                + "=src/main/resources/" + FILE).isEqualTo(derived);
    }

    private static String line(LabelledOffer offer) {
        return (offer.risk() == Risk.HIGH ? "HIGH " : "OTHER ") + offer.text().replaceAll("\\s*\\R\\s*", " ");
    }
}
