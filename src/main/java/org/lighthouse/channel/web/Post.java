package org.lighthouse.channel.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.Button;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Inbound;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Something the person did on the page: {@code text} typed, or the {@code data} of a button pressed on message number
 * {@code ref}. {@code id} is the page's random id for the post, the same when the page sends it again.
 *
 * <p>Every field is bounded by what the product needs, and so is the whole body, so that no post can carry more into
 * the inbox than a person can type: a value the database refuses would stop every channel's writes.
 */
record Post(@Nullable String id, @Nullable String text, @Nullable String data, @Nullable String ref) {

    static final int MAX_TEXT = 4096;
    /** {@value #MAX_TEXT} characters of text at up to 3 bytes each in UTF-8, and the JSON around them. */
    static final int MAX_BODY = 16 * 1024;
    private static final String SHAPE = "a post is one JSON object: {\"id\":..,\"text\":..} or "
            + "{\"id\":..,\"data\":..,\"ref\":..}";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    /** A message number of a chat: from 1, within a long. */
    private static final Pattern REF = Pattern.compile("[1-9][0-9]{0,17}");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // a number or true where a text belongs is a wrong type, not a text
            .withCoercionConfig(LogicalType.Textual, strings -> strings.setCoercion(CoercionInputShape.Integer,
                    CoercionAction.Fail).setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    /**
     * Reads the post of a request. A body over {@value #MAX_BODY} bytes is refused by its declared length before any
     * of it is read, and, when it declares none, once that much has been read: no more is ever held.
     */
    static Post read(HttpServletRequest request) throws IOException {
        if (!isJson(request.getContentType())) {
            throw new Refused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "a post is sent as application/json");
        }
        if (request.getContentLengthLong() > MAX_BODY) {
            throw tooLarge();
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            throw tooLarge();
        }
        Post post;
        try {
            post = JSON.readValue(body, Post.class);
        } catch (UnrecognizedPropertyException e) {
            throw Refused.bad("unknown field \"" + field(e) + "\": a post has id, text, data and ref");
        } catch (MismatchedInputException e) {
            throw Refused.bad(e.getPath().isEmpty() ? SHAPE : "\"" + field(e) + "\" must be a string");
        } catch (JacksonException e) {
            throw Refused.bad("not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (post == null) {
            throw Refused.bad(SHAPE);
        }
        return post;
    }

    /** The event this post is in the chat of {@code session}; refused when a field holds what no page sends. */
    Inbound inbound(String session) {
        if (id == null || !ID.matcher(id).matches()) {
            throw Refused.bad("id must be the post's own random id: 8 to 64 letters, digits, - or _");
        }
        ChatRef chat = ChatRef.web(session);
        String key = "web:" + session + ":" + id;
        if (data != null) {
            if (text != null) {
                throw Refused.bad("a post has text or button data, not both");
            }
            if (data.isEmpty() || data.getBytes(StandardCharsets.UTF_8).length > Button.MAX_DATA_BYTES) {
                throw Refused.bad("button data is 1 to " + Button.MAX_DATA_BYTES + " bytes");
            }
            if (ref == null || !REF.matcher(ref).matches()) {
                throw Refused.bad("ref must be the number of the message whose button was pressed");
            }
            return Inbound.of(chat, key, session, false, Inbound.Kind.BUTTON, null, data, ref, null);
        }
        if (ref != null) {
            throw Refused.bad("ref goes with button data only");
        }
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            throw Refused.bad("a post needs text or button data");
        }
        if (typed.length() > MAX_TEXT) {
            throw Refused.bad("a message is at most " + MAX_TEXT + " characters");
        }
        Inbound.Kind kind = Inbound.Kind.ofText(typed, false);
        return Inbound.of(chat, key, session, false, kind, typed, null, null, null);
    }

    private static boolean isJson(@Nullable String contentType) {
        try {
            return contentType != null && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(
                    contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static String field(JacksonException e) {
        String name = e.getPath().get(e.getPath().size() - 1).getPropertyName();
        return name == null ? "?" : name;
    }

    private static Refused tooLarge() {
        return new Refused(HttpStatus.CONTENT_TOO_LARGE, "a post is at most " + MAX_BODY + " bytes");
    }
}
