package org.lighthouse.channel.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lighthouse.testing.BotUnderTest;
import org.lighthouse.testing.FakeMessenger;
import org.lighthouse.testing.FakeMessenger.Sent;
import org.lighthouse.testing.MessengerPerson;
import org.lighthouse.testing.OfferPictures;

/**
 * A photo of an offer sent on Messenger: the webhook's image attachment carries its address, from which the bot
 * fetches it (here the stand-in's own server, as Meta's serves it), reads it and answers with the offer check.
 */
class MessengerOfferPhotoIntegrationTest {

    static final FakeMessenger MESSENGER = new FakeMessenger();
    @RegisterExtension
    static final BotUnderTest BOT = BotUnderTest.with(MESSENGER, MESSENGER.settings());

    /** A photo of a risky job ad sent in the check gets the high-risk answer, with a person among its quick replies. */
    @Test
    void aPhotoInTheCheckGetsTheHighRiskAnswer() {
        MessengerPerson person = new MessengerPerson(BOT.bot(), MESSENGER, "7200000000000001");
        person.getsStarted();
        person.waitsFor(s -> s.payloads().contains("lang:en"));
        person.taps("lang:en");
        person.waitsFor(s -> s.payloads().contains("m:offer"));
        person.taps("m:offer");
        person.waitsFor(s -> s.text().startsWith("🔎"));
        person.sendsPhoto(OfferPictures.plain("Hiring now! Waitresses for a restaurant in Malaysia, salary 1,500 USD"
                + " a month, free flight and accommodation. No passport needed, we arrange everything. Leave this"
                + " week, message Ms Linh.", "DejaVu Sans", 26, 900).png());
        Sent result = person.waitsFor(s -> s.text().startsWith("🔴 HIGH RISK"));
        assertThat(result.payloads()).contains("s:talk:offer");
    }
}
