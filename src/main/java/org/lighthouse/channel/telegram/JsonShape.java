package org.lighthouse.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The shape of a JSON value: its keys, each leaf replaced by its JSON type, each array by the distinct shapes of its
 * elements. What an update that could not be read looked like, to find the parser's fault, without a name, a text or
 * an id of the person who sent it.
 */
final class JsonShape {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonShape() {
    }

    static String of(JsonNode value) {
        return shape(value).toString();
    }

    private static JsonNode shape(JsonNode value) {
        if (value.isObject()) {
            ObjectNode shape = NODES.objectNode();
            value.properties().forEach(field -> shape.set(field.getKey(), shape(field.getValue())));
            return shape;
        }
        if (value.isArray()) {
            Set<JsonNode> distinct = new LinkedHashSet<>();
            value.forEach(element -> distinct.add(shape(element)));
            ArrayNode shape = NODES.arrayNode();
            distinct.forEach(shape::add);
            return shape;
        }
        return NODES.textNode(leaf(value));
    }

    private static String leaf(JsonNode value) {
        if (value.isTextual()) {
            return "string";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        return "null";
    }
}
