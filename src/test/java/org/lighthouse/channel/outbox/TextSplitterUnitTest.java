package org.lighthouse.channel.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSplitterUnitTest {

    /** Without paragraphs, a long text is cut between sentences, never inside one, and loses nothing but spaces. */
    @Test
    void cutsBetweenSentences() {
        String sentence = "Hợp đồng phải viết bằng tiếng bạn đọc được, và bạn giữ một bản. ";
        String text = sentence.repeat(70).strip();
        List<String> parts = TextSplitter.split(text, 2000);
        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts).allSatisfy(part -> {
            assertThat(part.length()).isLessThanOrEqualTo(2000);
            assertThat(part).startsWith("Hợp đồng").endsWith("một bản.");
        });
        assertThat(String.join(" ", parts)).isEqualTo(text);
    }

    /** A sentence that ends in a closing quote or bracket ends there too. */
    @Test
    void sentenceMayEndInAQuote() {
        String text = ("a".repeat(30) + " «Đi ngay.» ").repeat(10) + "b".repeat(100);
        List<String> parts = TextSplitter.split(text, 200);
        assertThat(parts.get(0)).endsWith("«Đi ngay.»");
    }

    /** A paragraph end still goes first, and a text without sentence ends is cut between words. */
    @Test
    void paragraphsFirstThenWords() {
        String paragraph = "Câu một. Câu hai. ".repeat(40).strip();
        assertThat(TextSplitter.split(paragraph + "\n\n" + paragraph, paragraph.length() + 20))
                .containsExactly(paragraph, paragraph);
        String words = "chữ ".repeat(600).strip();
        assertThat(TextSplitter.split(words, 2000)).allSatisfy(part -> assertThat(part).startsWith("chữ")
                .endsWith("chữ"));
    }
}
