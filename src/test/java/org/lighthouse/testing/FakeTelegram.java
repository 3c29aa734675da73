package org.lighthouse.testing;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import okhttp3.MultipartReader;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;

/**
 * A local stand-in of the Telegram Bot API on loopback, for the real TelegramBots client to poll and send to.
 *
 * <p>It keeps a queue of updates with Telegram's offset semantics (an update stays until a later poll confirms it),
 * answers the methods the bot calls with well-formed results, checks every request against the published API (unknown
 * method, missing required field, text or button data over Telegram's limits), records what the bot sent, and can be
 * told to fail the next calls (429 with retry_after, 403, 500).
 */
public final class FakeTelegram implements AutoCloseable {

    public static final String TOKEN = "123456789:TEST-token_for-the-local-stand-in";
    public static final String BOT_USERNAME = "lighthouse_test_bot";
    public static final long BOT_ID = 123456789L;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BotApiSpec SPEC = new BotApiSpec();

    private final MockWebServer server = new MockWebServer();
    private final List<ObjectNode> pending = new ArrayList<>();
    private final AtomicInteger nextUpdateId = new AtomicInteger(1000);
    private final AtomicInteger nextMessageId = new AtomicInteger(5000);
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<Call> attempts = new CopyOnWriteArrayList<>();
    private final List<Call> refused = new CopyOnWriteArrayList<>();
    private final Map<String, List<Function<Call, Optional<MockResponse>>>> faults = new ConcurrentHashMap<>();
    private final java.util.Set<Integer> photos = ConcurrentHashMap.newKeySet();

    /** A request the bot made: the method (lower case), its fields, and when it came. */
    public record Call(String method, Map<String, Object> fields, Instant at) {
        public String chatId() {
            return String.valueOf(fields.get("chat_id"));
        }

        public String text() {
            Object text = fields.get("text");
            return text == null ? String.valueOf(fields.getOrDefault("caption", "")) : text.toString();
        }

        /** The buttons' callback data (or URL), row after row. */
        @SuppressWarnings("unchecked")
        public List<String> buttonData() {
            List<String> out = new ArrayList<>();
            Object markup = fields.get("reply_markup");
            if (markup instanceof Map<?, ?> m && m.get("inline_keyboard") instanceof List<?> rows) {
                for (Object row : rows) {
                    for (Object button : (List<Object>) row) {
                        Map<String, Object> b = (Map<String, Object>) button;
                        out.add(String.valueOf(b.getOrDefault("callback_data", b.get("url"))));
                    }
                }
            }
            return out;
        }

        @SuppressWarnings("unchecked")
        public List<String> buttonLabels() {
            List<String> out = new ArrayList<>();
            Object markup = fields.get("reply_markup");
            if (markup instanceof Map<?, ?> m && m.get("inline_keyboard") instanceof List<?> rows) {
                for (Object row : rows) {
                    for (Object button : (List<Object>) row) {
                        out.add(String.valueOf(((Map<String, Object>) button).get("text")));
                    }
                }
            }
            return out;
        }

        public boolean isMessage() {
            return method.equals("sendmessage") || method.equals("editmessagetext") || method.equals("senddocument")
                    || method.equals("sendphoto") || method.equals("copymessage");
        }
    }

    public FakeTelegram() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return FakeTelegram.this.dispatch(request);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL to give the bot as {@code TELEGRAM_API_URL}. */
    public String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    // ---- what users do ---------------------------------------------------------------------------------------

