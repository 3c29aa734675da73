package org.lighthouse.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each way of saying a red flag in {@code offers/offer-phrasings.tsv} raises it, and each harmless offer there raises
 * none: the phrasings the rules were widened for stay read.
 */
class OfferPhrasingsUnitTest {

    private static final String PHRASINGS = "offers/offer-phrasings.tsv";
    private static final String NONE = "none";

    /** A line the check reads otherwise than written, with the flags it found. */
    private record Miss(String line, Set<RedFlag> found) {
    }

    /** Every line reads as written; a failure lists the lines that do not, with the flags found. */
    @Test
    void readsEveryPhrasing() {
        OfferCheck check = new OfferCheck();
        List<Miss> misses = new ArrayList<>();
        for (String line : lines()) {
            String[] kindExpectedText = line.split("\t", 3);
            Set<RedFlag> found = check.check(kindExpectedText[2], OfferKind.valueOf(kindExpectedText[0])).flags();
            if (!reads(kindExpectedText[1], found)) {
                misses.add(new Miss(line, found));
            }
        }
        assertThat(misses).isEmpty();
    }

    private static boolean reads(String expected, Set<RedFlag> found) {
        if (expected.equals(NONE)) {
            return found.isEmpty();
        }
        if (expected.startsWith("-")) {
            return !found.contains(RedFlag.valueOf(expected.substring(1)));
        }
        return found.contains(RedFlag.valueOf(expected));
    }

    private static List<String> lines() {
        try (InputStream in = Objects.requireNonNull(
                OfferPhrasingsUnitTest.class.getClassLoader().getResourceAsStream(PHRASINGS), PHRASINGS)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
