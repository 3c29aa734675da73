package org.lighthouse.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A fast local stand-in of the Telegram Bot API (JDK HttpServer), run in its own JVM. It keeps Telegram's offset
 * semantics for {@code getUpdates}, numbers messages per chat, answers the other methods the way Telegram does, and
 * hands every message the bot sends to a {@link Scenario}, which may refuse it (429) and which pushes new updates.
 *
 * <pre>java -Dsun.net.httpserver.nodelay=true org.lighthouse.bench.StandIn PORT TOKEN SCENARIO [args]</pre>
 * SCENARIO is {@code echo} or {@code bot} (see {@link ThroughputRun}) or {@code broadcast} (see {@link BroadcastRun}).
 */
public final class StandIn {

    static final ObjectMapper JSON = new ObjectMapper();
    static final long BOT_ID = 987654321L;

    /** What a scenario answers to a message the bot sends: null to take it, or a refusal. */
    record Refusal(int code, String description, int retryAfter) {
    }

    interface Scenario {
        /** Called once the bot polls for the first time. */
        void start(StandIn standIn);

        /** A message the bot sent or edited, before it is answered; null takes it. */
        Refusal onMessage(String method, long chatId, int messageId, JsonNode body, long nanos);

        /** Called for updates put in a getUpdates answer for the first time. */
        default void delivered(List<Pending> updates, long nanos) {
        }

        /** A line about progress for {@code GET /bench/status}. */
        String status();
    }

    /** An update waiting to be confirmed, and whom it belongs to. */
    static final class Pending {
        final int updateId;
        final String json;
        final Object owner;
        boolean delivered;

        Pending(int updateId, String json, Object owner) {
            this.updateId = updateId;
            this.json = json;
            this.owner = owner;
        }
    }

    private final String token;
    private final Scenario scenario;
    private final HttpServer server;
    private final TreeMap<Integer, Pending> pending = new TreeMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final AtomicInteger nextUpdateId = new AtomicInteger(1);
    private final Map<Long, AtomicInteger> messageIds = new ConcurrentHashMap<>();
    private volatile boolean started;

