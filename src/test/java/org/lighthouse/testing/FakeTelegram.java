package org.lighthouse.testing;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
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
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.net.ServerSocketFactory;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A local stand-in of the Telegram Bot API on loopback, for Lighthouse to poll and the real TelegramBots client to
 * send to.
 *
 * <p>It keeps a queue of updates with Telegram's offset semantics (an update stays until a poll with a higher offset
 * confirms it; a poll with an offset returns only ids from it on, one without returns the earliest unconfirmed ones),
 * can restart the ids lower as Telegram does after a quiet week, answers the methods the bot calls with well-formed
 * results (chats and the bot's membership in them as the Bot API describes them), checks every request against the
 * published API (unknown method, missing required field, text or button data over Telegram's limits), records what the
 * bot sent, and can be told to fail the next calls (429 with retry_after, 403, 409, 500). While a webhook is set
 * ({@link FakeWebhook}), it delivers the queued updates there instead of answering getUpdates. Photos people send
 * are files the bot can fetch as from Telegram ({@link FakeTelegramFiles}: getFile, then the file's path).
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
    private final List<Call> polls = new CopyOnWriteArrayList<>();
    private final Map<Long, String> botStatus = new ConcurrentHashMap<>();
    private final java.util.Set<Long> mutedChats = ConcurrentHashMap.newKeySet();
    private final Map<String, List<Function<Call, Optional<MockResponse>>>> faults = new ConcurrentHashMap<>();
    private final java.util.Set<Integer> photos = ConcurrentHashMap.newKeySet();
    private final FakeWebhook webhook = new FakeWebhook(pending);
    private final FakeTelegramFiles files = new FakeTelegramFiles();

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
                    || method.equals("sendphoto") || method.equals("copymessage") || isVoice();
        }

        /** A voice note or audio file the bot sent ({@code sendVoice}, {@code sendAudio}). */
        public boolean isVoice() {
            return method.equals("sendvoice") || method.equals("sendaudio");
        }

        /** The bytes uploaded with the call, or null when it named a file Telegram keeps by its id. */
        public byte[] uploaded() {
            return (byte[]) fields.get("$file");
        }
    }

    public FakeTelegram() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return FakeTelegram.this.dispatch(request);
            }
        });
        server.setServerSocketFactory(new NoDelayServerSockets());
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The webhook's side: what is set, deliveries, and how a test makes them fail. */
    public FakeWebhook webhook() {
        return webhook;
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
        return push("message", forwarded(message));
    }

    /**
     * A user sends a picture (PNG) in their private chat, with a caption or none: it comes in two sizes, a thumbnail
     * and the picture, which the bot can fetch with getFile.
     */
    public int userSendsPhoto(long userId, byte[] png, String caption) {
        ObjectNode message = message(userId, privateChat(userId));
        message.set("photo", files.photoSizes(png));
        if (caption != null) {
            message.put("caption", caption);
        }
        return push("message", message);
    }

    /**
     * A user sends a voice message (Telegram records them as OGG/Opus) of {@code seconds}, which the bot can fetch with
     * getFile; {@code asAudioFile} sends it as an audio file instead, as a recording chosen from the phone's files.
     */
    public int userSendsVoice(long userId, byte[] ogg, int seconds, boolean asAudioFile) {
        ObjectNode message = message(userId, privateChat(userId));
        message.set(asAudioFile ? "audio" : "voice", files.voice(ogg, seconds));
        return push("message", message);
    }

    /** Telegram no longer knows the files it gave ids to (the bot's token changed): sending by those ids fails. */
    public void forgetsFiles() {
        files.forgetAll();
    }

    /** A user forwards into their private chat a picture someone else posted. */
    public int userForwardsPhoto(long userId, byte[] png) {
        ObjectNode message = message(userId, privateChat(userId));
        message.set("photo", files.photoSizes(png));
        return push("message", forwarded(message));
    }

    /** A user sends a photo of {@code size} bytes: over 20 MB, Telegram lets no bot download it. */
    public int userSendsPhotoOfSize(long userId, long size) {
        ObjectNode message = message(userId, privateChat(userId));
        message.set("photo", files.photoOfSize(size));
        return push("message", message);
    }

    private ObjectNode forwarded(ObjectNode message) {
        ObjectNode origin = message.putObject("forward_origin");
        origin.put("type", "hidden_user").put("sender_user_name", "Tuyển dụng").put("date", now() - 3600);
        return message;
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

    /**
     * The next {@code times} calls of {@code method} (to any chat) get an error as Telegram words it: 409 while a
     * webhook is set or another process polls with the token, 401 once the token is revoked.
     */
    public void errors(String method, int times, int code, String description) {
        fail(method, null, times, () -> error(code, description));
    }

    // ---- ids, chats and copies ---------------------------------------------------------------------------------

    /**
     * A week passes without updates: what was never confirmed has expired (Telegram keeps updates 24 hours) and the
     * next update gets the id {@code first}, which Telegram then chooses at random, so that it may be lower than any
     * before. Choose an id the bot has not seen in this test: after a real quiet week it remembers none.
     */
    public void restartIdsAt(int first) {
        synchronized (pending) {
            pending.clear();
            nextUpdateId.set(first);
        }
    }

    /** Every getUpdates request, answered or failed, in order: its fields say whether it carried an offset. */
    public List<Call> polls() {
        return List.copyOf(polls);
    }

    /**
     * The bot's status in a chat, for getChatMember: {@code member} (the default), {@code administrator},
     * {@code creator}, {@code restricted} (in the chat, may not send), {@code left} or {@code kicked}.
     */
    public void botStatusIn(long chatId, String status) {
        botStatus.put(chatId, status);
    }

    /** The group lets its members send no messages (its permissions say so in getChat). */
    public void membersMayNotWrite(long chatId) {
        mutedChats.add(chatId);
    }

    /** Telegram knows no such chat, for this bot: every call about it gets 400 "chat not found". */
    public void unknownChat(long chatId) {
        for (String method : List.of("getchat", "getchatmember", "sendmessage", "copymessage")) {
            fail(method, Long.toString(chatId), Integer.MAX_VALUE, () -> error(400, "Bad Request: chat not found"));
        }
    }

    /** Messages the bot passed on to a chat from another with copyMessage, in order. */
    public List<Call> copiesTo(long chatId) {
        return callsOf("copymessage").stream().filter(c -> c.chatId().equals(Long.toString(chatId))).toList();
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
        webhook.close();
        synchronized (pending) {
            pending.notifyAll();
        }
        server.shutdown();
    }

    // ---- the stand-in --------------------------------------------------------------------------------------------

    private MockResponse dispatch(RecordedRequest request) {
        String path = request.getPath() == null ? "" : request.getPath();
        String filePrefix = "/file/bot" + TOKEN + "/";
        if (path.startsWith("/file/")) {
            return files.download(path.startsWith(filePrefix) ? path.substring(filePrefix.length()) : "");
        }
        String[] parts = path.split("/");
        if (parts.length < 3 || !parts[1].equals("bot" + TOKEN)) {
            return error(401, "Unauthorized");
        }
        String method = parts[parts.length - 1].toLowerCase(Locale.ROOT);
        Map<String, Object> fields = fields(request);
        Call call = new Call(method, fields, Instant.now());
        Optional<String> problem = SPEC.problem(method, fields).or(() -> limits(call)).or(() -> editsAPhoto(call))
                .or(() -> webhook.refusal(method, fields)).or(() -> files.unknownVoice(call));
        if (problem.isPresent()) {
            refused.add(call);
            return error(problem.get().startsWith("Not Found") ? 404 : 400, problem.get());
        }
        if (!method.equals("getupdates")) {
            attempts.add(call);
        } else {
            polls.add(call);
            if (webhook.isSet()) {
                return error(409, FakeWebhook.CONFLICT);
            }
        }
        for (Function<Call, Optional<MockResponse>> fault : faults.getOrDefault(method, List.of())) {
            Optional<MockResponse> response = fault.apply(call);
            if (response.isPresent()) {
                return response.get();
            }
        }
        // well formed, and refused as Telegram refuses a file it does not hand to bots
        Optional<String> noFile = method.equals("getfile") ? files.refusal(fields) : Optional.empty();
        if (noFile.isPresent()) {
            return error(400, noFile.get());
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
            case "sendvoice", "sendaudio" -> files.withVoice(sentMessage(call), call);
            case "copymessage" -> copiedMessage(call);
            case "getchat" -> chatInfo(call);
            case "getchatmember" -> chatMember(call);
            case "setwebhook" -> webhook.set(call.fields());
            case "deletewebhook" -> webhook.delete(call.fields());
            case "getwebhookinfo" -> webhook.info();
            case "getfile" -> files.getFile(call.fields());
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

    /**
     * getUpdates as the Bot API describes it. An offset confirms (forgets) every queued update with a lower id when
     * the call is made, and the call returns only updates from that id on, waiting for one to come; an update queued
     * later with a lower id waits for a poll without offset, which returns the earliest unconfirmed updates. A
     * negative offset keeps only that many updates from the end of the queue.
     */
    private JsonNode updates(Map<String, Object> fields) {
        long offset = number(fields.get("offset"), 0);
        long timeout = Math.min(number(fields.get("timeout"), 0), 2);
        int limit = (int) number(fields.get("limit"), 100);
        long deadline = System.currentTimeMillis() + timeout * 1000;
        Predicate<ObjectNode> returned = u -> offset <= 0 || u.get("update_id").asLong() >= offset;
        ArrayNode result = JSON.createArrayNode();
        synchronized (pending) {
            if (offset < 0) {
                pending.subList(0, Math.max(0, pending.size() + (int) offset)).clear();
            }
            pending.removeIf(u -> u.get("update_id").asLong() < offset);
            while (pending.stream().noneMatch(returned) && System.currentTimeMillis() < deadline) {
                try {
                    pending.wait(Math.max(1, deadline - System.currentTimeMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            pending.stream().filter(returned).limit(limit).forEach(result::add);
        }
        return result;
    }

    private JsonNode copiedMessage(Call call) {
        int id = nextMessageId.incrementAndGet();
        call.fields().put("$message_id", id);
        return JSON.createObjectNode().put("message_id", id);
    }

    /** A chat as getChat describes it: a person's private chat for a positive id, a supergroup for a negative one. */
    private JsonNode chatInfo(Call call) {
        long chatId = Long.parseLong(call.chatId());
        ObjectNode chat = SPEC.randomObject("ChatFullInfo", new Random(chatId), 0);
        chat.setAll(chatId < 0 ? groupChat(chatId) : privateChat(chatId));
        if (mutedChats.contains(chatId)) {
            ObjectNode permissions = SPEC.randomObject("ChatPermissions", new Random(chatId), 0);
            chat.set("permissions", permissions.put("can_send_messages", false));
        }
        return chat;
    }

    /** The bot's membership as set by {@link #botStatusIn}, a member by default; anyone else is a member. */
    private JsonNode chatMember(Call call) {
        long chatId = Long.parseLong(call.chatId());
        boolean bot = call.fields().get("user_id").toString().equals(Long.toString(BOT_ID));
        String status = bot ? botStatus.getOrDefault(chatId, "member") : "member";
        String type = switch (status) {
            case "creator" -> "ChatMemberOwner";
            case "administrator" -> "ChatMemberAdministrator";
            case "restricted" -> "ChatMemberRestricted";
            case "left" -> "ChatMemberLeft";
            case "kicked" -> "ChatMemberBanned";
            default -> "ChatMemberMember";
        };
        ObjectNode member = SPEC.randomObject(type, new Random(chatId), 0).put("status", status);
        member.set("user", bot ? bot() : user(Long.parseLong(call.fields().get("user_id").toString())));
        if (status.equals("restricted")) {
            member.put("is_member", true).put("can_send_messages", false);
        }
        if (status.equals("administrator")) {
            member.put("can_post_messages", true);
        }
        return member;
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
        for (MultipartParts.Part part : MultipartParts.of(request, type)) {
            if (part.fileName() != null) {
                fields.put(part.name(), "(file)");
                fields.put("$file", part.bytes());
                fields.put("$filename", part.fileName());
            } else {
                fields.put(part.name(), part.text().startsWith("{") ? JSON.readValue(part.text(), Map.class)
                        : part.text());
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

    /**
     * Accepted connections send each write at once (TCP_NODELAY): MockWebServer writes a response in more than one
     * piece, and with Nagle's algorithm a later piece waited for the client's delayed ACK, about 40 ms a call (a
     * getUpdates took 50 ms instead of 18).
     */
    private static final class NoDelayServerSockets extends ServerSocketFactory {

        @Override
        public ServerSocket createServerSocket() throws IOException {
            return new ServerSocket() {
                @Override
                public Socket accept() throws IOException {
                    Socket socket = super.accept();
                    socket.setTcpNoDelay(true);
                    return socket;
                }
            };
        }

        @Override
        public ServerSocket createServerSocket(int port) throws IOException {
            throw new UnsupportedOperationException("MockWebServer binds the socket itself");
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog) throws IOException {
            throw new UnsupportedOperationException("MockWebServer binds the socket itself");
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
            throw new UnsupportedOperationException("MockWebServer binds the socket itself");
        }
    }
}
