package org.lighthouse.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lighthouse.text.NormalisedText;
import org.lighthouse.text.Normaliser;

/** A rule pattern finds exactly what {@link Matcher#find()} finds, only sooner. */
class RulePatternTest {

    private static final List<String> LANGUAGES =
            List.of("offer/lexicon-vi.yml", "offer/lexicon-en.yml", "offer/lexicon-hmn.yml");
    private static final List<String> OFFERS = List.of("offers/offers-dev.jsonl", "offers/offers-heldout.jsonl",
            "offers/offers-fresh.jsonl");

    /** Patterns whose start depends on what comes before it, or that a probe cannot judge. */
    private static final List<String> TRICKY = List.of(
            "\\b(?:tuyen|viec|luong)\\b",
            "(?<!sinh )nhat ban",
            "(?<![a-z])an",
            "(?<=lam )viec",
            "\\Bng\\b",
            "^viec",
            "viec$",
            ".{0,5}luong",
            "(?!khong)\\b[a-z]+ tien",
            "\\$\\d+|\\d+\\$",
            "(?:a)?",
            "\\b",
            "[^a-z ]+",
            "\\bphi (?:la )?\\d|\\bnap (?:truoc )?\\d[\\d.,]*\\s?(?:k|tr)\\b",
            "(?i)VIEC",
            "\\.\\s?lam",
            // found by a review: look-behinds that ask about what comes before them, emoji, an empty match at the
            // end after an unprobed character, comments, and a back reference to a group a look-ahead caught
            "(?<!\\bx)a",
            "(?<!(?<!a))x",
            "(?<![a-z])[^a-z ]+",
            "(?<![a-z])[^a-z ]*\\d",
            "\\B\\W",
            "\\uDE42",
            "\\b(?<![^é])$",
            "(?x)(?<!#)\n^x)a",
            "(?!(a)c)\\1");
    private static final List<String> TEXTS = List.of("", "viec", "tuyen nguoi lam viec, luong cao!",
            "hoc sinh nhat ban va nhat ban", "banan an-an (an)", "lam viec tot", "khong tien, co tien nhe",
            "dong ng ngng", "gia $300 hoac 300$ thoi", "phi la 5tr. lam ngay", "phi 5 tr, nap truoc 2tr",
            "  viec  ", "viec\nluong", "toi 17 tuoi 🙂 viec nhe", "viec.lam. lam", "ĐI LÀM VIỆC", "x\u0301viec",
            "yxa", "ax", "y🙂", "y🙂1", "🙂", "é", "aca");

    @Test
    void findsWhatFindFindsWithTrickyPatterns() {
        for (String source : TRICKY) {
            RulePattern pattern = RulePattern.of(Pattern.compile(source));
            for (String text : TEXTS) {
                assertSameAsFind(pattern, Pattern.compile(source), text);
            }
        }
    }

    /** Every pattern of the shipped language files, on every sentence of the labelled offers, as the check reads it. */
    @Test
    void findsWhatFindFindsWithTheShippedPatternsOnTheLabelledOffers() {
        Lexicon lexicon = LexiconReader.read(LANGUAGES);
        Normaliser normaliser = Normaliser.shipped();
        List<RulePattern> patterns = new ArrayList<>(lexicon.offerWords());
        lexicon.rules().forEach(rule -> Stream.of(rule.patterns(), rule.unless(), rule.unlessText())
                .forEach(patterns::addAll));
        List<String> texts = new ArrayList<>();
        OFFERS.forEach(file -> LabelledOffer.read(file).forEach(offer -> {
            NormalisedText text = normaliser.normalise(offer.text());
            texts.add(text.text());
            text.sentences().forEach(sentence -> texts.add(sentence.text()));
        }));

        int matches = 0;
        for (RulePattern pattern : patterns) {
            Pattern plain = Pattern.compile(pattern.toString());
            for (String text : texts) {
                matches += assertSameAsFind(pattern, plain, text) ? 1 : 0;
            }
        }
        assertThat(patterns).hasSizeGreaterThan(150);
        assertThat(matches).as("pattern-text pairs that match").isGreaterThan(1000);
    }

    private static boolean assertSameAsFind(RulePattern pattern, Pattern plain, String text) {
        Matcher expected = plain.matcher(text);
        MatchResult found = pattern.find(text);
        String where = "'" + pattern + "' in '" + text + "'";
        if (!expected.find()) {
            assertThat(found).as(where).isNull();
            return false;
        }
        assertThat(found).as(where).isNotNull();
        assertThat(new int[] {found.start(), found.end()}).as(where).containsExactly(expected.start(), expected.end());
        return true;
    }
}
