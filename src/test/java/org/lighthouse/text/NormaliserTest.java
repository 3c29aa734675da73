package org.lighthouse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What users type comes to one spelling before anything reads it, in both views of the one reading. */
class NormaliserTest {

    private static final Normaliser NORMALISER = Normaliser.shipped();

    /** Diacritics, punctuation and teencode go; "ko dc" reads "khong duoc". */
    @Test
    void foldsAndWritesOutTeencode() {
        assertThat(words("Em KO về dc!!")).isEqualTo("em khong ve duoc");
        assertThat(words("Không được về")).isEqualTo("khong duoc ve");
        assertThat(NORMALISER.normalise("Em KO về dc!!").text()).isEqualTo("em khong ve duoc!!");
    }

    /** H'mong words written joined read like the same words written apart. */
    @Test
    void splitsJoinedHmongWords() {
        assertThat(words("mus ua haujlwm Suav tebchaws")).isEqualTo(words("mus ua hauj lwm Suav teb chaws"));
    }

    /** A laughing face reads as laughter, and the SOS symbol as the safe word; other symbols are no words. */
    @Test
    void readsSymbolsThatCarryATone() {
        assertThat(words("bị giam trong game 3 tiếng rồi🤣")).isEqualTo("bi giam trong game 3 tieng roi haha");
        assertThat(NORMALISER.normalise("rồi🤣").text()).isEqualTo("roi haha");
        assertThat(words("🆘")).isEqualTo("sos");
        assertThat(words("ok 👍")).isEqualTo("ok");
        assertThat(NORMALISER.normalise("ok 👍").text()).isEqualTo("ok 👍");
    }

    /** A phone number reads as one word among the words, typed or already blanked, and apart from "phone". */
    @Test
    void readsAPhoneNumberAsOneWord() {
        assertThat(words("sdt cua em 0912 345 678, em o Meo Vac"))
                .isEqualTo("so dien thoai cua em phonenumber em o meo vac");
        assertThat(words("sdt cua em [phone], em o Meo Vac"))
                .isEqualTo("so dien thoai cua em phonenumber em o meo vac");
        assertThat(words("sdt0912345678")).isEqualTo("so dien thoai phonenumber");
        assertThat(words("they took my phone")).isEqualTo("they took my phone");
        assertThat(NORMALISER.normalise("gọi 0912 345 678").text()).isEqualTo("goi 0912 345 678");
    }

    /** Accented words that folding would confuse read apart: "gấp" is urgent, "gặp" is to meet. */
    @Test
    void keepsAmbiguousAccentedWordsApart() {
        assertThat(words("tuyển gấp")).isEqualTo("tuyen khan cap");
        assertThat(words("muốn gặp em")).isEqualTo("muon gap em");
        assertThat(words("người lạ")).isEqualTo("nguoi xa la");
        assertThat(words("ừ, u ở đâu")).isEqualTo("u you o dau");
    }

    /** The ID card has one name however it is shortened. */
    @Test
    void readsEveryShortFormOfTheIdCardAlike() {
        assertThat(words("giữ cmnd, cmt và cccd")).isEqualTo("giu can cuoc can cuoc va can cuoc");
    }

    /** After a number a short form that is also a unit stays as typed, for the money reader; others are written out. */
    @Test
    void leavesAUnitAfterANumber() {
        assertThat(NORMALISER.normalise("lương 300 k, k cần cmnd").text()).isEqualTo("luong 300 k, khong can can cuoc");
        assertThat(words("em 16 t, tuyển 3 ng")).isEqualTo("em 16 t tuyen 3 nguoi");
    }

    /** An apostrophe within a word keeps it one word, so that "don't" never meets the short form "t". */
    @Test
    void keepsWordsWithAnApostropheWhole() {
        assertThat(NORMALISER.normalise("I'm sure you don’t need it").text()).isEqualTo("i'm sure you don’t need it");
        assertThat(words("I'm sure you don’t need it")).isEqualTo("im sure you dont need it");
    }

    /** Any part of the text points back at the user's own words, and line breaks end sentences. */
    @Test
    void pointsBackAtTheUsersWords() {
        NormalisedText text = NORMALISER.normalise("Tuyển GẤP nữ phục vụ\nKo cần CMND!");
        assertThat(text.text()).isEqualTo("tuyen khan cap nu phuc vu khong can can cuoc!");
        assertThat(text.sentences()).extracting(NormalisedText.Sentence::text)
                .containsExactly("tuyen khan cap nu phuc vu", " khong can can cuoc!");
        Matcher match = Pattern.compile("khan cap nu").matcher(text.text());
        assertThat(match.find()).isTrue();
        assertThat(text.original(match.start(), match.end())).isEqualTo("GẤP nữ");
        NormalisedText.Sentence second = text.sentences().get(1);
        Matcher id = Pattern.compile("khong can can cuoc").matcher(second.text());
        assertThat(id.find()).isTrue();
        assertThat(text.original(second, id)).isEqualTo("Ko cần CMND");
    }

    private static String words(String typed) {
        return NORMALISER.normalise(typed).words();
    }
}
