package org.lighthouse.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * Telegram's Bot API as published (src/test/resources/telegram/bot-api.json): which methods exist and which of their
 * fields are required, so that the stand-in refuses what the real Telegram would refuse; and its types, to make
 * objects as Telegram could send them.
 */
public final class BotApiSpec {

    private final Map<String, List<String>> requiredByMethod = new HashMap<>();
    private final JsonNode types;

    public BotApiSpec() {
        try (InputStream in = BotApiSpec.class.getResourceAsStream("/telegram/bot-api.json")) {
            JsonNode spec = new ObjectMapper().readTree(in);
            types = spec.get("types");
            JsonNode methods = spec.get("methods");
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

    // ---- objects as Telegram could send them ---------------------------------------------------------------------

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The fields by which parsers tell a type's variants apart; their descriptions quote the values they take. */
    private static final List<String> DISCRIMINATORS = List.of("type", "status", "source");
    private static final Pattern QUOTED = Pattern.compile("\"([a-z_]+)\"");
    private static final int DEEPEST = 5;
    private static final int[] LETTERS = ("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ0123456789 .,!?/@#_-"
            + "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ😀👨‍👩‍👧\u202e\u0000\n")
            .codePoints().toArray();

    /** The kinds of update: the fields of {@code Update} besides {@code update_id}. */
    public List<String> updateTypes() {
        List<String> names = new ArrayList<>();
        types.get("Update").get("fields").forEach(field -> names.add(field.get("name").asText()));
        names.remove("update_id");
        return names;
    }

    /** The type of a field of {@code Update} ({@code message} holds a {@code Message}). */
    public String updateFieldType(String updateType) {
        return StreamSupport.stream(types.get("Update").get("fields").spliterator(), false)
                .filter(field -> field.get("name").asText().equals(updateType)).findFirst()
                .map(field -> field.get("types").get(0).asText()).orElseThrow();
    }

    /**
     * A random object of a type of the API, as Telegram could send it: every required field, each optional one by the
     * given chance (smaller deeper down, none below a few levels), values of the declared types; a variant type
     * becomes one of its variants, and a field that tells variants apart takes a value its description names.
     */
    public ObjectNode randomObject(String type, Random random, double optionalChance) {
        return (ObjectNode) randomValue(type, random, optionalChance, 0);
    }

    private JsonNode randomValue(String declared, Random random, double chance, int depth) {
        if (declared.startsWith("Array of ")) {
            ArrayNode array = NODES.arrayNode();
            int size = depth >= DEEPEST ? 0 : random.nextInt(3);
            for (int i = 0; i < size; i++) {
                array.add(randomValue(declared.substring(9), random, chance, depth + 1));
            }
            return array;
        }
        switch (declared) {
            case "Integer":
                return NODES.numberNode(random.nextBoolean() ? random.nextInt(1000) : random.nextInt());
            case "Float":
                return NODES.numberNode(random.nextDouble() * 360 - 180);
            case "Boolean":
                return NODES.booleanNode(random.nextBoolean());
            case "True":
                return NODES.booleanNode(true);
            case "String":
                return NODES.textNode(randomText(random));
            default:
                return randomOfType(declared, random, chance, depth);
        }
    }

    private JsonNode randomOfType(String name, Random random, double chance, int depth) {
        JsonNode type = types.get(name);
        if (type == null) {
            throw new IllegalArgumentException("no type " + name + " in the Bot API");
        }
        JsonNode subtypes = type.path("subtypes");
        if (subtypes.isArray() && !subtypes.isEmpty()) {
            // deep down a recursive variant (rich text holding rich text) ends in its plainest form, the first
            String variant = subtypes.get(depth >= DEEPEST ? 0 : random.nextInt(subtypes.size())).asText();
            return randomValue(variant, random, chance, depth + 1);
        }
        ObjectNode object = NODES.objectNode();
        double optional = depth >= DEEPEST ? 0 : chance / (1 + 2 * depth);
        for (JsonNode field : type.path("fields")) {
            if (!field.path("required").asBoolean() && random.nextDouble() >= optional) {
                continue;
            }
            String fieldName = field.get("name").asText();
            JsonNode declared = field.get("types");
            List<String> named = DISCRIMINATORS.contains(fieldName) ? quoted(field.path("description").asText())
                    : List.of();
            object.set(fieldName, named.isEmpty()
                    ? randomValue(declared.get(random.nextInt(declared.size())).asText(), random, chance, depth + 1)
                    : NODES.textNode(named.get(random.nextInt(named.size()))));
        }
        return object;
    }

    private static List<String> quoted(String description) {
        List<String> values = new ArrayList<>();
        Matcher matcher = QUOTED.matcher(description);
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }

    private static String randomText(Random random) {
        int length = random.nextInt(24);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(LETTERS[random.nextInt(LETTERS.length)]);
        }
        return text.toString();
    }
}
