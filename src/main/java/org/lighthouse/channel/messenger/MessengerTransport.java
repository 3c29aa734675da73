package org.lighthouse.channel.messenger;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Reply;
import org.lighthouse.channel.outbox.Delivery;
import org.lighthouse.channel.outbox.OutboxMessage;
import org.lighthouse.channel.outbox.Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Delivers outbox messages with Messenger's Send API, within its 24-hour window: inside it everything goes as a
 * {@code RESPONSE}; after it, only a person's words ({@link Reply#human()}, a responder's answer in a case) go, tagged
 * {@code HUMAN_AGENT}, up to 7 days after the person's last message; the rest is dropped and reported
 * ({@code DeliveryFailed}: {@value #OUTSIDE}). Graph API errors are read by their code: the person cannot be reached
 * (they are gone, or no such person for this Page), too many calls (wait, then again), a failure that may pass
 * (again, later), or a message refused for good.
 */
class MessengerTransport implements Transport {

    static final String OUTSIDE = "outside Messenger's 24-hour window";
    static final String OUTSIDE_HUMAN = "outside Messenger's 7 days for a person's answer (HUMAN_AGENT)";

    private static final Logger log = LoggerFactory.getLogger(MessengerTransport.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Graph API codes that mean too many calls: the app's, the Page's or the user's limit, or the Send API's own. */
    private static final Set<Integer> RATE_LIMITED = Set.of(4, 17, 32, 613, 80006);
    /** Codes of failures Meta asks to try again later: an unknown or unexpected error, a temporary send failure. */
    private static final Set<Integer> TEMPORARY = Set.of(1, 2, 1200);
    /** Subcodes of code 10 (permission) that say the message is outside the allowed window. */
    private static final Set<Integer> WINDOW = Set.of(2018278, 2018065, 2018108);

    private final MessengerSettings settings;
    private final MessengerChats chats;
    private final HttpClient http;
    private final URI sendApi;

    MessengerTransport(MessengerSettings settings, MessengerChats chats) {
        this.settings = settings;
        this.chats = chats;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.sendApi = URI.create(settings.sendApi() + "?access_token="
                + URLEncoder.encode(settings.pageToken(), StandardCharsets.UTF_8));
    }

    @Override
    public ChatRef.Channel channel() {
        return ChatRef.Channel.MESSENGER;
    }

    @Override
    public int maxTextLength() {
        return QuickReplies.MAX_TEXT;
    }

    @Override
    public Duration chatInterval(ChatRef chat) {
        return settings.chatInterval();
    }

    @Override
    public double perSecond() {
        return settings.perSecond();
    }

    /** How a message goes, given the window. */
    private enum Mode {
        RESPONSE, HUMAN_AGENT
    }

    @Override
    public CompletableFuture<Delivery> deliver(OutboxMessage message) {
        Reply reply = message.reply();
        String psid = message.chat().id();
        if (reply.copy() != null) {
            return done(new Delivery.Rejected("Messenger cannot pass on a message of another chat"));
        }
        QuickReplies shown = QuickReplies.of(reply);
        if (shown.text().isBlank()) {
            // a file or picture alone (a report, a QR code): the Send API takes no text-less text message
            return done(new Delivery.Rejected("Messenger: files and pictures are not sent on this channel yet"));
        }
        Mode mode;
        try {
            mode = switch (chats.window(psid)) {
                case OPEN, UNKNOWN -> Mode.RESPONSE;
                case HUMAN_ONLY -> reply.human() ? Mode.HUMAN_AGENT : null;
                case CLOSED -> null;
            };
        } catch (RuntimeException e) {
            return done(new Delivery.Transient(e.toString()));
        }
        if (mode == null) {
            return done(new Delivery.Rejected(reply.human() ? OUTSIDE_HUMAN : OUTSIDE));
        }
        return send(psid, shown, mode).thenCompose(answer -> {
            if (answer.outsideWindow() && mode == Mode.RESPONSE && reply.human()) {
                // the window closed by Messenger's clock though not by ours: a person's words may still go, tagged
                return send(psid, shown, Mode.HUMAN_AGENT);
            }
            return CompletableFuture.completedFuture(answer);
        }).thenApply(answer -> settle(psid, reply, shown, answer));
    }

    private Delivery settle(String psid, Reply reply, QuickReplies shown, Answer answer) {
        if (answer.delivery() instanceof Delivery.Sent && !reply.buttons().isEmpty()) {
            try {
                chats.offer(psid, shown.numbered());
            } catch (RuntimeException e) {
                log.warn("Sent, but could not keep the numbered choices of a message to a Messenger chat: {}",
                        e.toString());
            }
        }
        return answer.delivery();
    }

    /** The Send API's answer: what the outbox is told, and whether Messenger said the window was closed. */
    private record Answer(Delivery delivery, boolean outsideWindow) {
    }

    private CompletableFuture<Answer> send(String psid, QuickReplies shown, Mode mode) {
        HttpRequest request = HttpRequest.newBuilder(sendApi).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(psid, shown, mode).toString(), StandardCharsets.UTF_8))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .handle((response, error) -> error != null
                        ? new Answer(new Delivery.Transient("Messenger unreachable: " + error), false)
                        : answer(response.statusCode(), response.body(), mode));
    }

    private static ObjectNode body(String psid, QuickReplies shown, Mode mode) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("recipient").put("id", psid);
        if (mode == Mode.HUMAN_AGENT) {
            body.put("messaging_type", "MESSAGE_TAG").put("tag", "HUMAN_AGENT");
        } else {
            body.put("messaging_type", "RESPONSE");
        }
        ObjectNode content = body.putObject("message");
        content.put("text", shown.text());
        if (!shown.quickReplies().isEmpty()) {
            ArrayNode quick = content.putArray("quick_replies");
            shown.quickReplies().forEach(q -> quick.addObject().put("content_type", "text").put("title", q.title())
                    .put("payload", q.payload()));
        }
        return body;
    }

    private Answer answer(int status, String text, Mode mode) {
        JsonNode body;
        try {
            body = JSON.readTree(text == null || text.isBlank() ? "{}" : text);
        } catch (RuntimeException e) {
            body = JSON.createObjectNode();
        }
        JsonNode error = body.path("error");
        if (status == 200 && error.isMissingNode()) {
            return new Answer(new Delivery.Sent(body.path("message_id").asString("")), false);
        }
        int code = error.path("code").asInt(0);
        int subcode = error.path("error_subcode").asInt(0);
        String reason = status + " (#" + code + (subcode == 0 ? "" : "/" + subcode) + ") "
                + error.path("message").asString("");
        if ((code == 10 && WINDOW.contains(subcode)) || reason.contains("outside of allowed window")) {
            return new Answer(new Delivery.Rejected(mode == Mode.HUMAN_AGENT ? OUTSIDE_HUMAN : OUTSIDE), true);
        }
        if (code == 551 || (code == 200 && subcode == 1545041) || (code == 100 && subcode == 2018001)) {
            return new Answer(new Delivery.Unreachable("the person cannot be reached on Messenger: " + reason), false);
        }
        if (status == 429 || RATE_LIMITED.contains(code)) {
            return new Answer(new Delivery.RetryAfter(settings.rateLimitWait()), false);
        }
        if (code == 190) {
            log.error("Messenger refuses MESSENGER_PAGE_TOKEN ({}): messages wait until it is replaced", reason);
            return new Answer(new Delivery.Transient(reason), false);
        }
        if (status >= 500 || TEMPORARY.contains(code) || status == 0) {
            return new Answer(new Delivery.Transient(reason), false);
        }
        return new Answer(new Delivery.Rejected(reason), false);
    }

    private static CompletableFuture<Delivery> done(Delivery delivery) {
        return CompletableFuture.completedFuture(delivery);
    }
}
