package org.lighthouse.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * The webhook side of {@link FakeTelegram}, as the Bot API describes it: {@code setWebhook} (refused for a URL that is
 * not HTTPS, save plain HTTP on loopback as a local Bot API server allows, and for a secret of other characters than
 * {@code A-Z a-z 0-9 _ -} or longer than 256), {@code deleteWebhook}, {@code getWebhookInfo}, and getUpdates refused
 * with 409 while a webhook is set.
 *
 * <p>While one is set, the stand-in's queued updates are delivered to its URL one at a time, in order, by POST with
 * the secret in {@code X-Telegram-Bot-Api-Secret-Token}. An update whose delivery is not answered with a 2xx stays
 * queued and is delivered again after a pause (from 100 ms, doubling up to 2 s: Telegram's rhythm, faster), and the
 * failure is what getWebhookInfo reports as {@code last_error_date} and {@code last_error_message}. A test may make the
 * deliveries carry another secret, or none, as a webhook set by someone else would.
 */
public final class FakeWebhook {

    public static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    static final String CONFLICT = "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to"
            + " delete the webhook first";
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final Pattern LOOPBACK = Pattern.compile("localhost|127(\\.\\d{1,3}){3}|\\[::1]");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration FIRST_RETRY = Duration.ofMillis(100);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(2);

    /** One delivery attempt: the update's id and the webhook's HTTP status (0 when no answer came). */
    public record Delivery(long updateId, int status, Instant at) {
    }

    private record Hook(String url, String secret, Object allowedUpdates, int maxConnections) {
    }

    /** The stand-in's queue of updates, shared with getUpdates; guarded by itself. */
    private final List<ObjectNode> queue;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private volatile Hook hook;
    /** Whether deliveries carry {@link #forgedSecret} (no header when null) instead of the secret set. */
    private volatile boolean forging;
    private volatile String forgedSecret;
    private volatile Instant lastErrorAt;
    private volatile String lastError;
    private volatile boolean closed;
    private Thread deliverer;

    FakeWebhook(List<ObjectNode> queue) {
        this.queue = queue;
    }

    // ---- for tests ---------------------------------------------------------------------------------------------

    /** As if someone set a webhook before the bot started (by hand, or another instance). */
    public void setTo(String url, String secret) {
        set(url, secret, null, 40);
    }

    /** As if someone called deleteWebhook (by hand, or an instance that polls). */
    public void removeByHand() {
        hook = null;
    }

    /** The URL set, or empty while Telegram is polled. */
    public Optional<String> url() {
        Hook set = hook;
        return set == null ? Optional.empty() : Optional.of(set.url());
    }

    /** Deliveries carry this secret from now on instead of the one set (a webhook set by someone else). */
    public void deliverWithSecret(String secret) {
        forgedSecret = secret;
        forging = true;
    }

    /** Deliveries carry no secret header from now on. */
    public void deliverWithoutSecret() {
        forgedSecret = null;
        forging = true;
    }

    /** Deliveries carry the secret set again. */
    public void deliverWithTheSecretSet() {
        forging = false;
    }

    /** Every delivery attempt, in order. */
    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /** The attempts to deliver one update, in order. */
    public List<Delivery> deliveriesOf(long updateId) {
        return deliveries.stream().filter(d -> d.updateId() == updateId).toList();
    }

    /**
     * One POST of {@code update} to the URL set, with {@code secret} in the header (none when null), outside the queue
     * and never repeated: what a stranger who found the URL could send. Returns the HTTP status.
     */
    public int postOnce(JsonNode update, String secret) {
        return post(url().orElseThrow(), update.toString(), secret);
    }

    // ---- the Bot API's methods -----------------------------------------------------------------------------------

    boolean isSet() {
        return hook != null;
    }

    /** Why Telegram would refuse the call, for the webhook's methods. */
    Optional<String> refusal(String method, Map<String, Object> fields) {
        if (!method.equals("setwebhook")) {
            return Optional.empty();
        }
        String url = String.valueOf(fields.get("url"));
        Object secret = fields.get("secret_token");
        if (!url.isEmpty()) {
            URI uri;
            try {
                uri = URI.create(url);
            } catch (IllegalArgumentException e) {
                return Optional.of("Bad Request: bad webhook: invalid URL");
            }
            boolean loopbackHttp = "http".equals(uri.getScheme()) && uri.getHost() != null
                    && LOOPBACK.matcher(uri.getHost()).matches();
            if (!"https".equals(uri.getScheme()) && !loopbackHttp) {
                return Optional.of("Bad Request: bad webhook: An HTTPS URL must be provided for webhook");
            }
        }
        if (secret != null && !SECRET.matcher(secret.toString()).matches()) {
            return Optional.of("Bad Request: secret token contains unallowed characters");
        }
        Object connections = fields.get("max_connections");
        if (connections != null && (Integer.parseInt(connections.toString()) < 1
                || Integer.parseInt(connections.toString()) > 100)) {
            return Optional.of("Bad Request: bad max_connections");
        }
        return Optional.empty();
    }

    /** setWebhook: an empty URL removes the webhook. */
    JsonNode set(Map<String, Object> fields) {
        String url = String.valueOf(fields.get("url"));
        dropPendingIfAsked(fields);
        if (url.isEmpty()) {
            hook = null;
        } else {
            Object secret = fields.get("secret_token");
            Object connections = fields.get("max_connections");
            set(url, secret == null ? null : secret.toString(), fields.get("allowed_updates"),
                    connections == null ? 40 : Integer.parseInt(connections.toString()));
        }
        return JSON.getNodeFactory().booleanNode(true);
    }

    JsonNode delete(Map<String, Object> fields) {
        dropPendingIfAsked(fields);
        hook = null;
        return JSON.getNodeFactory().booleanNode(true);
    }

    /** WebhookInfo: an empty URL while getUpdates is in use. */
    JsonNode info() {
        Hook set = hook;
        ObjectNode info = JSON.createObjectNode().put("url", set == null ? "" : set.url())
                .put("has_custom_certificate", false);
        synchronized (queue) {
            info.put("pending_update_count", queue.size());
        }
        if (set != null) {
            info.put("max_connections", set.maxConnections());
            if (set.allowedUpdates() != null) {
                info.set("allowed_updates", JSON.valueToTree(set.allowedUpdates()));
            }
        }
        if (lastErrorAt != null) {
            info.put("last_error_date", lastErrorAt.getEpochSecond()).put("last_error_message", lastError);
        }
        return info;
    }

    void close() {
        closed = true;
        synchronized (queue) {
            queue.notifyAll();
        }
    }

    // ---- deliveries ----------------------------------------------------------------------------------------------

    private synchronized void set(String url, String secret, Object allowedUpdates, int maxConnections) {
        hook = new Hook(url, secret, allowedUpdates, maxConnections);
        if (deliverer == null) {
            deliverer = new Thread(this::deliverUntilClosed, "fake-telegram-webhook");
            deliverer.setDaemon(true);
            deliverer.start();
        }
        synchronized (queue) {
            queue.notifyAll();
        }
    }

    private void dropPendingIfAsked(Map<String, Object> fields) {
        if (Boolean.parseBoolean(String.valueOf(fields.get("drop_pending_updates")))) {
            synchronized (queue) {
                queue.clear();
            }
        }
    }

    private void deliverUntilClosed() {
        Duration pause = FIRST_RETRY;
        while (!closed) {
            Hook set;
            ObjectNode next;
            synchronized (queue) {
                while (!closed && (hook == null || queue.isEmpty())) {
                    try {
                        queue.wait(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                set = hook;
                next = queue.get(0);
            }
            int status = post(set.url(), next.toString(), forging ? forgedSecret : set.secret());
            deliveries.add(new Delivery(next.path("update_id").asLong(), status, Instant.now()));
            if (status >= 200 && status < 300) {
                synchronized (queue) {
                    queue.removeIf(update -> update == next);
                }
                pause = FIRST_RETRY;
                continue;
            }
            lastErrorAt = Instant.now();
            lastError = status == 0 ? "Connection refused" : "Wrong response from the webhook: " + status + " "
                    + reason(status);
            sleep(pause);
            pause = pause.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : pause.multipliedBy(2);
        }
    }

    private int post(String url, String body, String secret) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(SECRET_HEADER, secret);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 413 -> "Request Entity Too Large";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "";
        };
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
