package org.lighthouse.channel.messenger;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
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
 * Delivers outbox messages with Messenger's Send API (a picture or file first, uploaded as an attachment, then the
 * text with its quick replies), within its 24-hour window: inside it everything goes as a
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
    /** Outbox messages whose attachment went and whose text has not yet: their file is not sent again. */
    private final Set<String> attachmentsSent = ConcurrentHashMap.newKeySet();

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
        if (shown.text().isBlank() && reply.document() == null && reply.audio() == null) {
            return done(new Delivery.Rejected("Messenger takes no empty message"));
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
        return attachment(message, psid, mode).thenCompose(attached -> {
            if (attached.isPresent()) {
                return CompletableFuture.completedFuture(attached.get());
            }
            if (shown.text().isBlank()) {
                attachmentsSent.remove(message.id());
                return CompletableFuture.completedFuture(new Answer(new Delivery.Sent(""), false));
            }
            return send(psid, shown, mode).thenCompose(answer -> {
                if (answer.outsideWindow() && mode == Mode.RESPONSE && reply.human()) {
                    // the window closed by Messenger's clock though not by ours: a person's words may still go, tagged
                    return send(psid, shown, Mode.HUMAN_AGENT);
                }
                return CompletableFuture.completedFuture(answer);
            });
        }).thenApply(answer -> {
            if (!(answer.delivery() instanceof Delivery.Transient || answer.delivery() instanceof Delivery.RetryAfter)) {
                attachmentsSent.remove(message.id());
            }
            return settle(psid, reply, shown, answer);
        });
    }

    /**
     * Sends the message's picture or file first, as an attachment of its own (Messenger's text messages carry none),
     * once per message in this run: when the text after it must be tried again, the file is not sent twice. Empty when
     * the text may follow: the file went, or Messenger refused that file for good (the text is still worth sending);
     * otherwise the answer that stops the message here.
     */
    private CompletableFuture<Optional<Answer>> attachment(OutboxMessage message, String psid, Mode mode) {
        Reply.Document document;
        try {
            document = attached(message.reply());
        } catch (IOException e) {
            return CompletableFuture.completedFuture(Optional.of(new Answer(new Delivery.Rejected(
                    "the recording cannot be read: " + e), false)));
        }
        if (document == null || attachmentsSent.contains(message.id())) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        String boundary = "lighthouse" + UUID.randomUUID().toString().replace("-", "");
        String type = document.picture() || document.mediaType().startsWith("image/") ? "image"
                : document.mediaType().startsWith("audio/") ? "audio" : "file";
        ObjectNode content = JSON.createObjectNode();
        content.putObject("attachment").put("type", type).putObject("payload").put("is_reusable", false);
        Multipart body = new Multipart(boundary).field("recipient", JSON.createObjectNode().put("id", psid).toString());
        body = mode == Mode.HUMAN_AGENT ? body.field("messaging_type", "MESSAGE_TAG").field("tag", "HUMAN_AGENT")
                : body.field("messaging_type", "RESPONSE");
        body = body.field("message", content.toString())
                .file("filedata", document.fileName(), document.mediaType(), document.content());
        HttpRequest request = HttpRequest.newBuilder(sendApi).timeout(TIMEOUT)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .handle((response, error) -> {
                    Answer answer = error != null
                            ? new Answer(new Delivery.Transient("Messenger unreachable: " + error), false)
                            : answer(response.statusCode(), response.body(), mode);
                    if (answer.delivery() instanceof Delivery.Sent) {
                        attachmentsSent.add(message.id());
                        return Optional.<Answer>empty();
                    }
                    if (answer.delivery() instanceof Delivery.Rejected rejected && !answer.outsideWindow()) {
                        log.warn("Messenger refused the file {} of {}: {}; sending its text alone", document.fileName(),
                                message.id(), rejected.reason());
                        return Optional.<Answer>empty();
                    }
                    return Optional.of(answer);
                });
    }

    /** The message's file, or its recording (uploaded each time: Messenger's reusable ids are not kept). */
    private static Reply.@Nullable Document attached(Reply reply) throws IOException {
        if (reply.audio() == null) {
            return reply.document();
        }
        return Reply.Document.file("voice.ogg", "audio/ogg", Files.readAllBytes(Path.of(reply.audio().file())));
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
