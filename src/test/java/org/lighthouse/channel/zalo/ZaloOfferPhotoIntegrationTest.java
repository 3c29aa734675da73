package org.lighthouse.channel.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lighthouse.testing.BotUnderTest;
import org.lighthouse.testing.FakeZalo;
import org.lighthouse.testing.FakeZalo.Call;
import org.lighthouse.testing.OfferPictures;
import org.lighthouse.testing.ZaloPerson;

/**
 * A screenshot of an offer sent on Zalo: its update carries the photo's address, from which the bot fetches it (here
 * the stand-in's own server, as Zalo's serves it), reads it and answers with the offer check.
 */
class ZaloOfferPhotoIntegrationTest {

    static final FakeZalo ZALO = new FakeZalo();
    @RegisterExtension
    static final BotUnderTest BOT = BotUnderTest.with(ZALO, ZALO.settings());

    /** In "Kiểm tra lời mời", a screenshot of a risky ad gets the high-risk answer with the way to a person. */
    @Test
    void aScreenshotInTheCheckGetsTheHighRiskAnswer() {
        ZaloPerson person = new ZaloPerson(ZALO, FakeZalo.user(61));
        person.chooses("Tiếng Việt");
        person.picks("Kiểm tra lời mời");
        Call prompt = person.waitsFor(c -> c.text().startsWith("🔎"));
        assertThat(prompt.text()).contains("📷");
        person.sendsPhoto(OfferPictures.post("Tuyển Dụng 24h", "TUYỂN GẤP 10 nữ làm phục vụ nhà hàng bên Trung Quốc,"
                + " lương 25tr/tháng, không cần hộ chiếu, bao ăn ở, đi ngay tuần này. Inbox chị Lan.", "DejaVu Sans",
                28, 720).png(), null);
        Call result = person.waitsFor(c -> c.text().startsWith("🔴 RỦI RO CAO"));
        assertThat(result.text()).contains("Nói chuyện với một người");
    }
}
