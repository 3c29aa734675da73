package org.lighthouse.channel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.testing.RunningBot;

/**
 * The anonymous web chat cannot flood the bot: new chats and posts are limited per client address, not only per chat.
 * The bot runs as behind a reverse proxy ({@code server.forward-headers-strategy=native}, trusting the loopback
 * address), so that each test speaks from client addresses of its own through {@code X-Forwarded-For}.
 */
class WebChatFloodIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path data;
    static RunningBot bot;

    @BeforeAll
    static void start() {
        bot = RunningBot.startWithoutTelegram(data, "server.forward-headers-strategy=native");
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    /**
     * 300 new chats from one address: the first 40 are taken, then 429 with Retry-After and a reason (one more is let
     * through per 15 seconds the run takes); nothing of a refused chat is stored; a chat from
     * another address is answered.
     */
    @Test
    void newChatsFromOneAddressAreLimited() throws Exception {
        long started = System.nanoTime();
        List<HttpResponse<String>> answers = new ArrayList<>();
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            sessions.add(UUID.randomUUID().toString());
            answers.add(post(bot, sessions.get(i), "203.0.113.10", "/help"));
        }
        int refills = (int) (Duration.ofNanos(System.nanoTime() - started).toSeconds() / 15);
        int firstRefused = 0;
        while (firstRefused < answers.size() && answers.get(firstRefused).statusCode() == 202) {
            firstRefused++;
        }
        assertThat(firstRefused).isBetween(40, 40 + refills);
        HttpResponse<String> refused = answers.get(firstRefused);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).isEqualTo("too many new chats from this address; try again later");
        assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(
                seconds -> assertThat(seconds).isBetween(1L, 15L));
        assertThat(answers.stream().filter(answer -> answer.statusCode() == 202)).hasSizeLessThanOrEqualTo(
                40 + refills + 1);

        String other = UUID.randomUUID().toString();
        assertThat(post(bot, other, "198.51.100.20", "/help").statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> messageCount(bot, other) == 1);
        assertThat(messageCount(bot, sessions.get(299))).isZero();
    }

    /**
     * One address's chats, each within its own limit, together post more than the address's 300 a minute: the rest
     * get 429 naming the address, while another address posts on.
     */
    @Test
    void postsFromOneAddressAreLimited() throws Exception {
        List<String> chats = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            chats.add(UUID.randomUUID().toString());
        }
        int accepted = 0;
        HttpResponse<String> answer = null;
        for (int i = 0; i < 500; i++) {
            answer = post(bot, chats.get(i % chats.size()), "203.0.113.20", "/help");
            if (answer.statusCode() != 202) {
                break;
            }
            accepted++;
        }
        assertThat(accepted).isGreaterThanOrEqualTo(300).isLessThan(500);
        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(answer.body()).isEqualTo("too many messages from this address; try again shortly");
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(post(bot, chats.get(0), "198.51.100.30", "/help").statusCode()).isEqualTo(202);
    }

    /**
     * Without a proxy configured (the default), {@code X-Forwarded-For} is not believed: a script cannot escape the
     * limit by naming a new address with each post.
     */
    @Test
    void forwardedAddressesAreIgnoredByDefault(@TempDir Path otherData) throws Exception {
        try (RunningBot direct = RunningBot.startWithoutTelegram(otherData, "lighthouse.webchat.address-new-chats=2")) {
            List<Integer> statuses = new ArrayList<>();
            for (String address : List.of("203.0.113.31", "203.0.113.32", "203.0.113.33")) {
                statuses.add(post(direct, UUID.randomUUID().toString(), address, "/help").statusCode());
            }
            assertThat(statuses).containsExactly(202, 202, 429);
        }
    }

    private static HttpResponse<String> post(RunningBot target, String session, String address, String text)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.url("/api/chat/" + session + "/events")))
                .header("Content-Type", "application/json").header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"" + UUID.randomUUID() + "\",\"text\":\"" + text
                        + "\"}")).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static int messageCount(RunningBot target, String session) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.url("/api/chat/" + session + "/messages")))
                .build();
        return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body()).get("messages").size();
    }
}
