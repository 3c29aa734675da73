package org.lighthouse.channel.choices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lighthouse.channel.Button;
import org.lighthouse.channel.choices.ChoiceSet.Choice;

class ChoiceTextUnitTest {

    private static final List<List<Button>> MENU = List.of(
            List.of(Button.of("📚 Học", "m:learn"), Button.of("🔎 Kiểm tra lời mời", "m:offer")),
            List.of(Button.of("🙋 Nói chuyện với một người", "m:talk")));
    private static final String QUESTION = "Câu 1/4\n\nBạn được mời đi làm xa. Bạn làm gì?\n\nA. Đi ngay, kẻo hết chỗ\n"
            + "B. Hỏi ý kiến gia đình và gọi 111";
    private static final List<List<Button>> LETTERS = List.of(List.of(Button.of("A", "l:a:sm-1:0:0"),
            Button.of("B", "l:a:sm-1:0:1")));

    /** Few short choices go on one line, many or long ones one a line, emoji kept; links as label and address. */
    @Test
    void writesChoicesUnderTheText() {
        List<Choice> letters = ChoiceText.number(ChoiceText.choosable(LETTERS), 1, "k#0", QUESTION);
        assertThat(ChoiceText.write(QUESTION, LETTERS, letters)).isEqualTo(QUESTION + "\n\n1 A · 2 B");
        List<Choice> menu = ChoiceText.number(ChoiceText.choosable(MENU), 3, "k#1", "Bạn muốn làm gì?");
        assertThat(ChoiceText.write("Bạn muốn làm gì?", MENU, menu)).isEqualTo("Bạn muốn làm gì?\n\n3 📚 Học\n"
                + "4 🔎 Kiểm tra lời mời\n5 🙋 Nói chuyện với một người");
        List<List<Button>> lessons = List.of(List.of(Button.of("1. Hợp đồng", "l:o:sm-1")),
                List.of(Button.of("2. Giấy tờ", "l:o:sm-2")));
        List<Choice> first = ChoiceText.number(ChoiceText.choosable(lessons), 1, "k#0", "");
        assertThat(ChoiceText.write("Bài:", lessons, first)).isEqualTo("Bài:\n\n1. Hợp đồng · 2. Giấy tờ");
        List<Choice> later = ChoiceText.number(ChoiceText.choosable(lessons), 4, "k#1", "");
        assertThat(ChoiceText.write("Bài:", lessons, later)).isEqualTo("Bài:\n\n4 1. Hợp đồng · 5 2. Giấy tờ");
        assertThat(ChoiceText.chosen(later, "giay to")).map(Choice::data).contains("l:o:sm-2");
        List<List<Button>> link = List.of(List.of(Button.link("Mở", "https://example.org/a")));
        assertThat(ChoiceText.write("Xem:", link, List.of())).isEqualTo("Xem:\n\nMở: https://example.org/a");
        assertThat(ChoiceText.room(MENU)).isGreaterThanOrEqualTo(ChoiceText.write("", MENU, menu).length() + 2);
    }

    /** A number, a label or an option's words, typed any way, choose; anything else does not. */
    @Test
    void readsTypedChoices() {
        List<Choice> choices = new java.util.ArrayList<>(ChoiceText.number(ChoiceText.choosable(LETTERS), 1, "k#0",
                QUESTION));
        choices.addAll(ChoiceText.number(ChoiceText.choosable(MENU), 3, "k#1", ""));
        assertThat(data(choices, "2")).isEqualTo("l:a:sm-1:0:1");
        assertThat(data(choices, " 3. ")).isEqualTo("m:learn");
        assertThat(data(choices, "b")).isEqualTo("l:a:sm-1:0:1");
        assertThat(data(choices, "hoi y kien gia dinh va goi 111")).isEqualTo("l:a:sm-1:0:1");
        assertThat(data(choices, "B. Hỏi ý kiến gia đình và gọi 111.")).isEqualTo("l:a:sm-1:0:1");
        assertThat(data(choices, "KIEM TRA LOI MOI")).isEqualTo("m:offer");
        assertThat(data(choices, "📚 học")).isEqualTo("m:learn");
        assertThat(data(choices, "9")).isNull();
        assertThat(data(choices, "/menu")).isNull();
        assertThat(data(choices, "SOS")).isNull();
        assertThat(data(choices, "tôi muốn học")).isNull();
        assertThat(data(choices, "👍")).isNull();
    }

    private static String data(List<Choice> choices, String typed) {
        return ChoiceText.chosen(choices, typed).map(Choice::data).orElse(null);
    }
}
