package org.lighthouse.offer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lighthouse.text.NormalisedText;
import org.lighthouse.text.Normaliser;
import org.springframework.stereotype.Component;

/**
 * Finds the red flags of a job, marriage or friendship offer and rates its risk. It reads Vietnamese with or without
 * diacritics, teencode, English and basic H'mong; its word lists, pay ranges and training sentences are data files in
 * {@code offer/} on the class path. Building one reads and trains on them (a fraction of a second); after that,
 * {@link #check} is fast and safe to call from many threads.
 *
 * <p>A plain class: {@code new OfferCheck()} works without Spring, and Spring injects the one bean.
 */
@Component
public class OfferCheck {

    private static final String DATA = "offer/";
    private static final List<String> LANGUAGES = List.of("lexicon-vi.yml", "lexicon-en.yml", "lexicon-hmn.yml");
    private static final int FEWEST_WORDS = 4;

    private final Normaliser normalizer;
    private final RuleBook rules;
    private final List<RulePattern> offerWords;
    private final NamedEmployers employers;
    private final MoneyReader money;
    private final PayScale payScale;
    private final KindClassifier kinds;
    private final RiskRules risks;

    /** The shipped checker; its data is read and trained on once per process, as it never changes while it runs. */
    public OfferCheck() {
        this(Shipped.CHECK);
    }

    private OfferCheck(OfferCheck read) {
        normalizer = read.normalizer;
        rules = read.rules;
        offerWords = read.offerWords;
        employers = read.employers;
        money = read.money;
        payScale = read.payScale;
        kinds = read.kinds;
        risks = read.risks;
    }

    private OfferCheck(Lexicon lexicon) {
        normalizer = Normaliser.shipped();
        rules = new RuleBook(lexicon.rules());
        offerWords = lexicon.offerWords();
        employers = new NamedEmployers(lexicon.employers());
        money = new MoneyReader(DATA + "money.yml");
        payScale = new PayScale(DATA + "pay-scale.yml");
        kinds = new KindClassifier(DATA + "kinds-training.txt", normalizer);
        risks = Risk.rules();
    }

    private static final class Shipped {

        static final OfferCheck CHECK = new OfferCheck(LexiconReader.read(LANGUAGES.stream().map(file -> DATA + file)
                .toList()));
    }

    /**
     * Checks one offer.
     *
     * @param text the offer as the user shared it, in any of the bot's languages; may be empty
     * @param kind the kind of offer if the user said it, or {@code null} to guess it from the text
     */
    public OfferAssessment check(String text, @Nullable OfferKind kind) {
        NormalisedText normalized = normalizer.normalise(text);
        OfferKind actualKind = kind != null ? kind : kinds.classify(normalized);
        OfferReading reading = new OfferReading(normalized, actualKind, employers.named(text));
        Map<RedFlag, List<String>> evidence = rules.find(reading, unrealisticPay(reading));
        RiskRating rating = risks.rate(actualKind, evidence.keySet(), normalized);
        return new OfferAssessment(actualKind, kind == null, evidence.keySet(), rating.risk(), rating.basis(),
                evidence, saysTooLittle(normalized, evidence));
    }

    private Map<RedFlag, List<String>> unrealisticPay(OfferReading reading) {
        Map<RedFlag, List<String>> found = new EnumMap<>(RedFlag.class);
        payScale.unrealistic(reading, money.read(reading.text()))
                .ifPresent(pay -> found.put(RedFlag.UNREALISTIC_PAY, new ArrayList<>(List.of(pay.words()))));
        return found;
    }

    private boolean saysTooLittle(NormalisedText text, Map<RedFlag, List<String>> evidence) {
        return text.wordCount() < FEWEST_WORDS
                || (evidence.isEmpty() && offerWords.stream().noneMatch(p -> p.isIn(text.text())));
    }
}
