package org.lighthouse.offer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** One field of a data file. It knows its file and path, so each problem says exactly where to fix it. */
record Field(String file, String path, JsonNode node) {

    Field get(String name) {
        return find(name).orElseThrow(() -> problemAt(child(name), "is missing"));
    }

    Optional<Field> find(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(new Field(file, child(name), value));
    }

    String text() {
        if (!node.isString() || node.stringValue().isBlank()) {
            throw problem("must be a non-empty text");
        }
        return node.stringValue();
    }

    double positiveNumber() {
        if (!node.isNumber() || node.doubleValue() <= 0) {
            throw problem("must be a number above zero");
        }
        return node.doubleValue();
    }

    boolean flag() {
        if (!node.isBoolean()) {
            throw problem("must be true or false");
        }
        return node.booleanValue();
    }

    List<Field> items() {
        if (!node.isArray() || node.isEmpty()) {
            throw problem("must be a non-empty list");
        }
        List<Field> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            items.add(new Field(file, path + "[" + i + "]", node.get(i)));
        }
        return items;
    }

    List<String> texts() {
        return items().stream().map(Field::text).toList();
    }

    /** The mapping's entries, in the file's order. */
    Map<String, Field> entries() {
        if (!node.isObject()) {
            throw problem("must be a mapping");
        }
        Map<String, Field> entries = new LinkedHashMap<>();
        node.properties().forEach(e -> entries.put(e.getKey(), new Field(file, child(e.getKey()), e.getValue())));
        return entries;
    }

    Map<String, String> textEntries() {
        Map<String, String> texts = new LinkedHashMap<>();
        entries().forEach((key, value) -> texts.put(key, value.text()));
        return texts;
    }

    /** The field as a regular expression, with the named terms of its file spelled out. */
    Pattern pattern(Terms terms) {
        try {
            return Pattern.compile(terms.expand(this));
        } catch (PatternSyntaxException e) {
            throw problem("is not a valid pattern: " + e.getDescription() + " near index " + e.getIndex());
        }
    }

    List<RulePattern> patterns(Terms terms) {
        return items().stream().map(item -> RulePattern.of(item.pattern(terms))).toList();
    }

    /** Fails on a key that the reader does not know, which is most often a misspelt one. */
    void allowOnly(Set<String> keys) {
        entries().keySet().stream().filter(key -> !keys.contains(key)).findFirst()
                .ifPresent(key -> {
                    throw problemAt(child(key), "is unknown; known fields: " + String.join(", ", keys));
                });
    }

    <E extends Enum<E>> E constant(Class<E> type) {
        return constantNamed(text(), type);
    }

    /** The constant a key names, such as a flag's name heading its rules; a problem here if there is none. */
    <E extends Enum<E>> E constantNamed(String name, Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> problem("is '" + name + "', not one of " + Arrays.stream(type.getEnumConstants())
                        .map(Enum::name).collect(Collectors.joining(", "))));
    }

    MalformedOfferData problem(String what) {
        return problemAt(path, what);
    }

    private MalformedOfferData problemAt(String where, String what) {
        return MalformedOfferData.inField(file, where, what);
    }

    private String child(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
