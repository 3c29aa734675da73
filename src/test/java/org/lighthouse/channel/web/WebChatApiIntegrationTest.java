package org.lighthouse.channel.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.content.Catalog;
import org.lighthouse.content.Lesson;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.SecurityHeaders;
import org.lighthouse.testing.RunningBot;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The web chat's endpoints: the same conversation as on Telegram, over plain HTTP, robust to repeated posts. */
class WebChatApiIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path data;
    static RunningBot bot;

    @BeforeAll
    static void start() {
        bot = RunningBot.startWithoutTelegram(data);
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    /** /start, the language button, then the menu: the same steps and texts as on Telegram. */
    @Test
    void conversationWorksOverHttp() throws Exception {
        String session = UUID.randomUUID().toString();
        assertThat(post(session, "{\"id\":\"post-0001\",\"text\":\"/start\"}")).isEqualTo(202);
        JsonNode prompt = awaitMessages(session, 1).get(0);
        assertThat(prompt.get("text").asText()).contains("Xin chào").contains("Hello");
        assertThat(prompt.get("buttons").get(0).get(1).get("data").asText()).isEqualTo("lang:en");

        post(session, "{\"id\":\"post-0002\",\"data\":\"lang:en\",\"ref\":\"" + prompt.get("number").asText() + "\"}");
        JsonNode messages = awaitMessages(session, 2);
        assertThat(messages.get(0).get("text").asText()).isEqualTo("English it is.");
        assertThat(messages.get(0).get("buttons")).isEmpty();
        assertThat(messages.get(1).get("text").asText()).isEqualTo("What would you like to do?");
    }

    /**
     * A lesson in the web chat: its first card comes as a new message with its picture, whose words in the person's
     * language are the page's alt text; the second card comes below it, and the cards after it change in place.
     */
    @Test
    void lessonCardsShowThePictureThenChangeInPlace() throws Exception {
        String session = UUID.randomUUID().toString();
        post(session, "{\"id\":\"post-0001\",\"text\":\"/start\"}");
        JsonNode prompt = awaitMessages(session, 1).get(0);
        post(session, "{\"id\":\"post-0002\",\"data\":\"lang:vi\",\"ref\":\"" + prompt.get("number").asText() + "\"}");
        awaitMessages(session, 3);
        post(session, "{\"id\":\"post-0003\",\"data\":\"l:o:sm-1\",\"ref\":\"2\"}");
        await().atMost(Duration.ofSeconds(10)).until(() -> textOf(session, 4).contains("(1/"));
        JsonNode picture = numbered(session, 4);
        assertThat(picture.get("file").asText()).startsWith("data:image/png;base64,");
        Lesson.Image image = bot.bean(Catalog.class).lesson("sm-1").orElseThrow().cards().get(0).image();
        assertThat(picture.get("alt").asText()).isEqualTo(image.alt().in(Language.VI).orElseThrow());
        post(session, "{\"id\":\"post-0004\",\"data\":\"l:n:sm-1:0\",\"ref\":\"4\"}");
        await().atMost(Duration.ofSeconds(10)).until(() -> textOf(session, 5).contains("(2/"));
        post(session, "{\"id\":\"post-0005\",\"data\":\"l:n:sm-1:1\",\"ref\":\"5\"}");
        await().atMost(Duration.ofSeconds(10)).until(() -> textOf(session, 5).contains("(3/"));
        assertThat(messages(session, 0).get("messages")).hasSize(5);
        assertThat(textOf(session, 4)).contains("(1/");
    }

    /**
     * With "read to me" on, a card that has a recording comes after a message the page plays with an audio control:
     * the recording's address on this service, which serves it as audio/ogg.
     */
    @Test
    void readToMePlaysTheCardsRecording() throws Exception {
        byte[] ogg = "OggS and the rest of a voice note".getBytes(UTF_8);
        Path file = data.resolve("audio/sm-2/1-en.ogg");
        Files.createDirectories(file.getParent());
        Files.write(file, ogg);
        String session = UUID.randomUUID().toString();
        post(session, "{\"id\":\"post-0001\",\"text\":\"/start\"}");
        JsonNode prompt = awaitMessages(session, 1).get(0);
        post(session, "{\"id\":\"post-0002\",\"data\":\"lang:en\",\"ref\":\"" + prompt.get("number").asText() + "\"}");
        awaitMessages(session, 3);
        post(session, "{\"id\":\"post-0003\",\"data\":\"lang:read\",\"ref\":\"2\"}");
        await().atMost(Duration.ofSeconds(10)).until(() -> textOf(session, 2).startsWith("🔊 On."));
        post(session, "{\"id\":\"post-0004\",\"data\":\"l:o:sm-2\",\"ref\":\"2\"}");
        await().atMost(Duration.ofSeconds(10)).until(() -> numberOf(session, "(1/") > 0);
        JsonNode voice = null;
        for (JsonNode message : messages(session, 0).get("messages")) {
            voice = message.path("file").asText().startsWith("/voice/") ? message : voice;
        }
        assertThat(voice).isNotNull();
        assertThat(voice.get("file").asText()).startsWith("/voice/sm-2/1-en.ogg?take=");
        assertThat(voice.get("number").asLong()).isEqualTo(numberOf(session, "(1/") - 1);
        HttpResponse<byte[]> served = HTTP.send(HttpRequest.newBuilder(URI.create(bot.url(voice.get("file")
                .asText()))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(served.headers().firstValue("Content-Type")).hasValue("audio/ogg");
        assertThat(served.body()).isEqualTo(ogg);
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(bot.url("/voice/sm-2/..%2F1-en.ogg"))).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isIn(400, 404);
    }

    /** The number of the last message whose text contains {@code part}, or 0. */
    private static long numberOf(String session, String part) throws IOException, InterruptedException {
        long number = 0;
        for (JsonNode message : messages(session, 0).get("messages")) {
            number = message.get("text").asText().contains(part) ? message.get("number").asLong() : number;
        }
        return number;
    }

    /** The text of the message numbered {@code number}; messages come in the order they last changed. */
    private static String textOf(String session, long number) throws IOException, InterruptedException {
        JsonNode message = numbered(session, number);
        return message == null ? "" : message.get("text").asText();
    }

    private static @Nullable JsonNode numbered(String session, long number) throws IOException, InterruptedException {
        for (JsonNode message : messages(session, 0).get("messages")) {
            if (message.get("number").asLong() == number) {
                return message;
            }
        }
        return null;
    }

    /** A post repeated with the same id (a retry on a weak connection) is answered once. */
    @Test
    void repeatedPostIsHandledOnce() throws Exception {
        String session = UUID.randomUUID().toString();
        post(session, "{\"id\":\"post-0001\",\"text\":\"/help\"}");
        post(session, "{\"id\":\"post-0001\",\"text\":\"/help\"}");
        awaitMessages(session, 1);
        Thread.sleep(500);
        assertThat(messages(session, 0).get("messages")).hasSize(1);
    }

    /** Only what changed since the page last asked is sent again, edits included. */
    @Test
    void pageFetchesOnlyWhatChanged() throws Exception {
        String session = UUID.randomUUID().toString();
        post(session, "{\"id\":\"post-0001\",\"text\":\"/start\"}");
        JsonNode first = messages(session, 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> messages(session, 0).get("rev").asLong() > 0);
        long rev = messages(session, 0).get("rev").asLong();
        assertThat(messages(session, rev).get("messages")).isEmpty();
        assertThat(first).isNotNull();
    }

    /**
     * A post far larger than anything a person can type (16 MB in {@code ref}, in the text, or junk, with or without a
     * declared length) is refused with 413 before it is read, nothing of it is stored, and the bot answers the next
     * post.
     */
    @Test
    void oversizedPostsAreRefusedAndTheBotAnswersOn() throws Exception {
        String session = UUID.randomUUID().toString();
        String huge = "1".repeat(16 * 1024 * 1024);
        List<HttpRequest.BodyPublisher> bodies = List.of(
                HttpRequest.BodyPublishers.ofString("{\"id\":\"post-0001\",\"data\":\"lang:en\",\"ref\":\"" + huge
                        + "\"}"),
                HttpRequest.BodyPublishers.ofString("{\"id\":\"post-0001\",\"text\":\"" + huge + "\"}"),
                HttpRequest.BodyPublishers.ofString(huge),
                // no declared length: refused once more than the limit has arrived
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes(UTF_8))));
        for (HttpRequest.BodyPublisher body : bodies) {
            HttpResponse<String> refused = send(session, "application/json", body);
            assertThat(refused.statusCode()).isEqualTo(413);
            assertThat(refused.body()).isEqualTo("a post is at most 16384 bytes");
        }
        assertThat(storedAnywhere(session)).isFalse();

        assertThat(post(session, "{\"id\":\"post-0002\",\"text\":\"/start\"}")).isEqualTo(202);
        assertThat(awaitMessages(session, 1).get(0).get("text").asText()).contains("Xin chào");
    }

    /** Each malformed post gets its own 4xx with a one-line reason, and nothing of any of them is stored. */
    @Test
    void malformedPostsAreRefusedWithAReason() throws Exception {
        String session = UUID.randomUUID().toString();
        String json = "application/json";
        Object[][] table = {
                {json, "{\"id\":\"x\",\"text\":\"hi\"}", 400, "id must be the post's own random id"},
                {json, "{\"id\":\"post-0001\",\"text\":\"   \"}", 400, "a post needs text or button data"},
                {json, "{\"id\":\"post-0001\",\"text\":\"" + "a".repeat(4097) + "\"}", 400, "at most 4096 characters"},
                {json, "{\"id\":\"post-0001\",\"data\":\"" + "m:".repeat(40) + "\",\"ref\":\"1\"}", 400, "1 to 64 bytes"},
                {json, "{\"id\":\"post-0001\",\"data\":\"\",\"ref\":\"1\"}", 400, "1 to 64 bytes"},
                {json, "{\"id\":\"post-0001\",\"data\":\"lang:en\"}", 400, "ref must be the number of the message"},
                {json, "{\"id\":\"post-0001\",\"data\":\"lang:en\",\"ref\":\"2; drop\"}", 400, "ref must be the number"},
                {json, "{\"id\":\"post-0001\",\"data\":\"lang:en\",\"ref\":\"" + "9".repeat(19) + "\"}", 400, "ref must be"},
                {json, "{\"id\":\"post-0001\",\"text\":\"hi\",\"ref\":\"1\"}", 400, "ref goes with button data only"},
                {json, "{\"id\":\"post-0001\",\"text\":\"hi\",\"data\":\"lang:en\",\"ref\":\"1\"}", 400, "not both"},
                {json, "{\"id\":\"post-0001\",\"text\":\"hi\",\"admin\":true}", 400, "unknown field \"admin\""},
                {json, "{\"id\":\"post-0001\",\"text\":42}", 400, "\"text\" must be a string"},
                {json, "{\"id\":\"post-0001\",\"data\":\"lang:en\",\"ref\":2}", 400, "\"ref\" must be a string"},
                {json, "{\"id\":[\"post-0001\"],\"text\":\"hi\"}", 400, "\"id\" must be a string"},
                {json, "{\"id\":\"post-0001\",\"text\":" + "[".repeat(3000) + "]".repeat(3000) + "}", 400,
                        "\"text\" must be a string"},
                {json, "[".repeat(5000) + "]".repeat(5000), 400, "a post is one JSON object"},
                {json, "{\"id\":\"post-0001\",\"text\":\"hi\",\"text\":\"/delete\"}", 400, "Duplicate Object property"},
                {json, "{\"id\":\"post-0001\",\"text\":\"hi\"} {\"id\":\"post-0002\"}", 400, "a post is one JSON object"},
                {json, "null", 400, "a post is one JSON object"},
                {json, "", 400, "a post is one JSON object"},
                {json, "this is not json", 400, "not valid JSON"},
                {"text/plain", "{\"id\":\"post-0001\",\"text\":\"hi\"}", 415, "application/json"},
        };
        for (Object[] row : table) {
            HttpResponse<String> refused = send(session, (String) row[0], HttpRequest.BodyPublishers.ofString(
                    (String) row[1]));
            assertThat(refused.statusCode()).as(abbreviated((String) row[1])).isEqualTo(row[2]);
            assertThat(refused.body()).as(abbreviated((String) row[1])).contains((String) row[3]).doesNotContain("\n");
        }
        assertThat(post("not-a-session", "{\"id\":\"post-0001\",\"text\":\"hi\"}")).isEqualTo(400);
        assertThat(storedAnywhere(session)).isFalse();
    }

    /** The page asks for messages since a revision it was given: a negative or non-numeric one is refused. */
    @Test
    void sinceMustBeARevision() throws Exception {
        String session = UUID.randomUUID().toString();
        for (String since : List.of("-1", "abc", "99999999999999999999")) {
            HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create(bot.url("/api/chat/" + session
                    + "/messages?since=" + since))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(since).isEqualTo(400);
            assertThat(refused.body()).as(since).startsWith("since ");
        }
    }

    /**
     * Every response, page, static file, API (refusals too) and health, carries the security headers; there is no
     * login page, and nothing asks for credentials.
     */
    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        String session = UUID.randomUUID().toString();
        List<HttpRequest> requests = List.of(
                HttpRequest.newBuilder(URI.create(bot.url("/"))).build(),
                HttpRequest.newBuilder(URI.create(bot.url("/webchat/chat.js"))).build(),
                HttpRequest.newBuilder(URI.create(bot.url("/webchat/chat.css"))).build(),
                HttpRequest.newBuilder(URI.create(bot.url("/api/webchat/texts?lang=en"))).build(),
                HttpRequest.newBuilder(URI.create(bot.url("/api/chat/" + session + "/messages"))).build(),
                HttpRequest.newBuilder(URI.create(bot.url("/api/chat/" + session + "/events")))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"post-0001\",\"text\":\"/help\"}")).build(),
                HttpRequest.newBuilder(URI.create(bot.url("/api/chat/" + session + "/events")))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpRequest.newBuilder(URI.create(bot.url("/actuator/health"))).build());
        for (HttpRequest request : requests) {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(request.uri().getPath()).isBetween(200, 400);
            assertSecurityHeaders(response);
        }
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(bot.url("/login"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(404);
        assertThat(login.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    /**
     * The page itself is served at the root, and health tells the truth: the database is up, and the safety net has
     * nobody to alert in this test's set-up; no path or disk size is shown to anyone.
     */
    @Test
    void pageAndHealthAreServed() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(bot.url("/"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/webchat/chat.js");
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(bot.url("/actuator/health"))).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode status = JSON.readTree(health.body());
        assertThat(status.get("status").asText()).as("no responder is configured here").isEqualTo("DEGRADED");
        assertThat(status.at("/components/database/status").asText()).isEqualTo("UP");
        assertThat(status.at("/components/safetyNet/status").asText()).isEqualTo("DEGRADED");
        assertThat(health.body()).as("nothing of the machine's disks or paths").doesNotContain("diskSpace")
                .doesNotContain(System.getProperty("user.dir"));
        assertThat(status.at("/components/database/details/kind").asText()).isEqualTo("embedded");
    }

    /** Web chat messages older than the time they are kept are deleted. */
    @Test
    void oldMessagesAreDeleted(@TempDir Path otherData) throws Exception {
        try (RunningBot shortMemory = RunningBot.startWithoutTelegram(otherData, "lighthouse.webchat.keep-for=1ms")) {
            String session = UUID.randomUUID().toString();
            HttpRequest start = HttpRequest.newBuilder(URI.create(shortMemory.url("/api/chat/" + session + "/events")))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"post-0001\",\"text\":\"/start\"}")).build();
            HTTP.send(start, HttpResponse.BodyHandlers.ofString());
            HttpRequest read = HttpRequest.newBuilder(URI.create(shortMemory.url("/api/chat/" + session + "/messages")))
                    .build();
            await().atMost(Duration.ofSeconds(10)).until(() -> JSON.readTree(HTTP.send(read,
                    HttpResponse.BodyHandlers.ofString()).body()).get("messages").size() == 1);
            Thread.sleep(10);
            shortMemory.bean(WebTranscript.class).deleteOldMessages();
            assertThat(JSON.readTree(HTTP.send(read, HttpResponse.BodyHandlers.ofString()).body()).get("messages"))
                    .isEmpty();
        }
    }

    /** A deployment that does not want the web chat switches it off: no page, no API; health keeps its headers. */
    @Test
    void webChatCanBeSwitchedOff(@TempDir Path otherData) throws Exception {
        try (RunningBot off = RunningBot.startWithoutTelegram(otherData, "lighthouse.webchat.enabled=false")) {
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(off.url("/"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> api = HTTP.send(HttpRequest.newBuilder(URI.create(off.url("/api/chat/"
                    + UUID.randomUUID() + "/messages"))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(404);
            assertThat(api.statusCode()).isEqualTo(404);
            assertSecurityHeaders(HTTP.send(HttpRequest.newBuilder(URI.create(off.url("/actuator/health"))).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
    }

    private static int post(String session, String body) throws IOException, InterruptedException {
        return send(session, "application/json", HttpRequest.BodyPublishers.ofString(body)).statusCode();
    }

    private static HttpResponse<String> send(String session, String contentType, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(bot.url("/api/chat/" + session + "/events")))
                .header("Content-Type", contentType).POST(body).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        String path = response.uri().getPath();
        assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                .hasValue(SecurityHeaders.POLICY);
        assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
    }

    /** Whether any document of any collection mentions the text (a session id: whether anything of it was kept). */
    private static boolean storedAnywhere(String text) {
        MongoTemplate mongo = bot.bean(MongoTemplate.class);
        return mongo.getCollectionNames().stream().anyMatch(name -> mongo.getCollection(name).find().into(
                new ArrayList<>()).stream().anyMatch(document -> document.toJson().contains(text)));
    }

    private static String abbreviated(String body) {
        return body.length() > 80 ? body.substring(0, 80) + "…" : body;
    }

    private static JsonNode messages(String session, long since) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(bot.url("/api/chat/" + session + "/messages?since="
                + since))).build();
        return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    private static JsonNode awaitMessages(String session, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> messages(session, 0).get("messages").size() >= count);
        try {
            return messages(session, 0).get("messages");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
