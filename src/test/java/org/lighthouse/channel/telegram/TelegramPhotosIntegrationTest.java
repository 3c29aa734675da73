package org.lighthouse.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Inbound;
import org.lighthouse.channel.PhotoFetch;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.OfferPictures;

/**
 * Fetching a person's photo from Telegram over the Bot API's real HTTP path (getFile, then the file's path), against
 * the stand-in, which refuses what Telegram refuses.
 */
class TelegramPhotosIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final byte[] PICTURE = OfferPictures.plain("Tuyển gấp nữ phục vụ", "DejaVu Sans", 24, 600).png();

    static FakeTelegram telegram;
    static BotApi api;
    static TelegramPhotos photos;

    @BeforeAll
    static void start() {
        telegram = new FakeTelegram();
        TelegramSettings settings = new TelegramSettings(FakeTelegram.TOKEN, URI.create(telegram.url()), null, null,
                null, null, null, null, null, null);
        api = new BotApi(TelegramPlatform.pollingHttp(settings), settings);
        photos = new TelegramPhotos(api, settings);
    }

    @AfterAll
    static void stop() throws IOException {
        telegram.close();
    }

    /** The update read as the bot reads it names the photo's largest size, which comes whole, by getFile. */
    @Test
    void fetchesTheLargestSize() {
        Inbound photo = photoEvent(telegram.userSendsPhoto(7001, PICTURE, null));
        assertThat(photos.fetch(photo, 10_000_000, TIMEOUT)).isInstanceOfSatisfying(PhotoFetch.Fetched.class,
                fetched -> assertThat(fetched.bytes()).isEqualTo(PICTURE));
        assertThat(telegram.callsOf("getfile")).last().satisfies(call -> assertThat(call.fields().get("file_id"))
                .isEqualTo(photo.media()));
    }

    /** An unknown file id gets Telegram's 400, a failure that names no token. */
    @Test
    void anUnknownFileIsRefused() {
        PhotoFetch fetch = photos.fetch(event("AgADunknown"), 10_000_000, TIMEOUT);
        assertThat(fetch).isInstanceOfSatisfying(PhotoFetch.Failed.class, failed -> assertThat(failed.reason())
                .contains("400").contains("invalid file_id").doesNotContain(FakeTelegram.TOKEN));
    }

    /** A file over Telegram's 20 MB for bots, or over what the caller takes, is too large: it is not downloaded. */
    @Test
    void aFileTooLargeIsNotDownloaded() {
        Inbound huge = photoEvent(telegram.userSendsPhotoOfSize(7002, 21L * 1024 * 1024));
        assertThat(photos.fetch(huge, 100_000_000, TIMEOUT)).isInstanceOf(PhotoFetch.TooLarge.class);
        Inbound photo = photoEvent(telegram.userSendsPhoto(7003, PICTURE, null));
        assertThat(photos.fetch(photo, PICTURE.length - 1, TIMEOUT)).isInstanceOf(PhotoFetch.TooLarge.class);
        assertThat(telegram.refused()).isEmpty();
    }

    /** The event an update makes, taken by getUpdates and read as the bot reads it. */
    private static Inbound photoEvent(int updateId) {
        ApiAnswer.Result updates = (ApiAnswer.Result) api.call("getUpdates", api.fields().put("offset", updateId),
                TIMEOUT);
        return new UpdateReader(new UpdateMapper(new BotIdentity()), null).read(updates.value().get(0)).event();
    }

    private static Inbound event(String fileId) {
        return new Inbound(ChatRef.telegram(1), "tg:u1", 1, "1", false, Inbound.Kind.MEDIA, null, null, "1", false,
                null, Inbound.Attachment.PHOTO, null, fileId);
    }
}
