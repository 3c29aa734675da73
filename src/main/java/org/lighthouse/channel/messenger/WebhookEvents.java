package org.lighthouse.channel.messenger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.Button;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Inbound;
import tools.jackson.databind.JsonNode;

/**
 * Reads a webhook delivery ({@code {"object":"page","entry":[{"messaging":[...]}]}}) into events, each under an
 * idempotency key of its own so that a delivery Messenger repeats is handled once: {@code fb:<mid>} for a message,
 * {@code fb:p<sender>:<timestamp>:<payload hash>} for a postback, {@code fb:r...} for a referral, {@code fb:e<mid>:<n>}
 * for an edit. What a person did: a text (a command when it starts with {@code /}), a quick reply tapped (a button
 * press with its payload, as a pressed Telegram button), a number typed for a numbered choice (that button), a postback
 * (a button press; Get Started, or any payload that is none of Lighthouse's buttons, is first contact, as Telegram's
 * {@code /start}), a link opened with a
 * {@code ref} ({@code /start <ref>}), a photo, voice note or file (media, passed on by its id), an edit. Echoes of the
 * Page's own messages, deliveries, reads, reactions and everything else are left out.
 */
final class WebhookEvents {

    /** The payload to give the Page's Get Started button: it is first contact. */
    static final String GET_STARTED = "GET_STARTED";

    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,2}");
    /** What m.me links carry in {@code ref}: Lighthouse's start links are letters, digits, {@code _} and {@code -}. */
    private static final Pattern REF = Pattern.compile("[A-Za-z0-9_=-]{1,64}");
    /** A timestamp further from now than this is not believed (a sample, or a clock gone wrong). */
    private static final Duration SKEW = Duration.ofMinutes(5);

    /** One event, and when the person did it (which opens Messenger's 24-hour window). */
    record Event(Inbound inbound, Instant at) {
    }

    private final BiFunction<String, String, Optional<String>> numberedChoice;
    private final Duration believable;

    /**
     * @param numberedChoice the button data of a number typed by a person, if their last numbered choices had it
     * @param believable how old a delivered event's timestamp may be and still be taken as when it happened
     */
    WebhookEvents(BiFunction<String, String, Optional<String>> numberedChoice, Duration believable) {
        this.numberedChoice = numberedChoice;
        this.believable = believable;
    }

    List<Event> read(JsonNode delivery, Instant now) {
        List<Event> events = new ArrayList<>();
        if (!"page".equals(delivery.path("object").asString(""))) {
            return events;
        }
        for (JsonNode entry : delivery.path("entry")) {
            for (JsonNode messaging : entry.path("messaging")) {
                event(messaging, now).ifPresent(events::add);
            }
        }
        return events;
    }

    private Optional<Event> event(JsonNode messaging, Instant now) {
        String sender = messaging.path("sender").path("id").asString("");
        if (sender.isEmpty() || sender.length() > 64) {
            return Optional.empty();
        }
        long timestamp = messaging.path("timestamp").asLong(0);
        Instant at = when(timestamp, now);
        ChatRef chat = ChatRef.messenger(sender);
        Inbound inbound = null;
        if (messaging.has("message")) {
            inbound = message(chat, sender, messaging.path("message"));
        } else if (messaging.has("postback")) {
            inbound = postback(chat, sender, timestamp, messaging.path("postback"));
        } else if (messaging.has("referral")) {
            inbound = start(chat, "fb:r" + sender + ":" + timestamp, sender, messaging.path("referral"));
        } else if (messaging.has("message_edit")) {
            inbound = edit(chat, sender, messaging.path("message_edit"));
        }
        return Optional.ofNullable(inbound).map(event -> new Event(event, at));
    }

    private @Nullable Inbound message(ChatRef chat, String sender, JsonNode message) {
        String mid = message.path("mid").asString("");
        if (message.path("is_echo").asBoolean(false) || mid.isEmpty()) {
            return null;
        }
        String key = "fb:" + mid;
        String text = message.path("text").isString() ? message.path("text").asString() : null;
        String payload = message.path("quick_reply").path("payload").asString("");
        if (!payload.isEmpty()) {
            return button(chat, key, sender, payload);
        }
        Inbound.Attachment attachment = attachment(message.path("attachments"));
        if (attachment != null) {
            return new Inbound(chat, key, 0, sender, false, attachment == Inbound.Attachment.LOCATION
                    ? Inbound.Kind.PRIVATE_DATA : Inbound.Kind.MEDIA, text, null, mid, false, null, attachment, null,
                    attachment == Inbound.Attachment.PHOTO ? photoAddress(message.path("attachments")) : null);
        }
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip();
        if (NUMBER.matcher(typed).matches()) {
            Optional<String> chosen = numberedChoice.apply(sender, typed);
            if (chosen.isPresent()) {
                return button(chat, key, sender, chosen.get());
            }
        }
        return Inbound.of(chat, key, sender, false, Inbound.Kind.ofText(typed, false), typed, null, null, null);
    }

    private @Nullable Inbound postback(ChatRef chat, String sender, long timestamp, JsonNode postback) {
        String payload = postback.path("payload").asString("");
        String key = "fb:p" + sender + ":" + timestamp + ":" + Integer.toHexString(payload.hashCode());
        if (payload.equalsIgnoreCase(GET_STARTED) || !payload.isEmpty() && payload.indexOf(':') < 0) {
            // Get Started, or another payload the Page's owner chose that is none of Lighthouse's buttons (they all
            // have a colon): first contact, not a stale button
            return start(chat, key, sender, postback.path("referral"));
        }
        return payload.isEmpty() ? null : button(chat, key, sender, payload);
    }

    /** First contact, or a link opened: {@code /start}, with the link's {@code ref} when it has one. */
    private static Inbound start(ChatRef chat, String key, String sender, JsonNode referral) {
        String ref = referral.path("ref").asString("");
        String command = REF.matcher(ref).matches() ? "/start " + ref : "/start";
        return Inbound.of(chat, key, sender, false, Inbound.Kind.COMMAND, command, null, null, null);
    }

    private static @Nullable Inbound edit(ChatRef chat, String sender, JsonNode edit) {
        String mid = edit.path("mid").asString("");
        String text = edit.path("text").asString("").strip();
        if (mid.isEmpty() || text.isEmpty()) {
            return null;
        }
        return Inbound.of(chat, "fb:e" + mid + ":" + edit.path("num_edit").asInt(0), sender, false,
                Inbound.Kind.EDITED_TEXT, text, null, null, null);
    }

    /** A button press; data longer than any button Lighthouse sends is no press of one of its buttons. */
    private static @Nullable Inbound button(ChatRef chat, String key, String sender, String data) {
        if (data.getBytes(StandardCharsets.UTF_8).length > Button.MAX_DATA_BYTES) {
            return null;
        }
        return Inbound.of(chat, key, sender, false, Inbound.Kind.BUTTON, null, data, null, null);
    }

    /** What the message carries besides text, if anything: a shared link ({@code fallback}) is only text. */
    private static Inbound.@Nullable Attachment attachment(JsonNode attachments) {
        for (JsonNode attachment : attachments) {
            String type = attachment.path("type").asString("").toLowerCase(Locale.ROOT);
            Inbound.Attachment kind = switch (type) {
                case "image" -> attachment.path("payload").has("sticker_id") ? Inbound.Attachment.STICKER
                        : Inbound.Attachment.PHOTO;
                case "audio" -> Inbound.Attachment.VOICE;
                case "video", "reel", "ig_reel" -> Inbound.Attachment.VIDEO;
                case "file" -> Inbound.Attachment.DOCUMENT;
                case "location" -> Inbound.Attachment.LOCATION;
                case "fallback" -> null;
                default -> Inbound.Attachment.OTHER;
            };
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }

    /** The address of the first image attached, where Meta serves it. */
    private static @Nullable String photoAddress(JsonNode attachments) {
        for (JsonNode attachment : attachments) {
            JsonNode url = attachment.path("payload").path("url");
            if ("image".equalsIgnoreCase(attachment.path("type").asString("")) && url.isString()) {
                return url.asString();
            }
        }
        return null;
    }

    /**
     * When the person did it: the event's own timestamp (milliseconds) when it is believable, else the time it arrived;
     * never later than now.
     */
    private Instant when(long timestamp, Instant now) {
        if (timestamp <= 0) {
            return now;
        }
        Instant at = Instant.ofEpochMilli(timestamp);
        if (at.isAfter(now.plus(SKEW)) || at.isBefore(now.minus(believable))) {
            return now;
        }
        return at.isAfter(now) ? now : at;
    }
}
