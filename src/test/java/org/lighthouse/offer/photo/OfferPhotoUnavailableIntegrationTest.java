package org.lighthouse.offer.photo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lighthouse.testing.BotUnderTest;
import org.lighthouse.testing.FakeTelegram.Call;
import org.lighthouse.testing.OfferPictures;
import org.lighthouse.testing.Person;

/**
 * Where Tesseract's language data is not where the setting says (here a wrong {@code lighthouse.offer.photo.tessdata};
 * a machine without Tesseract is the same), the bot starts all the same: the check asks for no photo, a photo sent
 * gets a plain request to type the main points in the person's language, and health says what is missing.
 */
class OfferPhotoUnavailableIntegrationTest {

    @RegisterExtension
    static final BotUnderTest BOT = new BotUnderTest("lighthouse.offer.photo.tessdata=/nonexistent/tessdata");

    /** A photo in the check gets "I can't read pictures here", in English and in Vietnamese, and the questions. */
    @Test
    void aPhotoGetsAskedToTypeTheMainPoints() {
        byte[] screenshot = OfferPictures.post("Việc Làm 24h", OfferPhotoJourneyIntegrationTest.AD, "DejaVu Sans", 28,
                720).png();
        Person english = OfferPhotoJourneyIntegrationTest.inTheCheck(BOT, 8401, "en", false);
        english.sendsPhoto(screenshot, null);
        Call answer = english.waitsFor(c -> c.text().startsWith("I can't read pictures here, please type the main"
                + " points"));
        assertThat(answer.buttonData()).containsExactly("o:g", "m:home");
        Person vietnamese = OfferPhotoJourneyIntegrationTest.inTheCheck(BOT, 8402, "vi", false);
        vietnamese.sendsPhoto(screenshot, null);
        vietnamese.waitsFor(c -> c.text().startsWith("Ở đây mình không đọc được ảnh, bạn gõ giúp mình các ý chính"));
        assertThat(BOT.telegram().callsOf("getfile")).isEmpty();
    }

    /** Health shows photo reading DEGRADED, naming what is missing without its path. */
    @Test
    void healthSaysWhatIsMissing() {
        JsonNode photos = BOT.bot().health().at("/components/offerPhotos");
        assertThat(photos.path("status").asText()).isEqualTo("DEGRADED");
        assertThat(photos.at("/details/missing").asText()).isEqualTo("Tesseract's data for 'vie'");
        assertThat(photos.toString()).doesNotContain("/nonexistent");
    }
}
