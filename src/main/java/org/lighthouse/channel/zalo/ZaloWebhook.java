package org.lighthouse.channel.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.Inbound;
import org.lighthouse.channel.inbox.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Zalo's deliveries in webhook mode, at {@code POST /webhooks/zalo}. A delivery counts only with the secret in
 * {@code X-Bot-Api-Secret-Token}, compared in constant time: without it the answer is 403 and nothing is read or stored.
 * A delivery is answered only once its message is stored in the {@link Inbox}, so that a failure makes Zalo deliver
 * it again; a message delivered twice is handled once (the inbox keys it by its id). In polling mode there is nothing
 * here (404).
 */
@RestController
@ZaloEnabled
class ZaloWebhook {

    static final String PATH = "/webhooks/zalo";
    static final String SECRET_HEADER = "X-Bot-Api-Secret-Token";
    /** The largest delivery read: a message is at most a few kilobytes. */
    static final int MAX_BODY = 64 * 1024;

    private static final Logger log = LoggerFactory.getLogger(ZaloWebhook.class);

    private final ZaloSettings settings;
    private final ZaloUpdates updates;
    private final Inbox inbox;
    private final ZaloIntake intake;
    private final ObjectMapper json = new ObjectMapper();
    private final byte @Nullable [] secretHash;

    ZaloWebhook(ZaloSettings settings, ZaloUpdates updates, Inbox inbox, ZaloIntake intake) {
        this.settings = settings;
        this.updates = updates;
        this.inbox = inbox;
        this.intake = intake;
        this.secretHash = settings.webhookSecret() == null ? null : sha256(settings.webhookSecret());
    }

    @PostMapping(PATH)
    ResponseEntity<String> deliver(@RequestHeader(name = SECRET_HEADER, required = false) @Nullable String secret,
            HttpServletRequest request) throws IOException {
        if (!settings.webhook() || secretHash == null) {
            return answer(HttpStatus.NOT_FOUND, "Zalo is polled here, not called by webhook");
        }
        if (secret == null || !MessageDigest.isEqual(secretHash, sha256(secret))) {
            return answer(HttpStatus.FORBIDDEN, "wrong or missing " + SECRET_HEADER);
        }
        byte[] body = read(request);
        if (body == null) {
            return answer(HttpStatus.PAYLOAD_TOO_LARGE, "a delivery is at most " + MAX_BODY + " bytes");
        }
        JsonNode delivery;
        try {
            delivery = json.readTree(body);
        } catch (IOException e) {
            return answer(HttpStatus.BAD_REQUEST, "not JSON");
        }
        List<Inbound> events = new ArrayList<>();
        for (JsonNode update : ZaloUpdates.in(delivery)) {
            updates.read(update).ifPresent(events::add);
        }
        try {
            inbox.accept(events);
        } catch (RuntimeException e) {
            log.error("Zalo: could not store a delivery; answering 500 so that Zalo delivers it again", e);
            return answer(HttpStatus.INTERNAL_SERVER_ERROR, "not stored, deliver again");
        }
        intake.delivered();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body("{\"ok\":true}");
    }

    /** The body, or null when it is larger than {@link #MAX_BODY}. */
    private static byte @Nullable [] read(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            return body.length > MAX_BODY ? null : body;
        }
    }

    private static ResponseEntity<String> answer(HttpStatus status, String description) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body("{\"ok\":false,\"error_code\":"
                + status.value() + ",\"description\":\"" + description + "\"}");
    }

    /** Hashed first, so that the comparison takes as long whatever the length of what was sent. */
    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
