package org.lighthouse.testing;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.lighthouse.testing.FakeMessenger.Sent;

/**
 * Someone writing to the Page on Messenger: what they do reaches the bot as Messenger delivers it, a webhook POST
 * signed with the app secret ({@code X-Hub-Signature-256}), and the stand-in hears when they wrote. What they wait for
 * is looked for among the messages the stand-in took for them after their last action.
 */
public final class MessengerPerson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final RunningBot bot;
    private final FakeMessenger messenger;
    private final String psid;
    private int mark;

    public MessengerPerson(RunningBot bot, FakeMessenger messenger, String psid) {
        this.bot = bot;
        this.messenger = messenger;
        this.psid = psid;
    }

    public String psid() {
        return psid;
    }

    /** Taps the Page's Get Started button: first contact. */
    public void getsStarted() {
        ObjectNode event = event(Instant.now());
        event.putObject("postback").put("title", "Get Started").put("payload", "GET_STARTED");
        deliver(event);
    }

    /** Writes a text; returns the message's id. */
    public String writes(String text) {
        return writesAt(text, Instant.now());
    }

    /** Writes a text that Messenger says was written at {@code at}; returns the message's id. */
    public String writesAt(String text, Instant at) {
        ObjectNode event = event(at);
        String mid = mid();
        event.putObject("message").put("mid", mid).put("text", text);
        deliver(event);
        return mid;
    }

    /** Taps a quick reply of the last message: a message with its title and payload. */
    public void taps(String payload) {
        Sent last = lastMessage();
        int index = last.payloads().indexOf(payload);
        if (index < 0) {
            throw new AssertionError("no quick reply " + payload + " under " + last);
        }
        ObjectNode event = event(Instant.now());
        ObjectNode message = event.putObject("message").put("mid", mid()).put("text", last.titles().get(index));
        message.putObject("quick_reply").put("payload", payload);
        deliver(event);
    }

    /** Sends a photo; returns the message's id. */
    public String sendsPhoto() {
        return sendsPhotoAt("https://scontent.example/photo.jpg");
    }

    /** Sends a picture, which the stand-in serves at the address its attachment carries; returns the message's id. */
    public String sendsPhoto(byte[] picture) {
        return sendsPhotoAt(messenger.picture(picture));
    }

    private String sendsPhotoAt(String address) {
        ObjectNode event = event(Instant.now());
        String mid = mid();
        ObjectNode message = event.putObject("message").put("mid", mid);
        message.putArray("attachments").addObject().put("type", "image").putObject("payload").put("url", address);
        deliver(event);
        return mid;
    }

    /** Delivers one messaging event as Messenger does, signed; fails unless the bot answers 200. */
    public void deliver(ObjectNode event) {
        mark = messenger.sentTo(psid).size();
        byte[] body = delivery(event);
        int status = post(bot, body, signature(body, FakeMessenger.APP_SECRET));
        if (status != 200) {
            throw new AssertionError("the webhook answered " + status);
        }
    }

    /** A messaging event from this person, the sender and the Page, at a time; the stand-in hears of it. */
    public ObjectNode event(Instant at) {
        messenger.personWrote(psid, at);
        ObjectNode event = JSON.createObjectNode();
        event.putObject("sender").put("id", psid);
        event.putObject("recipient").put("id", FakeMessenger.PAGE_ID);
        event.put("timestamp", at.toEpochMilli());
        return event;
    }

    /** Waits for a message, after the last action, that matches; returns the newest such. */
    public Sent waitsFor(Predicate<Sent> matching) {
        await().atMost(Duration.ofSeconds(20)).until(() -> since().stream().anyMatch(matching));
        return since().stream().filter(matching).reduce((a, b) -> b).orElseThrow();
    }

    /** The messages taken for this person since their last action. */
    public List<Sent> since() {
        List<Sent> all = messenger.sentTo(psid);
        return all.subList(Math.min(mark, all.size()), all.size());
    }

    public Sent lastMessage() {
        List<Sent> all = messenger.sentTo(psid);
        if (all.isEmpty()) {
            throw new AssertionError("nothing was sent to " + psid);
        }
        return all.get(all.size() - 1);
    }

    /** A webhook delivery of one event: {@code {"object":"page","entry":[{"messaging":[event]}]}}. */
    public static byte[] delivery(ObjectNode event) {
        ObjectNode delivery = JSON.createObjectNode().put("object", "page");
        ObjectNode entry = delivery.putArray("entry").addObject().put("id", FakeMessenger.PAGE_ID)
                .put("time", Instant.now().toEpochMilli());
        entry.putArray("messaging").add(event);
        return delivery.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code sha256=<hex HMAC-SHA256 of the body with the secret>}. */
    public static String signature(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** POSTs a delivery to the bot's webhook with the given signature header (none when null); returns the status. */
    public static int post(RunningBot bot, byte[] body, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(bot.url("/webhooks/messenger")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String mid() {
        return "m_" + UUID.randomUUID().toString().replace("-", "");
    }
}
