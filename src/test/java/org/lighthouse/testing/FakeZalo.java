package org.lighthouse.testing;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.jspecify.annotations.Nullable;

/**
 * A local stand-in of the Zalo Bot API on loopback (bot.zaloplatforms.com, build-your-bot; the facts in
 * {@code ../shared/CHANNELS.md}), for Lighthouse to poll, be called by webhook, and send to.
 *
 * <p>As Zalo: calls are {@code POST /bot<TOKEN>/<method>} with a JSON body; a wrong token gets 401 and an unknown
 * method 404; answers are {@code {"ok":true,"result":..}} or {@code {"ok":false,"error_code":..,"description":..}}.
 * {@code getUpdates} long-polls for {@code timeout} seconds (at most 2 here) and returns one update as its result, as
 * Zalo's documentation shows it, or 408 "Request timeout" when none came; it is refused while a webhook is set. An
 * update once returned is gone: there is nothing to confirm. {@code setWebhook} wants an HTTPS {@code url} and a
 * {@code secret_token} of 8 to 256 characters. {@code sendMessage} wants a {@code chat_id} the bot may write to (someone
 * who wrote to it) and a {@code text} of 1 to 2,000 characters; {@code sendPhoto} a {@code photo} address and a
 * caption of at most 2,000. It records what the bot sent, can answer "too many requests" or "blocked", and delivers
 * messages to the bot by webhook (with the secret, a wrong one, or none).
 */
public final class FakeZalo implements AutoCloseable {

    public static final String TOKEN = "2718281828459:zalo-TEST_token.for~the-stand-in";
    public static final String TEXT = "message.text.received";
    public static final String IMAGE = "message.image.received";
    public static final String STICKER = "message.sticker.received";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TEXT = 2000;
    private static final Set<String> METHODS = Set.of("getme", "getupdates", "setwebhook", "deletewebhook",
            "getwebhookinfo", "sendmessage", "sendphoto", "sendsticker", "sendchataction");

    private final MockWebServer server = new MockWebServer();
    private final Deque<ObjectNode> pending = new ArrayDeque<>();
    /** Every request, with how it was answered, in order. */
    private final List<Call> log = new CopyOnWriteArrayList<>();
    private final Set<String> knownChats = ConcurrentHashMap.newKeySet();
    private final Set<String> blocked = ConcurrentHashMap.newKeySet();
    private final AtomicInteger tooMany = new AtomicInteger();
    private final HttpClient http = HttpClient.newHttpClient();
    private final PictureHost pictures = new PictureHost();
    private volatile @Nullable String webhookUrl;
    private volatile @Nullable String webhookSecret;
    private volatile @Nullable URI deliverTo;

    /**
     * A request the bot made: the method (lower case), its fields, when it came, and the {@code error_code} it got (0
     * when it was answered {@code "ok":true}).
     */
    public record Call(String method, Map<String, Object> fields, Instant at, int error) {
        public String chatId() {
            return String.valueOf(fields.get("chat_id"));
        }

        /** The text of a message, or the caption of a photo. */
        public String text() {
            Object text = fields.get("text");
            return text == null ? String.valueOf(fields.getOrDefault("caption", "")) : text.toString();
        }

        public boolean isMessage() {
            return method.equals("sendmessage") || method.equals("sendphoto");
        }

