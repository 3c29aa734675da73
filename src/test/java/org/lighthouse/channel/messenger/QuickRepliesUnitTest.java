package org.lighthouse.channel.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lighthouse.channel.Button;
import org.lighthouse.channel.Reply;

/** Buttons as Messenger's quick replies: titles within 20 characters, at most 13, the rest numbered in the text. */
class QuickRepliesUnitTest {

    @Test
    void titlesAreCutAtAWordsEndWithinTwentyCharacters() {
        assertThat(QuickReplies.title("📚 Learn")).isEqualTo("📚 Learn");
        assertThat(QuickReplies.title("Twenty characters ok")).isEqualTo("Twenty characters ok");
        assertThat(QuickReplies.title("Most traffickers are people you know")).isEqualTo("Most traffickers…");
        assertThat(QuickReplies.title("✅ 3. Kẻ buôn người thường là người quen")).isEqualTo("✅ 3. Kẻ buôn người…");
        assertThat(QuickReplies.title("Supercalifragilisticexpialidocious")).isEqualTo("Supercalifragilisti…");
        // an emoji is two chars in Java: never cut in half
        assertThat(QuickReplies.title("abcdefghijklmnopqr🙋xyz")).isEqualTo("abcdefghijklmnopqr…");
        for (String label : List.of("🙋 Nói chuyện với một người hỗ trợ", "x".repeat(40), "a b c d e f g h i j k l m n")) {
            assertThat(QuickReplies.title(label).length()).isLessThanOrEqualTo(20);
        }
    }

    @Test
    void upToThirteenChoicesAreQuickRepliesAlone() {
        QuickReplies shown = QuickReplies.of(Reply.withButtons("Choose:", rows(13)));
        assertThat(shown.text()).isEqualTo("Choose:");
        assertThat(shown.quickReplies()).hasSize(13).extracting(QuickReplies.QuickReply::payload)
                .startsWith("x:0", "x:1").endsWith("x:12");
        assertThat(shown.numbered()).isEmpty();
    }

    @Test
    void moreThanThirteenAreAllNumberedInTheTextAndTheFirstThirteenAreQuickReplies() {
        QuickReplies shown = QuickReplies.of(Reply.withButtons("Choose:", rows(17)));
        assertThat(shown.text()).startsWith("Choose:\n\n1. Choice 0\n2. Choice 1\n").endsWith("\n17. Choice 16");
        assertThat(shown.quickReplies()).hasSize(13);
        assertThat(shown.quickReplies().get(0).title()).isEqualTo("1. Choice 0");
        assertThat(shown.numbered()).hasSize(17).containsEntry("1", "x:0").containsEntry("17", "x:16");
    }

    @Test
    void aLongTextMakesRoomForTheNumberedChoices() {
        QuickReplies shown = QuickReplies.of(Reply.withButtons("word ".repeat(399).strip(), rows(20)));
        assertThat(shown.text().length()).isLessThanOrEqualTo(2000);
        assertThat(shown.text()).contains("…\n\n1. Choice 0").endsWith("20. Choice 19");
    }

    @Test
    void aLinkButtonIsWrittenIntoTheText() {
        QuickReplies shown = QuickReplies.of(Reply.withButtons("Read more.", List.of(List.of(
                Button.link("Website", "https://example.org"), Button.of("Menu", "m:home")))));
        assertThat(shown.text()).isEqualTo("Read more.\nWebsite: https://example.org");
        assertThat(shown.quickReplies()).extracting(QuickReplies.QuickReply::payload).containsExactly("m:home");
    }

    private static List<List<Button>> rows(int count) {
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(List.of(Button.of("Choice " + i, "x:" + i)));
        }
        return rows;
    }
}
