package org.lighthouse.offer.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lighthouse.testing.BotUnderTest;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeTelegram.Call;
import org.lighthouse.testing.OfferPictures;
import org.lighthouse.testing.Person;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A young person on Telegram sends a screenshot of an offer to the offer check, and gets the check's answer as if they
 * had typed it; a picture that cannot be read gets a kind request to type the main points instead.
 */
class OfferPhotoJourneyIntegrationTest {

    static final String AD = "TUYỂN GẤP 10 nữ làm phục vụ nhà hàng bên Trung Quốc, lương 25tr/tháng, không cần hộ"
            + " chiếu, bao ăn ở, đi ngay tuần này. Inbox chị Lan.";
    static final byte[] SCREENSHOT = OfferPictures.post("Việc Làm Hà Giang 24h", AD, "DejaVu Sans", 28, 720).png();

    @RegisterExtension
    static final BotUnderTest BOT = new BotUnderTest();

    /**
     * In "Check an offer", whose prompt says a screenshot works too, a screenshot of a risky job ad gets the high-risk
     * answer with its signs and a way to a person. The bot fetched the picture's largest size once (its thumbnail
     * says nothing), and recorded the check as a photo's, without its words.
     */
    @Test
    void aScreenshotInTheCheckGetsTheHighRiskAnswer() {
        Person person = inTheCheck(BOT, 8301, "en", true);
        person.sendsPhoto(SCREENSHOT, null);
        Call result = person.waitsFor(c -> c.text().startsWith("🔴 HIGH RISK"));
        assertThat(result.text()).contains("Crossing the border without a passport")
                .contains("The pay is much higher");
        assertThat(result.buttonData()).contains("s:talk:offer");
        assertThat(BOT.telegram().callsOf("getfile")).hasSize(1);
        List<Document> records = BOT.bot().bean(MongoTemplate.class).findAll(Document.class, "offer_checks");
        assertThat(records).anySatisfy(r -> assertThat(r.toJson()).contains("\"method\": \"PHOTO\"")
                .contains("\"risk\": \"HIGH\""));
        assertThat(records).noneSatisfy(r -> assertThat(r.toJson()).containsIgnoringCase("Trung Quốc"));
    }

    /** A screenshot forwarded from another chat while the check waits for the offer is checked the same way. */
    @Test
    void aForwardedScreenshotInTheCheckIsChecked() {
        Person person = inTheCheck(BOT, 8302, "vi", true);
        person.forwardsPhoto(SCREENSHOT);
        person.waitsFor(c -> c.text().startsWith("🔴 RỦI RO CAO"));
    }

    /** Outside the check, a photo whose caption asks to check it is read and checked; one without gets "only text". */
    @Test
    void aCaptionAskingToCheckOpensTheCheckFromAnywhere() {
        Person person = new Person(BOT.telegram(), 8303);
        person.chooses("vi");
        person.sendsPhoto(SCREENSHOT, "Chị ơi kiểm tra giúp em cái này với");
        person.waitsFor(c -> c.text().startsWith("🔴 RỦI RO CAO"));
        person.presses("m:home");
        person.sendsPhoto(SCREENSHOT, null);
        person.waitsFor(c -> c.text().equals("Mình chỉ đọc được tin nhắn chữ. Bạn viết cho mình bằng chữ nhé."));
    }

    /**
     * A picture without words (a landscape) gets a kind request to type the main points, or to answer questions;
     * the check then reads what the person types.
     */
    @Test
    void anUnreadablePictureGetsAskedToTypeTheMainPoints() {
        Person person = inTheCheck(BOT, 8304, "en", true);
        person.sendsPhoto(OfferPictures.landscape(900, 600), null);
        Call asked = person.waitsFor(c -> c.text().startsWith("I couldn't read enough words in this picture."));
        assertThat(asked.text()).contains("Please type the main points: the pay, the place, who offers it");
        assertThat(asked.buttonData()).containsExactly("o:g", "m:home");
        person.writes(AD);
        person.waitsFor(c -> c.text().startsWith("🔴 HIGH RISK"));
    }

    /** A photo of more than 20 MB, which Telegram lets no bot download, gets the same request, not silence. */
    @Test
    void aPhotoTelegramWillNotHandOverGetsAskedToType() {
        Person person = inTheCheck(BOT, 8305, "en", true);
        BOT.telegram().userSendsPhotoOfSize(8305, 21L * 1024 * 1024);
        person.waitsFor(c -> c.text().startsWith("I couldn't open this picture. Please type the main points"));
        assertThat(BOT.telegram().refused()).isEmpty();
    }

    /** A person who chose a language and opened the check; its prompt welcomes a photo when photos can be read. */
    static Person inTheCheck(BotUnderTest bot, long user, String language, boolean photosRead) {
        Person person = new Person(bot.telegram(), user);
        person.chooses(language);
        person.presses("m:offer");
        Call prompt = person.waitsFor(c -> c.text().startsWith("🔎"));
        assertThat(prompt.text().contains("📷")).as("the prompt welcomes a photo").isEqualTo(photosRead);
        return person;
    }
}
