package org.lighthouse.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The language of a first message, told by its words, and by the app's language only when the words do not tell. */
class LanguageGuessUnitTest {

    private static Optional<Language> expected(String code) {
        return code == null ? Optional.empty() : Language.ofCode(code);
    }

    /** First messages as people write them, with no hint: the language, or nothing when the text does not tell. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            pab kuv, lawv kaw kuv                                 | hmn
            Nyob zoo                                              | hmn
            nyob zoo, kuv yog Ntxhi                               | hmn
            Kuv lub npe hu ua Paj, kuv nyob Meo Vac               | hmn
            koj puas nyob ntawd?                                  | hmn
            Kuv xav kawm txog kev mus ua hauj lwm                 | hmn
            Lawv txeeb kuv phau ntawv hla tebchaws                | hmn
            kuv ntshai heev                                       | hmn
            ua tsaug                                              | hmn
            Kuv tus muam mus Suav teb, tsis hu los                | hmn
            ntxhais hluas                                         | hmn
            Tus hluas nraug hauv facebook hais kom kuv mus ntsib nws | hmn
            Xin chào                                              | vi
            Chào chị, em tên Mai                                  | vi
            Cứu em                                                | vi
            cứu                                                   | vi
            Họ giữ hộ chiếu của em                                | vi
            xin chao                                              | vi
            chi oi em van o day                                   | vi
            em bi nhot trong phong, cuu em                        | vi
            ho lay can cuoc cua em ko cho ve                      | vi
            e bi nhot r, ko ra dc                                 | vi
            cam on chi nhieu                                      | vi
            alo                                                   | vi
            cuu                                                   | vi
            sdt e 0912345678 nha c                                | vi
            co nguoi bao di lam o quang chau luong cao            | vi
            hôm nay em làm quiz được 9 điểm                       | vi
            nguoi ta dang canh ngoai cua                          | vi
            hello                                                 | en
            hi                                                    | en
            help me please                                        | en
            they took my passport and locked the door             | en
            I'm still here                                        | en
            is it safe to work in China?                          | en
            my name is Pao and I live in Dong Van                 | en
            thanks                                                | en
            what is trafficking                                   | en
            ok                                                    | -
            SOS                                                   | -
            👍                                                    | -
            ???                                                   | -
            0912345678                                            | -
            me                                                    | -
            chi oi pab kuv                                        | -
            """)
    void aFirstMessageTellsItsLanguage(String text, String code) {
        assertThat(LanguageGuess.of(text, null)).as(text).isEqualTo(expected(code));
    }

    /** Mixed messages go to the language most of their words are in. */
    @Test
    void mixedMessagesGoToTheLanguageOfMostWords() {
        assertThat(LanguageGuess.of("chi oi pab kuv, ho khoa cua roi, em so lam", null)).contains(Language.VI);
        assertThat(LanguageGuess.of("Lawv kaw kuv hauv tsev, kuv tawm tsis tau, cuu", null)).contains(Language.HMN);
        assertThat(LanguageGuess.of("em oi, my boss took my passport and I can't leave", null)).contains(Language.EN);
    }

    /** The app's language decides only when the text does not; a code Lighthouse does not speak is ignored. */
    @Test
    void theHintDecidesOnlyWhenTheTextDoesNot() {
        assertThat(LanguageGuess.of("ok", "vi")).contains(Language.VI);
        assertThat(LanguageGuess.of("👍", "en-US")).contains(Language.EN);
        assertThat(LanguageGuess.of("SOS", "hmn")).contains(Language.HMN);
        assertThat(LanguageGuess.of("pab kuv", "vi")).contains(Language.HMN);
        assertThat(LanguageGuess.of("Xin chào", "en")).contains(Language.VI);
        assertThat(LanguageGuess.of("hello", "vi")).contains(Language.EN);
        assertThat(LanguageGuess.of("ok", "fr")).isEmpty();
        assertThat(LanguageGuess.of("ok", " ")).isEmpty();
        assertThat(LanguageGuess.of("", null)).isEmpty();
    }

    /** A malformed word file names the file, the line and what is wrong. */
    @Test
    void aMalformedWordFileIsNamed() {
        assertThatThrownBy(() -> LanguageGuess.read("shared/unknown-language.txt"))
                .isInstanceOf(ConfigurationProblem.class)
                .hasMessageContaining("shared/unknown-language.txt line 2").hasMessageContaining("'fr'");
        assertThatThrownBy(() -> LanguageGuess.read("shared/word-twice.txt"))
                .hasMessageContaining("shared/word-twice.txt line 3").hasMessageContaining("'em' is listed twice");
        assertThatThrownBy(() -> LanguageGuess.read("shared/diacritics.txt"))
                .hasMessageContaining("shared/diacritics.txt line 2").hasMessageContaining("no diacritics");
        assertThatThrownBy(() -> LanguageGuess.read("shared/nowhere.txt"))
                .hasMessageContaining("shared/nowhere.txt is missing");
    }
}
