package org.lighthouse.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lighthouse.content.AudioFolder;
import org.lighthouse.content.Catalog;
import org.lighthouse.content.ContentCheck;
import org.lighthouse.shared.Language;
import org.lighthouse.testing.BotUnderTest;
import org.lighthouse.testing.FakeTelegram.Call;
import org.lighthouse.testing.Person;

/**
 * A programme's native speaker records a lesson card from their phone with {@code /record}, and a young person who
 * asked for "read to me" hears it before the card; others see the card as before.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VoiceJourneyIntegrationTest {

    private static final long RECORDER = 7101;
    private static final long LISTENER = 7102;
    private static final long STRANGER = 7103;
    private static final long READER = 7104;
    private static final byte[] VOICE = OggFiles.opus(9);

    @RegisterExtension
    static final BotUnderTest BOT = new BotUnderTest("lighthouse.content.reviewers=" + RECORDER);

    /** /record is a command the bot does not know, for someone who is not content staff. */
    @Test
    @Order(1)
    void strangerCannotRecord() {
        Person stranger = BOT.person(STRANGER);
        stranger.chooses("vi");
        stranger.writes("/record");
        Call answer = stranger.waitsFor(c -> c.text() != null && c.text().contains("Mình chưa biết lệnh này."));
        assertThat(answer.buttonData()).noneMatch(data -> data.startsWith("rec:"));
        stranger.presses("rec:g:sm-1:0:vi");
        stranger.waitsFor(c -> c.buttonData().contains("m:learn"));
        assertThat(BOT.telegram().messagesTo(STRANGER)).noneMatch(c -> String.valueOf(c.text()).startsWith("🎙"));
    }

    /**
     * A reviewer's forged buttons are refused; they pick sm-1, card 1, Vietnamese, is shown the card to read, is told how when they type instead, and
     * when the note is too long or too large; the voice note then becomes the card's recording in the data directory,
     * which content-check counts.
     */
    @Test
    @Order(2)
    void reviewerRecordsACard() throws Exception {
        Person recorder = BOT.person(RECORDER);
        recorder.choosesAsStaff("vi");
        for (String forged : List.of("rec:g:sm-1:99:vi", "rec:c:nope:0", "rec:g:sm-1:0:xx", "rec:l", "rec:s:sm:1")) {
            recorder.presses(forged);
            recorder.waitsFor(c -> c.text() != null && c.text().startsWith("Nút này không còn dùng được"));
        }
        recorder.writes("/record");
        recorder.waitsFor(c -> c.buttonData().contains("rec:s:sm"));
        recorder.presses("rec:s:sm");
        recorder.waitsFor(c -> c.buttonData().contains("rec:l:sm-1"));
        recorder.presses("rec:l:sm-1");
        recorder.waitsFor(c -> c.buttonData().contains("rec:c:sm-1:0"));
        recorder.presses("rec:c:sm-1:0");
        Call languages = recorder.waitsFor(c -> c.buttonData().contains("rec:g:sm-1:0:vi"));
        assertThat(languages.buttonLabels()).contains("Tiếng Việt", "English", "Hmoob");
        recorder.presses("rec:g:sm-1:0:vi");
        String card = BOT.bot().bean(Catalog.class).lesson("sm-1").orElseThrow().cards().get(0).text()
                .in(Language.VI).orElseThrow();
        recorder.waitsFor(c -> c.text() != null && c.text().contains(card.strip()) && c.text().startsWith("🎙"));
        recorder.writes("xin chào");
        recorder.waitsFor(c -> c.text() != null && c.text().startsWith("🎙 Mình đang chờ một tin nhắn"));
        recorder.sendsVoice(OggFiles.opus(200), 200);
        recorder.waitsFor(c -> c.text() != null && c.text().contains("200 giây, quá 180 giây"));
        recorder.sendsVoice(new byte[2_200_000], 40);
        recorder.waitsFor(c -> c.text() != null && c.text().startsWith("📦 Tệp quá lớn (tối đa 2 MB)"));
        recorder.sendsVoice(VOICE, 9);
        Call saved = recorder.waitsFor(c -> c.text() != null && c.text().startsWith("✅ Đã lưu giọng đọc"));
        assertThat(saved.text()).contains("thẻ 1", "Tiếng Việt", "9 giây");
        assertThat(Files.readAllBytes(AudioFolder.file(BOT.dataDir(), "sm-1", 1, Language.VI))).isEqualTo(VOICE);
        assertThat(contentCheckJson()).contains("\"audio\":{\"vi\":1,\"en\":0,\"hmn\":0}");
    }

    /** What {@code content-check --json} prints last, for the bot's data directory. */
    private static String contentCheckJson() {
        PrintStream standard = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            ContentCheck.run(new String[] {"--json", "--lighthouse.database.data-dir=" + BOT.dataDir()});
        } finally {
            System.setOut(standard);
        }
        String[] lines = printed.toString(StandardCharsets.UTF_8).strip().split("\n");
        return lines[lines.length - 1];
    }

    /**
     * With "read to me" on (in the language screen), the card comes with its voice first: uploaded once, then sent by
     * the file id Telegram gave, uploaded again when Telegram no longer knows that id; /mydata says the setting is
     * kept.
     */
    @Test
    @Order(3)
    void listenerHearsTheCardFirst() {
        Person listener = BOT.person(LISTENER);
        listener.chooses("vi");
        listener.presses("m:language");
        listener.waitsFor(c -> c.buttonData().contains("lang:read"));
        listener.presses("lang:read");
        listener.waitsFor(c -> c.text() != null && c.text().startsWith("🔊 Đã bật"));
        listener.presses("l:o:sm-1");
        listener.waitsFor(c -> c.text() != null && c.text().contains("(1/"));
        List<Call> sent = BOT.telegram().messagesTo(LISTENER);
        Call voice = sent.stream().filter(Call::isVoice).findFirst().orElseThrow();
        Call card = sent.stream().filter(c -> c.text() != null && c.text().contains("(1/")).findFirst().orElseThrow();
        assertThat(sent.indexOf(voice)).isLessThan(sent.indexOf(card));
        assertThat(voice.method()).isEqualTo("sendvoice");
        assertThat(voice.uploaded()).isEqualTo(VOICE);

        listener.presses("l:o:sm-1");
        Call again = listener.waitsFor(Call::isVoice);
        assertThat(again.uploaded()).isNull();
        assertThat(again.fields().get("voice")).isInstanceOf(String.class);
        listener.writes("/mydata");
        listener.waitsFor(c -> c.text() != null && c.text().contains("Bạn muốn nghe đọc bài học"));
        assertThat(BOT.telegram().refused()).isEmpty();

        BOT.telegram().forgetsFiles();
        listener.presses("l:o:sm-1");
        Call uploadedAgain = listener.waitsFor(Call::isVoice);
        assertThat(uploadedAgain.uploaded()).isEqualTo(VOICE);
        listener.waitsFor(c -> c.text() != null && c.text().contains("(1/"));
    }

    /** Without "read to me", the same card comes without a voice. */
    @Test
    @Order(4)
    void readerWithoutReadToMeGetsNoVoice() {
        Person reader = BOT.person(READER);
        reader.chooses("vi");
        reader.presses("l:o:sm-1");
        reader.waitsFor(c -> c.text() != null && c.text().contains("(1/"));
        reader.presses("l:n:sm-1:0");
        reader.waitsFor(c -> c.text() != null && c.text().contains("(2/"));
        assertThat(BOT.telegram().messagesTo(READER)).noneMatch(Call::isVoice);
        assertThat(BOT.telegram().messagesTo(READER).stream().map(Call::method)).doesNotContain("sendaudio");
    }
}
