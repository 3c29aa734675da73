package org.lighthouse.channel.messenger;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.inbox.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Messenger's webhook on the web port. GET answers the subscription handshake when the verify token is ours. A POST is
 * taken only with a right {@code X-Hub-Signature-256} (HMAC-SHA256 of the raw body with the app secret, compared in
 * constant time) and a body of at most {@code lighthouse.messenger.max-body}; anything else gets 4xx and stores
 * nothing. A delivery is answered 200 only once its events are stored in the inbox, so that Messenger delivers again
 * what was not stored; the inbox takes a repeated event once.
 */
@RestController
@MessengerEnabled
@RequestMapping("/webhooks/messenger")
class MessengerWebhook {

    private static final Logger log = LoggerFactory.getLogger(MessengerWebhook.class);
    private static final String SIGNATURE_PREFIX = "sha256=";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long REFUSAL_LOG_EVERY = TimeUnit.MINUTES.toNanos(1);

    private final MessengerSettings settings;
    private final Inbox inbox;
    private final MessengerChats chats;
    private final WebhookEvents reader;
    private final Clock clock;
    private final AtomicLong lastRefusalLogged = new AtomicLong(System.nanoTime() - REFUSAL_LOG_EVERY - 1);

    MessengerWebhook(MessengerSettings settings, Inbox inbox, MessengerChats chats, Clock clock) {
        this.settings = settings;
        this.inbox = inbox;
        this.chats = chats;
        this.reader = new WebhookEvents(chats::choice, settings.humanWindow());
        this.clock = clock;
    }

    @GetMapping
    ResponseEntity<String> handshake(@RequestParam(name = "hub.mode", required = false) @Nullable String mode,
            @RequestParam(name = "hub.verify_token", required = false) @Nullable String token,
            @RequestParam(name = "hub.challenge", required = false) @Nullable String challenge) {
        if ("subscribe".equals(mode) && token != null && challenge != null && sameBytes(token, settings.verifyToken())) {
            log.info("Messenger: webhook subscription confirmed");
            return plain(HttpStatus.OK, challenge);
        }
        return plain(HttpStatus.FORBIDDEN, "not subscribed: wrong hub.mode or hub.verify_token");
    }

    @PostMapping
    ResponseEntity<String> deliver(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > settings.maxBody()) {
            return plain(HttpStatus.CONTENT_TOO_LARGE, "a delivery is at most " + settings.maxBody() + " bytes");
        }
        byte[] body = request.getInputStream().readNBytes(settings.maxBody() + 1);
        if (body.length > settings.maxBody()) {
            return plain(HttpStatus.CONTENT_TOO_LARGE, "a delivery is at most " + settings.maxBody() + " bytes");
        }
        if (!signed(body, request.getHeader("X-Hub-Signature-256"))) {
            long now = System.nanoTime();
            long last = lastRefusalLogged.get();
            if (now - last > REFUSAL_LOG_EVERY && lastRefusalLogged.compareAndSet(last, now)) {
                // once a minute at most: forged posts must not flood the log, and a wrong app secret still shows
                log.warn("Messenger: refused a webhook delivery without a valid X-Hub-Signature-256 (if Meta's"
                        + " deliveries are refused too, check MESSENGER_APP_SECRET)");
            }
            return plain(HttpStatus.FORBIDDEN, "wrong or missing X-Hub-Signature-256");
        }
        JsonNode delivery;
        try {
            delivery = JSON.readTree(body);
        } catch (JacksonException e) {
            return plain(HttpStatus.BAD_REQUEST, "not JSON");
        }
        Instant now = clock.instant();
        List<WebhookEvents.Event> events = reader.read(delivery, now);
        // the window first: a reply handled from the inbox at once must find it open
        events.forEach(event -> chats.heard(event.inbound().sender(), event.at()));
        inbox.accept(events.stream().map(WebhookEvents.Event::inbound).toList());
        return plain(HttpStatus.OK, "EVENT_RECEIVED");
    }

    /** Whether the header is {@code sha256=} and the hex HMAC-SHA256 of the raw body with the app secret. */
    private boolean signed(byte[] body, @Nullable String header) {
        if (header == null || !header.startsWith(SIGNATURE_PREFIX)) {
            return false;
        }
        byte[] expected = HexFormat.of().formatHex(hmac(body)).getBytes(StandardCharsets.US_ASCII);
        byte[] given = header.substring(SIGNATURE_PREFIX.length()).strip().toLowerCase(java.util.Locale.ROOT)
                .getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    private byte[] hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(settings.appSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static boolean sameBytes(String given, @Nullable String expected) {
        return expected != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    private static ResponseEntity<String> plain(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(body);
    }
}