    /** A user writes a text (or command) in their private chat; returns the update id. */
    public int userSends(long userId, String text) {
        ObjectNode message = message(userId, privateChat(userId));
        message.put("text", text);
        if (text.startsWith("/")) {
            int end = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
            message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0).put("length", end);
        }
        return push("message", message);
    }

    /** A user answers a message the bot sent them (swipe to reply): the update carries the message answered. */
    public int userRepliesTo(long userId, Call answered, String text) {
        ObjectNode message = message(userId, privateChat(userId));
        message.put("text", text);
        ObjectNode replied = message.putObject("reply_to_message");
        replied.put("message_id", messageId(answered));
        replied.put("date", now());
        replied.set("chat", privateChat(userId));
        replied.set("from", bot());
        replied.put("text", answered.text());
        return push("message", message);
    }

    /** A user forwards into their private chat a text someone else wrote. */
    public int userForwards(long userId, String text) {
        ObjectNode message = message(userId, privateChat(userId));
        message.put("text", text);
        ObjectNode origin = message.putObject("forward_origin");
        origin.put("type", "hidden_user").put("sender_user_name", "Tuyển dụng").put("date", now() - 3600);
        return push("message", message);
    }

    /** A user presses a button under the bot message {@code messageId}. */
    public int userPresses(long userId, int messageId, String data) {
        return userPressesIn(userId, privateChat(userId), messageId, data);
    }

    /** A user presses a button under a bot message in a given chat (a group, for example). */
    public int userPressesIn(long userId, ObjectNode chat, int messageId, String data) {
        ObjectNode query = JSON.createObjectNode();
        query.put("id", "cb" + nextUpdateId.get());
        query.set("from", user(userId));
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", messageId);
        message.put("date", now());
        message.set("chat", chat);
        message.set("from", bot());
        message.put("text", "…");
        query.set("message", message);
        query.put("chat_instance", "ci" + userId);
        query.put("data", data);
        return push("callback_query", query);
    }

    /** A message of any form in a private chat: the caller adds its content (sticker, photo, location...). */
    public ObjectNode privateMessage(long userId) {
        return message(userId, privateChat(userId));
    }

    /** A message in a group chat, from a user. */
    public ObjectNode groupMessage(long groupId, long userId, String text) {
        ObjectNode message = message(userId, groupChat(groupId));
        message.put("text", text);
        return message;
    }

    /** Delivers an update of the given type ({@code message}, {@code edited_message}, {@code my_chat_member}...). */
    public int push(String type, JsonNode content) {
        ObjectNode update = JSON.createObjectNode();
        int id;
        synchronized (pending) {
            // numbered and queued at once: Telegram's ids grow in the order updates are queued, and a poll confirms
            // every id below its offset, so an id queued after a higher one would be dropped unseen
            id = nextUpdateId.getAndIncrement();
            update.put("update_id", id);
            update.set(type, content);
            pending.add(update);
            pending.notifyAll();
        }
        return id;
    }

    /** Delivers an update exactly as given (to repeat one, or to send one whose type the bot does not know). */
    public void pushRaw(ObjectNode update) {
        synchronized (pending) {
            pending.add(update);
            pending.sort((a, b) -> Integer.compare(a.get("update_id").asInt(), b.get("update_id").asInt()));
            pending.notifyAll();
        }
    }

    public int nextUpdateId() {
        return nextUpdateId.getAndIncrement();
    }

    /** Updates not yet confirmed by the bot. */
    public int unconfirmed() {
        synchronized (pending) {
            return pending.size();
        }
    }

    // ---- faults ------------------------------------------------------------------------------------------------

    /** The next {@code times} calls of {@code method} to {@code chatId} get 429 Too Many Requests with retry_after. */
    public void tooManyRequests(String method, String chatId, int times, int retryAfterSeconds) {
        fail(method, chatId, times, () -> error(429, "Too Many Requests: retry after " + retryAfterSeconds)
                .setBody("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
                        + retryAfterSeconds + "\",\"parameters\":{\"retry_after\":" + retryAfterSeconds + "}}"));
    }

    /** Calls of {@code method} to {@code chatId} get 403: the user blocked the bot. */
    public void blockedBy(String chatId) {
        fail("sendmessage", chatId, Integer.MAX_VALUE, () -> error(403, "Forbidden: bot was blocked by the user"));
    }

    /** The next {@code times} calls of {@code method} (to any chat) get 500. */
    public void serverErrors(String method, int times) {
        fail(method, null, times, () -> error(500, "Internal Server Error"));
    }

    /** Calls of {@code method} get 400 with the description, as Telegram refuses a request for good. */
    public void refuses(String method, String description) {
        fail(method, null, Integer.MAX_VALUE, () -> error(400, "Bad Request: " + description));
    }

    public void clearFaults() {
        faults.clear();
    }

    private void fail(String method, String chatId, int times, java.util.function.Supplier<MockResponse> response) {
        AtomicInteger left = new AtomicInteger(times);
        faults.computeIfAbsent(method, m -> new CopyOnWriteArrayList<>()).add(call -> {
            if ((chatId == null || chatId.equals(call.chatId())) && left.getAndDecrement() > 0) {
                return Optional.of(response.get());
            }
            return Optional.empty();
        });
    }

    // ---- what the bot did -------------------------------------------------------------------------------------

    /** Requests answered with success. */
    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Every request of a method, including those answered with an error (429, 403, 500). */
    public List<Call> attempts(String method) {
        return attempts.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Requests the stand-in refused as malformed: a test that expects none fails when the bot sends one. */
    public List<Call> refused() {
        return List.copyOf(refused);
    }

    /** Messages sent (or edited) to a chat and taken, in order. */
    public List<Call> messagesTo(long chatId) {
        return calls.stream().filter(Call::isMessage).filter(c -> c.chatId().equals(Long.toString(chatId))).toList();
    }

    /** Waits until the chat got at least {@code count} messages, and returns them all. */
    public List<Call> awaitMessages(long chatId, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> messagesTo(chatId).size() >= count);
        return messagesTo(chatId);
    }

    /** Waits for a message to the chat that matches, among those after the first {@code skip}. */
    public Call awaitMessage(long chatId, Predicate<Call> matching) {
        await().atMost(Duration.ofSeconds(20)).until(() -> messagesTo(chatId).stream().anyMatch(matching));
        return messagesTo(chatId).stream().filter(matching).reduce((a, b) -> b).orElseThrow();
    }

    public List<Call> callsOf(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** The id the stand-in gave to the bot's message, to press its buttons. */
    public static int messageId(Call call) {
        return (Integer) call.fields().get("$message_id");
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
        String[] parts = path.split("/");
        if (parts.length < 3 || !parts[1].equals("bot" + TOKEN)) {
            return error(401, "Unauthorized");
        }
        String method = parts[parts.length - 1].toLowerCase(Locale.ROOT);
        Map<String, Object> fields = fields(request);
        Call call = new Call(method, fields, Instant.now());
        Optional<String> problem = SPEC.problem(method, fields).or(() -> limits(call)).or(() -> editsAPhoto(call));
        if (problem.isPresent()) {
            refused.add(call);
            return error(problem.get().startsWith("Not Found") ? 404 : 400, problem.get());
        }
        if (!method.equals("getupdates")) {
            attempts.add(call);
        }
        for (Function<Call, Optional<MockResponse>> fault : faults.getOrDefault(method, List.of())) {
            Optional<MockResponse> response = fault.apply(call);
            if (response.isPresent()) {
                return response.get();
            }
        }
        MockResponse response = ok(answer(method, call));
        if (!method.equals("getupdates")) {
            calls.add(call);
        }
        return response;
    }

    private JsonNode answer(String method, Call call) {
        return switch (method) {
            case "getupdates" -> updates(call.fields());
            case "getme" -> bot();
            case "sendmessage", "editmessagetext", "senddocument", "sendphoto" -> sentMessage(call);
            case "copymessage" -> copied(call);
            default -> JSON.getNodeFactory().booleanNode(true);
        };
    }

    private JsonNode sentMessage(Call call) {
        ObjectNode message = JSON.createObjectNode();
        int id = call.fields().containsKey("message_id") ? Integer.parseInt(call.fields().get("message_id").toString())
                : nextMessageId.incrementAndGet();
        call.fields().put("$message_id", id);
        if (call.method().equals("sendphoto")) {
            photos.add(id);
        }
        message.put("message_id", id);
        message.put("date", now());
        long chatId = Long.parseLong(call.chatId());
        message.set("chat", chatId < 0 ? groupChat(chatId) : privateChat(chatId));
        message.set("from", bot());
        message.put("text", call.text());
        return message;
    }

    private JsonNode copied(Call call) {
        int id = nextMessageId.incrementAndGet();
        call.fields().put("$message_id", id);
        return JSON.createObjectNode().put("message_id", id);
    }

    private JsonNode updates(Map<String, Object> fields) {
        long offset = number(fields.get("offset"), 0);
        long timeout = Math.min(number(fields.get("timeout"), 0), 2);
        int limit = (int) number(fields.get("limit"), 100);
        long deadline = System.currentTimeMillis() + timeout * 1000;
        ArrayNode result = JSON.createArrayNode();
        synchronized (pending) {
            pending.removeIf(u -> u.get("update_id").asLong() < offset);
            while (pending.isEmpty() && System.currentTimeMillis() < deadline) {
                try {
                    pending.wait(Math.max(1, deadline - System.currentTimeMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            pending.stream().limit(limit).forEach(result::add);
        }
        return result;
    }

    private Optional<String> limits(Call call) {
        if (call.fields().get("text") instanceof String text && text.length() > 4096) {
            return Optional.of("Bad Request: message is too long");
        }
        if (call.buttonData().stream().anyMatch(d -> d.getBytes(StandardCharsets.UTF_8).length > 64)) {
            return Optional.of("Bad Request: BUTTON_DATA_INVALID");
        }
        return Optional.empty();
    }

    /** Telegram refuses to edit the text of a photo message (it has a caption, no text). */
    private Optional<String> editsAPhoto(Call call) {
        Object id = call.fields().get("message_id");
        return call.method().equals("editmessagetext") && id != null && photos.contains(Integer.parseInt(id.toString()))
                ? Optional.of("Bad Request: there is no text in the message to edit") : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fields(RecordedRequest request) {
        String type = String.valueOf(request.getHeader("Content-Type"));
        try {
            if (type.startsWith("multipart/")) {
                return multipart(request, type);
            }
            String body = request.getBody().readUtf8();
            return body.isBlank() ? new HashMap<>() : new LinkedHashMap<>(JSON.readValue(body, Map.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> multipart(RecordedRequest request, String type) throws IOException {
        Map<String, Object> fields = new LinkedHashMap<>();
        String boundary = type.substring(type.indexOf("boundary=") + 9);
        try (MultipartReader reader = new MultipartReader(new Buffer().write(request.getBody().readByteArray()), boundary)) {
            MultipartReader.Part part;
            while ((part = reader.nextPart()) != null) {
                String disposition = String.valueOf(part.headers().get("Content-Disposition"));
                String name = disposition.replaceAll(".*name=\"([^\"]+)\".*", "$1");
                byte[] bytes = part.body().readByteArray();
                if (disposition.contains("filename=")) {
                    fields.put(name, "(file)");
                    fields.put("$file", bytes);
                    fields.put("$filename", disposition.replaceAll(".*filename=\"([^\"]+)\".*", "$1"));
                } else {
                    String value = new String(bytes, StandardCharsets.UTF_8);
                    fields.put(name, value.startsWith("{") ? JSON.readValue(value, Map.class) : value);
                }
            }
        }
        return fields;
    }

    private static long number(Object value, long otherwise) {
        return value == null ? otherwise : Long.parseLong(value.toString());
    }

    private ObjectNode message(long userId, ObjectNode chat) {
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", nextMessageId.incrementAndGet());
        message.put("date", now());
        message.set("chat", chat);
        message.set("from", user(userId));
        return message;
    }

    public static ObjectNode user(long userId) {
        ObjectNode user = JSON.createObjectNode();
        user.put("id", userId);
        user.put("is_bot", false);
        user.put("first_name", "User" + userId);
        user.put("language_code", "vi");
        return user;
    }

    public static ObjectNode privateChat(long userId) {
        ObjectNode chat = JSON.createObjectNode();
        chat.put("id", userId);
        chat.put("type", "private");
        chat.put("first_name", "User" + userId);
        return chat;
    }

    public static ObjectNode groupChat(long groupId) {
        ObjectNode chat = JSON.createObjectNode();
        chat.put("id", groupId);
        chat.put("type", "supergroup");
        chat.put("title", "Group " + groupId);
        return chat;
    }

    private static ObjectNode bot() {
        ObjectNode bot = JSON.createObjectNode();
        bot.put("id", BOT_ID);
        bot.put("is_bot", true);
        bot.put("first_name", "Lighthouse");
        bot.put("username", BOT_USERNAME);
        return bot;
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    private static MockResponse ok(JsonNode result) {
        ObjectNode body = JSON.createObjectNode();
        body.put("ok", true);
        body.set("result", result);
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body.toString());
    }

    private static MockResponse error(int code, String description) {
        ObjectNode body = JSON.createObjectNode();
        body.put("ok", false);
        body.put("error_code", code);
        body.put("description", description);
        return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json")
                .setBody(body.toString());
    }
}
