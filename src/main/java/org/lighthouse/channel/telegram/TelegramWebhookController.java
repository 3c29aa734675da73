package org.lighthouse.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Telegram delivers updates in webhook mode. A delivery without the secret, or with another, gets 403 before its
 * body is read, as does every delivery while Telegram is polled or off. An update is answered 200 only once it is
 * stored, so that Telegram delivers again whatever was not; stored under its update id, it is handled once however
 * often it comes, by webhook or by poll.
 */
@RestController
class TelegramWebhookController {

    static final String PATH = "/webhooks/telegram";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /**
     * Telegram's updates are a few KB: a message of 4,096 characters with its entities, the message it answers and a
     * quote are far below this, written as JSON escapes even.
     */
    static final int MAX_BODY = 256 * 1024;
    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookController.class);

    /** Absent unless Telegram is on in webhook mode. */
    private final ObjectProvider<TelegramWebhook> webhook;
    /** Jackson 2, which TelegramBots' types are read with. */
    private final ObjectMapper json = new ObjectMapper();

    TelegramWebhookController(ObjectProvider<TelegramWebhook> webhook) {
        this.webhook = webhook;
    }

    @PostMapping(PATH)
    ResponseEntity<String> deliver(@RequestHeader(name = SECRET_HEADER, required = false) @Nullable String secret,
            HttpServletRequest request) throws IOException {
        TelegramWebhook on = webhook.getIfAvailable();
        if (on == null || !on.admits(secret)) {
            return answer(HttpStatus.FORBIDDEN, "forbidden");
        }
        if (request.getContentLengthLong() > MAX_BODY) {
            return answer(HttpStatus.CONTENT_TOO_LARGE, "an update is at most " + MAX_BODY + " bytes");
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            return answer(HttpStatus.CONTENT_TOO_LARGE, "an update is at most " + MAX_BODY + " bytes");
        }
        JsonNode update;
        try {
            update = json.readTree(body);
        } catch (IOException e) {
            return answer(HttpStatus.BAD_REQUEST, "not JSON");
        }
        if (update == null || !update.path("update_id").isIntegralNumber()) {
            return answer(HttpStatus.BAD_REQUEST, "not a Telegram update: no update_id");
        }
        try {
            on.take(update);
        } catch (RuntimeException e) {
            log.error("Telegram: could not store update {}; answering 500 so that Telegram delivers it again",
                    update.get("update_id").asLong(), e);
            return answer(HttpStatus.INTERNAL_SERVER_ERROR, "not stored, deliver it again");
        }
        return ResponseEntity.ok().build();
    }

    private static ResponseEntity<String> answer(HttpStatus status, String reason) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(reason);
    }
}
