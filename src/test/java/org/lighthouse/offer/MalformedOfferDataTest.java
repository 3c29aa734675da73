package org.lighthouse.offer;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lighthouse.shared.DataProblem;
import org.lighthouse.text.Normaliser;

/** A broken data file stops the offer check with a message that names the file and the field to fix. */
class MalformedOfferDataTest {

    private static final String DIRECTORY = "offer-malformed/";

    /** Each mistake in a language file is reported with the file and the field's path. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            rule-without-patterns.yml | flags.SECRECY[0].patterns: is missing
            unknown-flag.yml          | flags.TOO_GOOD: is 'TOO_GOOD', not one of UNREALISTIC_PAY
            broken-pattern.yml        | flags.URGENCY[0].patterns[1]: is not a valid pattern
            unknown-term.yml          | flags.NO_CONTRACT[0].patterns[0]: uses the unknown term {negation}
            depends-on-later-flag.yml | flags.CROSS_BORDER[0].requires: names MARRIAGE_BROKER
            misspelt-field.yml        | flags.SECRECY[0].paterns: is unknown
            not-yaml.yml              | is not valid YAML
            """)
    void namesTheFileAndTheFieldOfALanguageFileMistake(String file, String message) {
        assertThatThrownBy(() -> LexiconReader.read(List.of(DIRECTORY + file)))
                .isInstanceOf(DataProblem.class)
                .hasMessageStartingWith(DIRECTORY + file + ": " + message);
    }

    /** A negative exchange rate in the money file is reported with its field. */
    @Test
    void namesABadNumberInTheMoneyFile() {
        assertThatThrownBy(() -> new MoneyReader(DIRECTORY + "money-negative-rate.yml"))
                .hasMessage(DIRECTORY + "money-negative-rate.yml: currencies[0].vnd: must be a number above zero");
    }

    /** A kind of work without its top pay is reported with its field. */
    @Test
    void namesAMissingFieldInThePayScale() {
        assertThatThrownBy(() -> new PayScale(DIRECTORY + "pay-scale-without-top.yml"))
                .hasMessage(DIRECTORY + "pay-scale-without-top.yml: work[0].topMillions: is missing");
    }

    /** A training line without its kind is reported with its line number. */
    @Test
    void namesTheLineOfABadTrainingSentence() {
        assertThatThrownBy(() -> new KindClassifier(DIRECTORY + "kinds-without-kind.txt", Normaliser.shipped()))
                .hasMessageStartingWith(DIRECTORY + "kinds-without-kind.txt: line 2 must start with JOB, MARRIAGE or"
                        + " FRIENDSHIP");
    }

    /** A combination of the risk file that names no flag is reported with its field. */
    @Test
    void namesAnEmptyCombinationInTheRiskFile() {
        assertThatThrownBy(() -> new RiskRules(DIRECTORY + "risk-without-flags.yml", Normaliser.shipped()))
                .hasMessage(DIRECTORY + "risk-without-flags.yml: highWith[0].flags: must be a non-empty list");
    }

    /** A training line of the risk model without its label is reported with its line number. */
    @Test
    void namesTheLineOfABadRiskTrainingOffer() {
        assertThatThrownBy(() -> new RiskModel(DIRECTORY + "risk-training-without-label.txt", Normaliser.shipped()))
                .hasMessageStartingWith(DIRECTORY + "risk-training-without-label.txt: line 3 must start with HIGH or"
                        + " OTHER");
    }

    /** A missing file is named too. */
    @Test
    void namesAMissingFile() {
        assertThatThrownBy(() -> new PayScale(DIRECTORY + "no-such-file.yml"))
                .hasMessage(DIRECTORY + "no-such-file.yml: is missing from the class path");
    }
}
