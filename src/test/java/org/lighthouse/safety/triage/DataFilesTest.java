package org.lighthouse.safety.triage;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lighthouse.shared.ConfigurationProblem;

/** A malformed data file stops start-up with a message that names the file and the field. */
class DataFilesTest {

    private static final String MALFORMED = "safety/malformed/";

    /** A level that is not URGENT or CONCERN is named with its file and field. */
    @Test
    void anUnknownLevelIsNamed() {
        assertThatThrownBy(() -> PhraseBook.read(List.of(MALFORMED + "unknown-level.yml")))
                .isInstanceOf(ConfigurationProblem.class)
                .hasMessage("safety/malformed/unknown-level.yml: signals[0].level: must be URGENT or CONCERN, not"
                        + " 'URGNT'");
    }

    /** A phrase that is not a valid regular expression is named with its file and field. */
    @Test
    void aBrokenPatternIsNamed() {
        assertThatThrownBy(() -> PhraseBook.read(List.of(MALFORMED + "broken-pattern.yml")))
                .hasMessageStartingWith("safety/malformed/broken-pattern.yml: signals[0].phrases: holds a phrase that"
                        + " is not a valid pattern");
    }

    /** A phrase written with diacritics would never match folded text, so it is refused. */
    @Test
    void aPhraseWithDiacriticsIsRefused() {
        assertThatThrownBy(() -> PhraseBook.read(List.of(MALFORMED + "diacritics.yml")))
                .hasMessageStartingWith("safety/malformed/diacritics.yml: frames[0].phrases: holds")
                .hasMessageContaining("without diacritics");
    }

    /** An alternative ending in a space could never match a whole word, so it is refused. */
    @Test
    void anAlternativeEndingInASpaceIsRefused() {
        assertThatThrownBy(() -> PhraseBook.read(List.of(MALFORMED + "trailing-space.yml")))
                .hasMessageStartingWith("safety/malformed/trailing-space.yml: frames[0].phrases: holds")
                .hasMessageContaining("ends in a space");
    }

    /** An entry without its phrases is named. */
    @Test
    void missingPhrasesAreNamed() {
        assertThatThrownBy(() -> PhraseBook.read(List.of(MALFORMED + "missing-phrases.yml")))
                .hasMessage("safety/malformed/missing-phrases.yml: harmless[0].phrases: is missing");
    }

    /** A file that is not on the class path is named. */
    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> PhraseBook.read(List.of(MALFORMED + "nowhere.yml")))
                .hasMessage("safety/malformed/nowhere.yml: is missing from the class path");
    }

    /** A combination kept URGENT over the conversation model must be an URGENT one: its file and field are named. */
    @Test
    void aKeptUrgentCombinationThatIsNotUrgentIsNamed() {
        PhraseBook book = PhraseBook.read(List.of("safety/triage-phrases-en.yml"));
        Concepts concepts = Concepts.read("safety/triage-concepts.yml");

        assertThatThrownBy(() -> ConversationRules.read(MALFORMED + "kept-urgent-concern.yml", book, concepts))
                .isInstanceOf(ConfigurationProblem.class)
                .hasMessage("safety/malformed/kept-urgent-concern.yml: combinations[0].kept-urgent: is for URGENT"
                        + " combinations only");
    }

    /** A corpus line with an unknown level is named with its file, line and field. */
    @Test
    void aCorpusLineWithAnUnknownLevelIsNamed() {
        assertThatThrownBy(() -> LabelledMessage.readAll(MALFORMED + "bad-level.jsonl"))
                .hasMessageContaining("safety/malformed/bad-level.jsonl line 2")
                .hasMessageContaining("'level'");
    }

    /** A corpus line without a text is named with its file, line and field. */
    @Test
    void aCorpusLineWithoutTextIsNamed() {
        assertThatThrownBy(() -> LabelledMessage.readAll(MALFORMED + "missing-text.jsonl"))
                .hasMessageContaining("safety/malformed/missing-text.jsonl line 1")
                .hasMessageContaining("'text'");
    }
}
