package org.lighthouse.safety.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What users type comes to one spelling before anything reads it. */
class NormaliserTest {

    private static final Normaliser NORMALISER = Normaliser.read(List.of("safety/teencode-vi.yml",
            "safety/spelling-hmn.yml", "safety/chat-symbols.yml"));

    /** Diacritics, punctuation and teencode go; "ko dc" reads "khong duoc". */
    @Test
    void foldsAndWritesOutTeencode() {
        assertThat(NORMALISER.normalise("Em KO về dc!!")).isEqualTo("em khong ve duoc");
        assertThat(NORMALISER.normalise("Không được về")).isEqualTo("khong duoc ve");
    }

    /** H'mong words written joined read like the same words written apart. */
    @Test
    void splitsJoinedHmongWords() {
        assertThat(NORMALISER.normalise("mus ua haujlwm Suav tebchaws"))
                .isEqualTo(NORMALISER.normalise("mus ua hauj lwm Suav teb chaws"));
    }

    /** A laughing face reads as laughter, and the SOS symbol as the safe word; other symbols are dropped. */
    @Test
    void readsSymbolsThatCarryATone() {
        assertThat(NORMALISER.normalise("bị giam trong game 3 tiếng rồi🤣"))
                .isEqualTo("bi giam trong game 3 tieng roi haha");
        assertThat(NORMALISER.normalise("🆘")).isEqualTo("sos");
        assertThat(NORMALISER.normalise("ok 👍")).isEqualTo("ok");
    }

    /** A phone number reads as one word, typed or already blanked, and apart from "phone". */
    @Test
    void readsAPhoneNumberAsOneWord() {
        assertThat(NORMALISER.normalise("sdt cua em 0912 345 678, em o Meo Vac"))
                .isEqualTo("so dien thoai cua em phonenumber em o meo vac");
        assertThat(NORMALISER.normalise("sdt cua em [phone], em o Meo Vac"))
                .isEqualTo("so dien thoai cua em phonenumber em o meo vac");
        assertThat(NORMALISER.normalise("they took my phone")).isEqualTo("they took my phone");
    }
}