    StandIn(int port, String token, Scenario scenario) throws IOException {
        this.token = token;
        this.scenario = scenario;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(24, task -> {
            Thread thread = new Thread(task, "stand-in");
            thread.setDaemon(true);
            return thread;
        }));
    }

    public static void main(String[] args) throws Exception {
        if (!"true".equals(System.getProperty("sun.net.httpserver.nodelay"))) {
            System.err.println("warning: run with -Dsun.net.httpserver.nodelay=true, or the JDK server stalls");
        }
        int port = Integer.parseInt(args[0]);
        String token = args[1];
        String[] rest = java.util.Arrays.copyOfRange(args, 3, args.length);
        Scenario scenario = switch (args[2]) {
            case "echo", "bot" -> new ThroughputRun(args[2], rest);
            case "broadcast" -> new BroadcastRun(rest);
            default -> throw new IllegalArgumentException("scenario: echo, bot or broadcast");
        };
        StandIn standIn = new StandIn(port, token, scenario);
        standIn.server.start();
        System.out.println("stand-in: listening on 127.0.0.1:" + port + " (" + args[2] + ")");
        Thread.currentThread().join();
    }

    // ---- what the scenario uses -----------------------------------------------------------------------------------

    /** Queues an update; {@code content} is the update's one field ({@code message}, {@code callback_query}). */
    int push(String type, ObjectNode content, Object owner) {
        lock.lock(); // ids are given under the lock: an update must never get an id below one already delivered
        try {
            int id = nextUpdateId.getAndIncrement();
            ObjectNode update = JSON.createObjectNode();
            update.put("update_id", id);
            update.set(type, content);
            pending.put(id, new Pending(id, update.toString(), owner));
            arrived.signalAll();
            return id;
        } finally {
            lock.unlock();
        }
    }

    int nextUpdateId() {
        return nextUpdateId.get();
    }

    static void exit(int status) {
        System.out.flush();
        Runtime.getRuntime().halt(status);
    }

    // ---- HTTP -----------------------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/bench/status")) {
                respond(exchange, 200, scenario.status());
                return;
            }
            String[] parts = path.split("/");
            if (parts.length < 3 || !parts[1].equals("bot" + token)) {
                respond(exchange, 401, error(401, "Unauthorized", 0));
                return;
            }
            String method = parts[parts.length - 1].toLowerCase(Locale.ROOT);
            byte[] raw = exchange.getRequestBody().readAllBytes();
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            JsonNode body = raw.length == 0 ? JSON.createObjectNode()
                    : type != null && type.startsWith("multipart/form-data") ? formFields(raw, type) : JSON.readTree(raw);
            Answer answer = answer(method, body);
            respond(exchange, answer.code(), answer.body());
        } catch (RuntimeException e) {
            e.printStackTrace();
            respond(exchange, 500, error(500, "Internal Server Error: " + e, 0));
        }
    }

    private record Answer(int code, String body) {
    }

    private Answer answer(String method, JsonNode body) {
        return switch (method) {
            case "getupdates" -> new Answer(200, updates(body));
            case "getme" -> new Answer(200, ok(bot().toString()));
            case "sendmessage", "editmessagetext" -> message(method, body);
            case "sendphoto", "sendvoice", "senddocument" -> message("sendmessage", caption(body));
            default -> new Answer(200, ok("true"));
        };
    }

    private String updates(JsonNode body) {
        if (!started) {
            synchronized (this) {
                if (!started) {
                    started = true;
                    scenario.start(this);
                }
            }
        }
        long offset = body.path("offset").asLong(0);
        int limit = body.path("limit").asInt(100);
        long timeout = Math.min(body.path("timeout").asLong(0), 10);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeout);
        StringBuilder out = new StringBuilder("{\"ok\":true,\"result\":[");
        List<Pending> fresh = new ArrayList<>();
        lock.lock();
        try {
            pending.headMap((int) Math.min(Integer.MAX_VALUE, offset)).clear();
            while (pending.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                arrived.awaitNanos(left);
            }
            int n = 0;
            for (Pending p : pending.values()) {
                if (n++ == limit) {
                    break;
                }
                out.append(n > 1 ? "," : "").append(p.json);
                if (!p.delivered) {
                    p.delivered = true;
                    fresh.add(p);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
        if (!fresh.isEmpty()) {
            scenario.delivered(fresh, System.nanoTime());
        }
        return out.append("]}").toString();
    }

    private Answer message(String method, JsonNode body) {
        long now = System.nanoTime();
        long chatId = body.path("chat_id").asLong();
        int messageId = method.equals("editmessagetext") ? body.path("message_id").asInt()
                : messageIds.computeIfAbsent(chatId, c -> new AtomicInteger()).incrementAndGet();
        Refusal refusal = scenario.onMessage(method, chatId, messageId, body, now);
        if (refusal != null) {
            return new Answer(refusal.code(), error(refusal.code(), refusal.description(), refusal.retryAfter()));
        }
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", messageId);
        message.put("date", System.currentTimeMillis() / 1000);
        message.set("chat", privateChat(chatId));
        message.set("from", bot());
        message.put("text", body.path("text").asText(""));
        return new Answer(200, ok(message.toString()));
    }

    /** A picture, a voice note or a file is a message whose text is its caption, as a person reads it. */
    private static JsonNode caption(JsonNode upload) {
        ObjectNode body = upload.deepCopy();
        body.put("text", upload.path("caption").asText(""));
        return body;
    }

    /**
     * The text fields of a multipart upload (the bot sends pictures and voice notes so), as a JSON object; the file's
     * bytes are left out.
     */
    private static JsonNode formFields(byte[] raw, String type) {
        String boundary = "--" + type.substring(type.indexOf("boundary=") + "boundary=".length()).replace("\"", "");
        ObjectNode fields = JSON.createObjectNode();
        String all = new String(raw, StandardCharsets.ISO_8859_1);
        for (String part : all.split(java.util.regex.Pattern.quote(boundary))) {
            int headersEnd = part.indexOf("\r\n\r\n");
            java.util.regex.Matcher name = java.util.regex.Pattern.compile("name=\"([^\"]*)\"").matcher(part);
            if (headersEnd < 0 || !name.find() || name.start() > headersEnd
                    || part.substring(0, headersEnd).contains("filename=")) {
                continue;
            }
            String value = new String(part.substring(headersEnd + 4).replaceFirst("\r\n$", "")
                    .getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            fields.put(name.group(1), value);
        }
        return fields;
    }

    private static void respond(HttpExchange exchange, int code, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(code, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String ok(String result) {
        return "{\"ok\":true,\"result\":" + result + "}";
    }

    private static String error(int code, String description, int retryAfter) {
        ObjectNode body = JSON.createObjectNode();
        body.put("ok", false);
        body.put("error_code", code);
        body.put("description", description);
        if (retryAfter > 0) {
            body.putObject("parameters").put("retry_after", retryAfter);
        }
        return body.toString();
    }

    // ---- Telegram objects -------------------------------------------------------------------------------------------

    static ObjectNode bot() {
        ObjectNode bot = JSON.createObjectNode();
        bot.put("id", BOT_ID);
        bot.put("is_bot", true);
        bot.put("first_name", "Bench");
        bot.put("username", "bench_bot");
        return bot;
    }

    static ObjectNode user(long id, String language) {
        ObjectNode user = JSON.createObjectNode();
        user.put("id", id);
        user.put("is_bot", false);
        user.put("first_name", "User" + id);
        user.put("language_code", language);
        return user;
    }

    static ObjectNode privateChat(long id) {
        ObjectNode chat = JSON.createObjectNode();
        chat.put("id", id);
        chat.put("type", "private");
        chat.put("first_name", "User" + id);
        return chat;
    }

    /** A text (or command) written by a user in their private chat. */
    static ObjectNode textMessage(long chatId, int messageId, String text) {
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", messageId);
        message.put("date", System.currentTimeMillis() / 1000);
        message.set("chat", privateChat(chatId));
        message.set("from", user(chatId, "vi"));
        message.put("text", text);
        if (text.startsWith("/")) {
            int end = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
            message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0).put("length", end);
        }
        return message;
    }

    /** A button pressed under the bot's message {@code messageId}. */
    static ObjectNode buttonPress(long chatId, int messageId, String data, int queryId) {
        ObjectNode query = JSON.createObjectNode();
        query.put("id", "cb" + queryId);
        query.set("from", user(chatId, "vi"));
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", messageId);
        message.put("date", System.currentTimeMillis() / 1000);
        message.set("chat", privateChat(chatId));
        message.set("from", bot());
        message.put("text", "…");
        query.set("message", message);
        query.put("chat_instance", "ci" + chatId);
        query.put("data", data);
        return query;
    }

    /** The callback data of a message's buttons, row after row (URL buttons left out). */
    static List<String> buttonData(JsonNode body) {
        List<String> out = new ArrayList<>();
        JsonNode markup = body.path("reply_markup");
        if (markup.isTextual()) {
            try {
                markup = JSON.readTree(markup.asText());
            } catch (IOException e) {
                return out;
            }
        }
        for (JsonNode row : markup.path("inline_keyboard")) {
            for (JsonNode button : row) {
                if (button.has("callback_data")) {
                    out.add(button.get("callback_data").asText());
                }
            }
        }
        return out;
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
