package org.lighthouse.offer;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Turns one line of {@code check-offer}'s input into its line of output. */
final class OfferLines {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OfferCheck check;

    OfferLines(OfferCheck check) {
        this.check = check;
    }

    String answer(String line) {
        JsonNode id = null;
        try {
            JsonNode request = parse(line);
            id = request.get("id");
            OfferAssessment assessment = check.check(text(request), kind(request));
            return JSON.writeValueAsString(answer(id, assessment));
        } catch (UnreadableLine e) {
            ObjectNode error = withId(id);
            error.put("error", e.getMessage());
            return JSON.writeValueAsString(error);
        }
    }

    /** Why a line cannot be checked, in words for whoever wrote it. */
    private static final class UnreadableLine extends RuntimeException {

        UnreadableLine(String why) {
            super(why, null, false, false);
        }
    }

    private static JsonNode parse(String line) {
        JsonNode request;
        try {
            request = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new UnreadableLine("not valid JSON: " + e.getOriginalMessage());
        }
        if (request == null || !request.isObject()) {
            throw new UnreadableLine("each line must be a JSON object such as {\"id\":\"o1\",\"text\":\"...\"}");
        }
        return request;
    }

    private static String text(JsonNode request) {
        JsonNode text = request.get("text");
        if (text == null || !text.isString()) {
            throw new UnreadableLine("\"text\" must be a string");
        }
        return text.stringValue();
    }

    private static @Nullable OfferKind kind(JsonNode request) {
        JsonNode kind = request.get("kind");
        if (kind == null || kind.isNull()) {
            return null;
        }
        return (kind.isString() ? OfferKind.named(kind.stringValue()) : Optional.<OfferKind>empty())
                .orElseThrow(() -> new UnreadableLine("\"kind\" must be JOB, MARRIAGE or FRIENDSHIP, or left out"));
    }

    private static ObjectNode answer(@Nullable JsonNode id, OfferAssessment assessment) {
        ObjectNode out = withId(id);
        out.put("kind", assessment.kind().name());
        out.put("risk", assessment.risk().name());
        ArrayNode flags = out.putArray("flags");
        assessment.flags().forEach(flag -> flags.add(flag.name()));
        return out;
    }

    private static ObjectNode withId(@Nullable JsonNode id) {
        ObjectNode out = JSON.createObjectNode();
        if (id != null && !id.isNull()) {
            out.set("id", id);
        }
        return out;
    }
}
