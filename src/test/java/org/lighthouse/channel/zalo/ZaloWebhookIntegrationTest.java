package org.lighthouse.channel.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.testing.FakeZalo;
import org.lighthouse.testing.FakeZalo.Call;
import org.lighthouse.testing.RunningBot;
import org.lighthouse.testing.ZaloPerson;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Zalo by webhook: set at start with the URL and secret, deliveries taken at /webhooks/zalo only with the secret, a
 * repeated delivery handled once, and lesson pictures sent as photos from the public address.
 */
class ZaloWebhookIntegrationTest {

    static final String HOOK = "https://lighthouse.example.org/webhooks/zalo";
    static final String SECRET = "zalo-webhook-secret-2718";

    @TempDir
    static Path dir;
    static FakeZalo zalo;
    static RunningBot bot;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        zalo = new FakeZalo();
        bot = RunningBot.startWithoutTelegram(Files.createDirectories(dir.resolve("data")), zalo.settings(
                "lighthouse.zalo.webhook-url=" + HOOK, "lighthouse.zalo.webhook-secret=" + SECRET,
                "lighthouse.zalo.public-base-url=" + base + "/", "server.port=" + port));
        zalo.deliverTo(bot.url("/webhooks/zalo"));
    }

    @AfterAll
    static void stop() throws Exception {
        bot.close();
        zalo.close();
    }

    /** At start the webhook is set with the URL and the secret; nothing polls; health says so. */
    @Test
    void webhookIsSetAndNothingPolls() {
        assertThat(zalo.webhookUrl()).isEqualTo(HOOK);
        assertThat(zalo.webhookSecret()).isEqualTo(SECRET);
        assertThat(zalo.attempts("getupdates")).isEmpty();
        assertThat(bot.health().at("/components/zalo/status").asText()).isEqualTo("UP");
        assertThat(bot.health().at("/components/zalo/details/mode").asText()).isEqualTo("webhook");
    }

    /**
     * A delivery without the secret, or with a wrong one, gets 403 and changes nothing: no answer, nothing stored. With
     * the secret it is stored and answered; delivered again, it is handled once. A body that is not JSON gets 400.
     */
    @Test
    void onlyDeliveriesWithTheSecretCount() throws Exception {
        String user = FakeZalo.user(21);
        ObjectNode update = FakeZalo.textUpdate(user, "Xin chào");
        String key = "zl:m" + update.path("message").path("message_id").asText();
        assertThat(zalo.post(update, null)).isEqualTo(403);
        assertThat(zalo.post(update, "zalo-webhook-secret-2719")).isEqualTo(403);
        assertThat(zalo.post(update, SECRET.substring(1))).isEqualTo(403);
        MongoTemplate mongo = bot.bean(MongoTemplate.class);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> zalo.messagesTo(user).isEmpty() && mongo.findById(key, org.bson.Document.class,
                        "inbox") == null);

        assertThat(zalo.post(update, SECRET)).isEqualTo(200);
        assertThat(mongo.findById(key, org.bson.Document.class, "inbox")).isNotNull();
        zalo.awaitMessage(user, c -> c.text().contains("Bạn muốn nói chuyện bằng tiếng nào?"));
        assertThat(zalo.post(update, SECRET)).isEqualTo(200);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> zalo.messagesTo(user).size() == 1);

        HttpResponse<String> notJson = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                bot.url("/webhooks/zalo"))).header("X-Bot-Api-Secret-Token", SECRET).header("Content-Type",
                        "application/json").POST(HttpRequest.BodyPublishers.ofString("{not json")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(notJson.statusCode()).isEqualTo(400);
    }

    /** A lesson's picture goes as a photo from the public address, its text and choices as the caption. */
    @Test
    void lessonPictureGoesAsAPhotoFromThePublicAddress() throws Exception {
        ZaloPerson person = new ZaloPerson(zalo, FakeZalo.user(22));
        person.chooses("Tiếng Việt");
        person.picks("Học");
        person.picks("Di cư an toàn");
        person.waitsFor(c -> c.text().contains("1. Công ty có giấy phép"));
        person.writes("1");
        Call photo = person.waitsFor(c -> c.method().equals("sendphoto"));
        String address = String.valueOf(photo.fields().get("photo"));
        assertThat(address).startsWith(base + "/zalo/pictures/").endsWith(".png");
        assertThat(photo.text()).contains("(1/").contains("Muốn đi làm xa").contains("1 Tiếp ▶");
        HttpResponse<byte[]> picture = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(picture.body()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        person.writes("1");
        Call next = person.waitsFor(c -> c.text().contains("(2/"));
        assertThat(next.method()).isEqualTo("sendmessage");
        assertThat(zalo.refused()).isEmpty();
    }
}
