package org.lighthouse.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * Telegram's Bot API as published (src/test/resources/telegram/bot-api.json): which methods exist and which of their
 * fields are required, so that the stand-in refuses what the real Telegram would refuse.
 */
final class BotApiSpec {

    private final Map<String, List<String>> requiredByMethod = new HashMap<>();

    BotApiSpec() {
        try (InputStream in = BotApiSpec.class.getResourceAsStream("/telegram/bot-api.json")) {
            JsonNode methods = new ObjectMapper().readTree(in).get("methods");
            methods.properties().forEach(method -> requiredByMethod.put(method.getKey().toLowerCase(Locale.ROOT),
                    StreamSupport.stream(method.getValue().path("fields").spliterator(), false)
                            .filter(field -> field.path("required").asBoolean())
                            .map(field -> field.get("name").asText()).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What Telegram would answer with 4xx, or empty when the call is well-formed. */
    Optional<String> problem(String method, Map<String, ?> fields) {
        List<String> required = requiredByMethod.get(method.toLowerCase(Locale.ROOT));
        if (required == null) {
            return Optional.of("Not Found: method " + method + " not found");
        }
        return required.stream().filter(name -> fields.get(name) == null).findFirst()
                .map(name -> "Bad Request: parameter " + name + " is required");
    }
}
