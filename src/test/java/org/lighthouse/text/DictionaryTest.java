package org.lighthouse.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lighthouse.shared.DataProblem;

/** A broken dictionary stops start-up with a message that names the file and the entry to fix. */
class DictionaryTest {

    private static final String MALFORMED = "text/malformed/";

    /** The shipped dictionary reads, one file per language and the chat symbols. */
    @Test
    void theShippedDictionaryReads() {
        Dictionary dictionary = Dictionary.read(Dictionary.SHIPPED);
        assertThat(dictionary.words()).containsEntry("ko", "khong").containsEntry("u", "you")
                .containsEntry("haujlwm", "hauj lwm").doesNotContainKeys("ck", "hem", "ad", "bit", "inbox");
        assertThat(dictionary.accented()).containsEntry("gấp", "khan cap");
        assertThat(dictionary.symbols()).containsEntry("🆘", "sos");
    }

    /** Two files that read a key differently are refused: which one won would depend on the order of reading. */
    @Test
    void aKeyReadTwoWaysIsRefused() {
        assertThatThrownBy(() -> Dictionary.read(List.of(MALFORMED + "conflict-a.yml", MALFORMED + "conflict-b.yml")))
                .isInstanceOf(DataProblem.class)
                .hasMessage("text/malformed/conflict-b.yml: words.ck: gives 'chuyen khoan', but another file has"
                        + " 'chong'");
    }

    /** A short form with diacritics could never be looked up, as words are folded first. */
    @Test
    void aShortFormMustBeFolded() {
        assertThatThrownBy(() -> Dictionary.read(List.of(MALFORMED + "accented-key.yml")))
                .hasMessageStartingWith("text/malformed/accented-key.yml: words.đc: a short form must be one folded"
                        + " word");
    }

    /** A misspelt map name is named, not silently read as nothing. */
    @Test
    void aMisspeltFieldIsNamed() {
        assertThatThrownBy(() -> Dictionary.read(List.of(MALFORMED + "misspelt-field.yml")))
                .hasMessageStartingWith("text/malformed/misspelt-field.yml: word: is unknown");
    }
}