        /**
         * The number written before a choice's label ({@code 3 📚 Học}), for the person to type; the label given
         * without its emoji is enough.
         */
        public Optional<String> numberOf(String label) {
            for (String line : text().split("\n")) {
                for (String choice : line.split(" · ")) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+) (.+)$").matcher(choice.strip());
                    if (m.matches() && m.group(2).contains(label)) {
                        return Optional.of(m.group(1));
                    }
                }
            }
            return Optional.empty();
        }
    }

    public FakeZalo() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return FakeZalo.this.dispatch(request);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL to give the bot as {@code ZALO_API_URL}. */
    public String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    /**
     * The settings that point the bot at this stand-in, with quick polls and a quick pace for tests, and any more
     * given ({@code name=value}), to pass to {@link RunningBot#start}.
     */
    public String[] settings(String... more) {
        List<String> all = new java.util.ArrayList<>(List.of("lighthouse.zalo.token=" + TOKEN,
                "lighthouse.zalo.api-url=" + url(), "lighthouse.zalo.poll-timeout=1s",
                "lighthouse.zalo.chat-interval=20ms", "lighthouse.zalo.per-second=500",
                "lighthouse.zalo.too-many-wait=1s"));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    /** A Zalo user id (a hex string of 20 characters, as Zalo's), the same for the same number. */
    public static String user(int n) {
        return String.format(Locale.ROOT, "%020x", 0x5a10_0000_0000L + n);
    }

    // ---- what users do ---------------------------------------------------------------------------------------

    /** A user writes a text in their private chat with the bot; returns the update, to deliver it again. */
    public ObjectNode userSends(String userId, String text) {
        return deliver(textUpdate(userId, text));
    }

    /** The update of a text a user writes in their private chat, not delivered yet. */
    public static ObjectNode textUpdate(String userId, String text) {
        ObjectNode message = message(userId, userId, "PRIVATE");
        message.put("text", text);
        return update(TEXT, message);
    }

    /** A user sends a photo (its address on Zalo's servers), with a caption or none. */
    public ObjectNode userSendsPhoto(String userId, @Nullable String caption) {
        return userSendsPhotoAt(userId, caption, "https://photo.zalo.example/" + userId + "/"
                + ThreadLocalRandom.current().nextInt());
    }

    /** A user sends a picture, which this stand-in serves at the address the update carries, as Zalo does. */
    public ObjectNode userSendsPhoto(String userId, @Nullable String caption, byte[] picture) {
        return userSendsPhotoAt(userId, caption, pictures.put(url(), picture));
    }

    private ObjectNode userSendsPhotoAt(String userId, @Nullable String caption, String address) {
        ObjectNode message = message(userId, userId, "PRIVATE");
        message.put("photo", address);
        if (caption != null) {
            message.put("caption", caption);
        }
        return deliver(update(IMAGE, message));
    }

    /** A user sends a sticker. */
    public ObjectNode userSendsSticker(String userId) {
        ObjectNode message = message(userId, userId, "PRIVATE");
        message.put("sticker", "0e078a2fb66a5f34067b");
        return deliver(update(STICKER, message));
    }

    /** A user writes in a group the bot is in. */
    public ObjectNode userSendsInGroup(String groupId, String userId, String text) {
        ObjectNode message = message(groupId, userId, "GROUP");
        message.put("text", text);
        return deliver(update(TEXT, message));
    }

    /** An update as Zalo builds it. */
    public static ObjectNode update(String event, ObjectNode message) {
        ObjectNode update = JSON.createObjectNode();
        update.put("event_name", event);
        update.set("message", message);
        return update;
    }

    /** Queues the update for getUpdates, or posts it to the bot with the secret when a webhook is set. */
    public ObjectNode deliver(ObjectNode update) {
        knownChats.add(update.path("message").path("chat").path("id").asText());
        if (webhookUrl != null && deliverTo != null) {
            int status = post(update, webhookSecret);
            if (status != 200) {
                throw new IllegalStateException("the bot answered a webhook delivery with " + status);
            }
            return update;
        }
        synchronized (pending) {
            pending.add(update);
            pending.notifyAll();
        }
        return update;
    }

    /**
     * Posts an update to the bot's webhook as Zalo does, {@code {"ok":true,"result":<update>}}, with the given secret
     * in {@code X-Bot-Api-Secret-Token} (none when null); returns the HTTP status.
     */
    public int post(ObjectNode update, @Nullable String secret) {
        URI target = deliverTo;
        if (target == null) {
            throw new IllegalStateException("tell the stand-in where the bot takes deliveries: deliverTo(...)");
        }
        knownChats.add(update.path("message").path("chat").path("id").asText());
        ObjectNode body = JSON.createObjectNode().put("ok", true);
        body.set("result", update);
        HttpRequest.Builder request = HttpRequest.newBuilder(target).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (secret != null) {
            request.header("X-Bot-Api-Secret-Token", secret);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Where the bot takes webhook deliveries in this test (its loopback address): the HTTPS address it registered is
     * the public one, which a test cannot reach.
     */
    public void deliverTo(String localUrl) {
        deliverTo = URI.create(localUrl);
    }

    // ---- faults and state ----------------------------------------------------------------------------------------

    /** The next {@code times} sends get 429 "Too Many Requests" (Zalo says no more). */
    public void tooManyRequests(int times) {
        tooMany.set(times);
    }

    /** The user blocked the bot: sending to them gets 403. */
    public void blockedBy(String userId) {
        blocked.add(userId);
    }

    /** A webhook someone set before (getUpdates is refused until it is deleted). */
    public void webhookSetBefore(String url, String secret) {
        webhookUrl = url;
        webhookSecret = secret;
    }

    public @Nullable String webhookUrl() {
        return webhookUrl;
    }

    public @Nullable String webhookSecret() {
        return webhookSecret;
    }

    /** Updates not yet taken by getUpdates. */
    public int pending() {
        synchronized (pending) {
            return pending.size();
        }
    }

    // ---- what the bot did -------------------------------------------------------------------------------------

    /** Requests answered with success, in order. */
    public List<Call> calls() {
        return log.stream().filter(c -> c.error() == 0).toList();
    }

    /** Every request of a method (lower case), including those answered with an error. */
    public List<Call> attempts(String method) {
        return log.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Requests refused for good as Zalo refuses them (400: text too long or empty, unknown chat, bad fields). */
    public List<Call> refused() {
        return log.stream().filter(c -> c.error() == 400).toList();
    }

    /** Messages and photos taken for a chat, in order. */
    public List<Call> messagesTo(String chatId) {
        return calls().stream().filter(Call::isMessage).filter(c -> c.chatId().equals(chatId)).toList();
    }

    /** Waits for a message to the chat that matches; returns the newest such. */
    public Call awaitMessage(String chatId, Predicate<Call> matching) {
        await().atMost(Duration.ofSeconds(20)).until(() -> messagesTo(chatId).stream().anyMatch(matching));
        return messagesTo(chatId).stream().filter(matching).reduce((a, b) -> b).orElseThrow();
    }

    @Override
    public void close() throws IOException {
        synchronized (pending) {
            pending.notifyAll();
        }
        server.shutdown();
    }

    // ---- the stand-in --------------------------------------------------------------------------------------------

    private MockResponse dispatch(RecordedRequest request) {
        String path = request.getPath() == null ? "" : request.getPath();
        if (pictures.serves(path)) {
            return pictures.serve(path);
        }
        String[] parts = path.split("/");
        if (parts.length != 3 || !parts[1].equals("bot" + TOKEN)) {
            return error(401, 401, "Unauthorized");
        }
        String method = parts[2].toLowerCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            return error(404, 404, "Not Found");
        }
        Map<String, Object> fields;
        try {
            String body = request.getBody().readUtf8();
            fields = body.isBlank() ? new LinkedHashMap<>() : new LinkedHashMap<>(JSON.readValue(body, Map.class));
        } catch (IOException e) {
            return error(400, 400, "Bad Request: body is not JSON");
        }
        Call call = new Call(method, fields, Instant.now(), 0);
        if (!"POST".equals(request.getMethod())) {
            log.add(new Call(method, fields, call.at(), 400));
            return error(400, 400, "Bad Request: use POST");
        }
        Optional<Refusal> refusal = refusal(call);
        if (refusal.isPresent()) {
            log.add(new Call(method, fields, call.at(), refusal.get().code()));
            return error(refusal.get().code(), refusal.get().code(), refusal.get().description());
        }
        JsonNode result = switch (method) {
            case "getupdates" -> null;
            case "getme" -> JSON.createObjectNode().put("id", TOKEN.substring(0, TOKEN.indexOf(':')))
                    .put("account_name", "bot.lighthouse").put("account_type", "BASIC").put("can_join_groups", false);
            case "setwebhook" -> {
                webhookUrl = call.fields().get("url").toString();
                webhookSecret = call.fields().get("secret_token").toString();
                yield webhookInfo();
            }
            case "deletewebhook" -> {
                webhookUrl = null;
                webhookSecret = null;
                yield webhookInfo();
            }
            case "getwebhookinfo" -> webhookInfo();
            case "sendchataction" -> JSON.getNodeFactory().booleanNode(true);
            default -> sent(call);
        };
        MockResponse answer = method.equals("getupdates") ? poll(call) : ok(result);
        log.add(call);
        return answer;
    }

    private record Refusal(int code, String description) {
    }

    /** What Zalo refuses of a call, as it words it. */
    private Optional<Refusal> refusal(Call call) {
        Map<String, Object> fields = call.fields();
        String problem = null;
        int code = 400;
        switch (call.method()) {
            case "getupdates" -> {
                if (webhookUrl != null) {
                    problem = "Webhook is set: getUpdates does not work while a webhook is set, delete it first";
                    code = 409;
                }
            }
            case "setwebhook" -> {
                Object url = fields.get("url");
                Object secret = fields.get("secret_token");
                if (!(url instanceof String u) || !u.startsWith("https://")) {
                    problem = "Bad Request: url must be an HTTPS URL";
                } else if (!(secret instanceof String s) || s.length() < 8 || s.length() > 256) {
                    problem = "Bad Request: secret_token must be 8 to 256 characters";
                }
            }
            case "sendmessage", "sendphoto", "sendsticker", "sendchataction" -> {
                Object chat = fields.get("chat_id");
                Object text = call.method().equals("sendmessage") ? fields.get("text") : fields.get("caption");
                if (!(chat instanceof String c) || c.isBlank()) {
                    problem = "Bad Request: chat_id is required and must be a string";
                } else if (tooMany.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    problem = "Too Many Requests";
                    code = 429;
                } else if (blocked.contains(c)) {
                    problem = "Forbidden: the user has blocked the bot";
                    code = 403;
                } else if (!knownChats.contains(c)) {
                    problem = "Bad Request: chat not found";
                } else if (call.method().equals("sendmessage") && (!(text instanceof String t) || t.isEmpty()
                        || t.length() > MAX_TEXT)) {
                    problem = "Bad Request: text must be 1 to 2000 characters";
                } else if (call.method().equals("sendphoto") && (!(fields.get("photo") instanceof String p)
                        || !p.startsWith("http"))) {
                    problem = "Bad Request: photo must be the URL of an image";
                } else if (call.method().equals("sendphoto") && text instanceof String t && t.length() > MAX_TEXT) {
                    problem = "Bad Request: caption must be at most 2000 characters";
                }
            }
            default -> {
            }
        }
        return problem == null ? Optional.empty() : Optional.of(new Refusal(code, problem));
    }

    /** getUpdates: the first queued update, waiting up to the timeout (2 s at most here) for one; else 408. */
    private MockResponse poll(Call call) {
        long timeout = Math.min(Long.parseLong(String.valueOf(call.fields().getOrDefault("timeout", "30"))), 2);
        long deadline = System.currentTimeMillis() + timeout * 1000;
        ObjectNode update;
        synchronized (pending) {
            while (pending.isEmpty() && System.currentTimeMillis() < deadline) {
                try {
                    pending.wait(Math.max(1, deadline - System.currentTimeMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            update = pending.poll();
        }
        return update == null ? error(200, 408, "Request timeout") : ok(update);
    }

    private JsonNode sent(Call call) {
        String id = HexFormat.of().formatHex(randomBytes());
        call.fields().put("$message_id", id);
        return JSON.createObjectNode().put("message_id", id).put("date", System.currentTimeMillis());
    }

    private JsonNode webhookInfo() {
        return JSON.createObjectNode().put("url", webhookUrl == null ? "" : webhookUrl)
                .put("updated_at", System.currentTimeMillis());
    }

    private static ObjectNode message(String chatId, String userId, String chatType) {
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", HexFormat.of().formatHex(randomBytes()));
        message.put("date", System.currentTimeMillis());
        message.putObject("chat").put("id", chatId).put("chat_type", chatType);
        message.putObject("from").put("id", userId).put("display_name", "Người dùng " + userId.substring(14))
                .put("is_bot", false);
        return message;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[10];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    private static MockResponse ok(JsonNode result) {
        ObjectNode body = JSON.createObjectNode().put("ok", true);
        body.set("result", result);
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body.toString());
    }

    private static MockResponse error(int status, int code, String description) {
        ObjectNode body = JSON.createObjectNode().put("ok", false).put("error_code", code).put("description",
                description);
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                .setBody(body.toString());
    }
}
