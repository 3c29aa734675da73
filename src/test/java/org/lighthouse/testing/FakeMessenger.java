package org.lighthouse.testing;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A local stand-in of Messenger's Send API ({@code POST /v25.0/me/messages?access_token=...}) on loopback, that
 * behaves as Meta documents it: it refuses a wrong Page token (#190), a recipient who never wrote to the Page (#100,
 * 2018001), a message without text or over 2,000 characters, more than 13 quick replies or a title over 20 characters
 * (#100), and outside the person's 24-hour window anything but a {@code MESSAGE_TAG} with {@code HUMAN_AGENT}, which it
 * takes up to 7 days after the person's last message (#10, 2018278). It knows when each person last wrote from the
 * deliveries the tests send ({@link #personWrote}); {@link #timePassesFor} moves that back, as if the hours had passed.
 * A file comes as a multipart upload: an image, audio, video or file attachment without text. It can answer "too many
 * calls" (#613) and server errors, and records what it took and what it refused.
 */
public final class FakeMessenger implements AutoCloseable {

    public static final String PAGE_TOKEN = "EAAtest-page-token-for-the-local-stand-in";
    public static final String APP_SECRET = "test-app-secret-0123456789abcdef";
    public static final String VERIFY_TOKEN = "lighthouse-verify-word";
    public static final String PAGE_ID = "1000000000000001";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WINDOW = Duration.ofHours(24);
    private static final Duration HUMAN_AGENT = Duration.ofDays(7);

    private final MockWebServer server = new MockWebServer();
    private final Map<String, Instant> lastWrote = new ConcurrentHashMap<>();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final List<Sent> refused = new CopyOnWriteArrayList<>();
    private final AtomicInteger nextId = new AtomicInteger(1);
    private final AtomicInteger rateLimited = new AtomicInteger();
    private final AtomicInteger serverErrors = new AtomicInteger();
    private final PictureHost pictures = new PictureHost();

    /**
     * A Send API call: to whom, how ({@code RESPONSE}, or {@code MESSAGE_TAG} with its tag), the text, the quick
     * replies' titles and payloads, when it came, the message id given (or the error, for a refused call), and the
     * file uploaded with it, if any.
     */
    public record Sent(String recipient, String messagingType, String tag, String text, List<String> titles,
            List<String> payloads, Instant at, String outcome, Attachment attachment) {

        public boolean tagged() {
            return "MESSAGE_TAG".equals(messagingType) && "HUMAN_AGENT".equals(tag);
        }
    }

    /** A file uploaded as a message's attachment: its type ({@code image}, {@code file}), name, media type, size. */
    public record Attachment(String type, String fileName, String mediaType, int size) {
    }

    public FakeMessenger() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return FakeMessenger.this.dispatch(request);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL to give the bot as {@code MESSENGER_API_URL}. */
    public String url() {
        return "http://127.0.0.1:" + server.getPort() + "/v25.0";
    }

    /** The settings that turn Messenger on against this stand-in, with quick sending for tests. */
    public String[] settings() {
        return new String[] {"lighthouse.messenger.page-token=" + PAGE_TOKEN,
            "lighthouse.messenger.app-secret=" + APP_SECRET, "lighthouse.messenger.verify-token=" + VERIFY_TOKEN,
            "lighthouse.messenger.api-url=" + url(), "lighthouse.messenger.chat-interval=20ms",
            "lighthouse.messenger.per-second=500", "lighthouse.messenger.rate-limit-wait=300ms"};
    }

    // ---- what people do, as Messenger sees it -------------------------------------------------------------------

    /** Serves a picture a person sends, as Meta's servers do; returns the address its attachment carries. */
    public String picture(byte[] picture) {
        return pictures.put("http://127.0.0.1:" + server.getPort(), picture);
    }

    /** The person wrote (or tapped) at this time: Messenger's window for them runs from here. */
    public void personWrote(String psid, Instant at) {
        lastWrote.merge(psid, at, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** As if {@code time} had passed since the person's last message. */
    public void timePassesFor(String psid, Duration time) {
        lastWrote.computeIfPresent(psid, (p, at) -> at.minus(time));
    }

    // ---- faults ------------------------------------------------------------------------------------------------

    /** The next {@code times} calls get "(#613) Calls to this API have exceeded the rate limit". */
    public void rateLimits(int times) {
        rateLimited.set(times);
    }

    /** The next {@code times} calls get 500. */
    public void serverErrors(int times) {
        serverErrors.set(times);
    }

    // ---- what the bot sent -------------------------------------------------------------------------------------

    /** Messages taken for the person, in order. */
    public List<Sent> sentTo(String psid) {
        return sent.stream().filter(s -> s.recipient().equals(psid)).toList();
    }

    /** Calls refused for the person, in order: their outcome is the error's code and message. */
    public List<Sent> refusedFor(String psid) {
        return refused.stream().filter(s -> s.recipient().equals(psid)).toList();
    }

    public List<Sent> refused() {
        return List.copyOf(refused);
    }

    /** Waits until {@code count} messages were taken for the person; returns them all. */
    public List<Sent> awaitSent(String psid, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> sentTo(psid).size() >= count);
        return sentTo(psid);
    }

    /** Waits for a message to the person that matches; returns the first such. */
    public Sent awaitSent(String psid, Predicate<Sent> matching) {
        await().atMost(Duration.ofSeconds(20)).until(() -> sentTo(psid).stream().anyMatch(matching));
        return sentTo(psid).stream().filter(matching).findFirst().orElseThrow();
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }

    // ---- the stand-in ------------------------------------------------------------------------------------------

    private MockResponse dispatch(RecordedRequest request) {
        HttpUrl url = request.getRequestUrl();
        if (url != null && pictures.serves(url.encodedPath())) {
            return pictures.serve(url.encodedPath());
        }
        if (url == null || !"POST".equals(request.getMethod()) || !url.encodedPath().equals("/v25.0/me/messages")) {
            return new MockResponse().setResponseCode(404).setBody(error(404, 803, 0, "Unknown path").body());
        }
        JsonNode body;
        Attachment attachment = null;
        try {
            String type = String.valueOf(request.getHeader("Content-Type"));
            if (type.startsWith("multipart/form-data")) {
                ObjectNode fields = JSON.createObjectNode();
                attachment = multipart(request, type, fields);
                body = fields;
            } else {
                body = JSON.readTree(request.getBody().readUtf8());
            }
        } catch (IOException e) {
            return new MockResponse().setResponseCode(400).setBody(error(400, 100, 0, "(#100) Not JSON").body());
        }
        Sent call = read(body, attachment);
        Refusal refusal = check(url.queryParameter("access_token"), body, call);
        if (refusal != null) {
            refused.add(withOutcome(call, refusal.body()));
            return new MockResponse().setResponseCode(refusal.status()).setHeader("Content-Type", "application/json")
                    .setBody(refusal.body());
        }
        String mid = "m_" + nextId.getAndIncrement();
        sent.add(withOutcome(call, mid));
        ObjectNode answer = JSON.createObjectNode().put("recipient_id", call.recipient()).put("message_id", mid);
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(answer.toString());
    }

    /** A Graph API error: the HTTP status and the JSON body. */
    private record Refusal(int status, String body) {
    }

    private Refusal check(String token, JsonNode body, Sent call) {
        if (!PAGE_TOKEN.equals(token)) {
            return error(400, 190, 0, "Invalid OAuth access token - Cannot parse access token");
        }
        if (serverErrors.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return error(500, 2, 0, "An unexpected error has occurred. Please retry your request later.");
        }
        if (rateLimited.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return error(400, 613, 0, "(#613) Calls to this API have exceeded the rate limit.");
        }
        JsonNode message = body.path("message");
        if (call.recipient().isEmpty() || !message.isObject()) {
            return error(400, 100, 0, "(#100) The parameters recipient and message are required");
        }
        Instant wrote = lastWrote.get(call.recipient());
        if (wrote == null) {
            return error(400, 100, 2018001, "(#100) No matching user found");
        }
        if (!List.of("RESPONSE", "UPDATE", "MESSAGE_TAG").contains(call.messagingType())
                || call.messagingType().equals("MESSAGE_TAG") && call.tag().isEmpty()) {
            return error(400, 100, 0, "(#100) Param messaging_type must be one of {RESPONSE, UPDATE, MESSAGE_TAG}"
                    + " and a MESSAGE_TAG needs a tag");
        }
        if (call.attachment() != null) {
            String type = message.path("attachment").path("type").asText("");
            if (!List.of("image", "audio", "video", "file").contains(type) || call.attachment().size() == 0
                    || call.attachment().size() > 25 * 1024 * 1024 || !call.text().isEmpty()) {
                return error(400, 100, 0, "(#100) An attachment is an image, audio, video or file of 1 byte to 25 MB,"
                        + " without text");
            }
        } else if (call.text().isEmpty()) {
            return error(400, 100, 0, "(#100) Param message must be non-empty");
        }
        if (call.text().length() > 2000) {
            return error(400, 100, 0, "(#100) Length of param message[text] must be less than or equal to 2000");
        }
        if (call.titles().size() > 13) {
            return error(400, 100, 0, "(#100) param message[quick_replies] must have a maximum of 13 elements");
        }
        if (call.titles().stream().anyMatch(t -> t.isEmpty() || t.length() > 20)
                || call.payloads().stream().anyMatch(p -> p.isEmpty() || p.length() > 1000)) {
            return error(400, 100, 0, "(#100) A quick reply's title is 1-20 characters and its payload 1-1000");
        }
        Duration since = Duration.between(wrote, Instant.now());
        boolean humanAgent = call.tagged();
        if (since.compareTo(humanAgent ? HUMAN_AGENT : WINDOW) > 0) {
            return error(400, 10, 2018278, "(#10) This message is sent outside of allowed window.");
        }
        return null;
    }

    /** The fields of a multipart upload into {@code fields} (JSON ones parsed); returns the file. */
    private static Attachment multipart(RecordedRequest request, String type, ObjectNode fields) throws IOException {
        MultipartParts.Part file = null;
        for (MultipartParts.Part part : MultipartParts.of(request, type)) {
            if (part.fileName() != null) {
                file = part;
            } else {
                fields.set(part.name(), part.text().startsWith("{") ? JSON.readTree(part.text())
                        : JSON.getNodeFactory().textNode(part.text()));
            }
        }
        return file == null ? null : new Attachment(fields.path("message").path("attachment").path("type").asText(""),
                file.fileName(), String.valueOf(file.contentType()), file.bytes().length);
    }

    private static Sent read(JsonNode body, Attachment attachment) {
        List<String> titles = new ArrayList<>();
        List<String> payloads = new ArrayList<>();
        for (JsonNode quick : body.path("message").path("quick_replies")) {
            titles.add(quick.path("title").asText(""));
            payloads.add(quick.path("payload").asText(""));
        }
        return new Sent(body.path("recipient").path("id").asText(""), body.path("messaging_type").asText(""),
                body.path("tag").asText(""), body.path("message").path("text").asText(""), List.copyOf(titles),
                List.copyOf(payloads), Instant.now(), "", attachment);
    }

    private static Sent withOutcome(Sent call, String outcome) {
        return new Sent(call.recipient(), call.messagingType(), call.tag(), call.text(), call.titles(),
                call.payloads(), call.at(), outcome, call.attachment());
    }

    private static Refusal error(int status, int code, int subcode, String message) {
        ObjectNode error = JSON.createObjectNode();
        ObjectNode inner = error.putObject("error").put("message", message).put("type", "OAuthException")
                .put("code", code).put("fbtrace_id", "Atest");
        if (subcode != 0) {
            inner.put("error_subcode", subcode);
        }
        return new Refusal(status, error.toString());
    }
}
