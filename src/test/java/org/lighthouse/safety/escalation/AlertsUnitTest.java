package org.lighthouse.safety.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lighthouse.channel.Reply;
import org.lighthouse.safety.SafetyCase;
import org.lighthouse.safety.SafetyCase.Entry;
import org.lighthouse.safety.SafetyCase.Trigger;
import org.lighthouse.safety.TriageResult.Level;
import org.lighthouse.shared.FilesSettings;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.LocaleBundles;

/** What responders read: plain words at a glance, and every waiting case in one message however many there are. */
class AlertsUnitTest {

    private static final Instant NOW = Instant.parse("2026-12-06T03:00:00Z");
    private final Alerts alerts = new Alerts(new LocaleBundles(new FilesSettings(Path.of("."))),
            Clock.fixed(NOW, ZoneOffset.UTC));

    /** One case: the whole card, in words: channel, what the person was doing, signals; no model scores or steps. */
    @Test
    void oneCaseGetsTheWholeCardInPlainWords() {
        Reply card = alerts.announce(List.of(new Alerts.Item(safetyCase("C-AAAAAAAA", "offer.result",
                "documents taken, confined"), false)));
        assertThat(card.text()).startsWith("🔴 KHẨN CẤP · ca C-AAAAAAAA").contains("Telegram · Tiếng Việt")
                .contains("Đang làm: đang kiểm tra một lời mời").contains("Dấu hiệu: bị giữ giấy tờ, bị nhốt, không được ra")
                .contains("«họ giữ giấy tờ của em»").doesNotContain("offer.result");
        assertThat(card.buttons()).singleElement().satisfies(row -> assertThat(row.get(0).data())
                .isEqualTo("s:claim:C-AAAAAAAA"));
    }

    /** A case the model alone raised says so in words a responder reads, not as a score. */
    @Test
    void modelAloneIsSaidInWords() {
        Reply card = alerts.announce(List.of(new Alerts.Item(safetyCase("C-BBBBBBBB", "menu", "model"), true)));
        assertThat(card.text()).startsWith("⏰ CHƯA AI NHẬN sau 5 phút!").contains("máy đoán").doesNotContain("0.");
    }

    /** Ninety cases waiting at once fit one message, each with its Claim button; the first ten in detail. */
    @Test
    void manyCasesShareOneMessage() {
        List<Alerts.Item> items = IntStream.range(0, AlertBoard.MOST_PER_MESSAGE).mapToObj(i -> new Alerts.Item(
                safetyCase(String.format("C-%08d", i).replace('0', 'A').replace('1', 'B'), "menu", "safe word"),
                false)).toList();
        Reply message = alerts.announce(items);
        assertThat(message.text()).startsWith("🚨 90 ca đang chờ người nhận:").contains("… và 80 ca nữa:");
        assertThat(message.text().length()).isLessThan(4096);
        assertThat(message.buttons()).hasSize(90);
    }

    private static SafetyCase safetyCase(String id, String step, String reasons) {
        return SafetyCase.opened(id, "tg:u1", "tg:42", "P-ABCDEFGH", Level.URGENT, Trigger.TRIAGE, step, Language.VI,
                reasons, List.of(Entry.said(SafetyCase.Entry.PERSON, "họ giữ giấy tờ của em", NOW)), NOW.minus(Duration.ofMinutes(5)));
    }
}
