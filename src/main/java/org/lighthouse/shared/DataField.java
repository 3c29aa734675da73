package org.lighthouse.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A field of a YAML data file, present or not. It knows its file and its path ({@code flags.URGENCY[0].patterns[1]}),
 * so that each problem says exactly where to fix it.
 *
 * <p>Reading a field checks its form. A problem goes to the file's handler, which stops at the first one
 * ({@link DataFile#STOP}) or notes it and lets reading go on: the field then reads as nothing (an empty text, list
 * or map), so that a check can list every problem of a file at once. A reader that cannot go on after a problem of
 * its own throws {@link #problem}.
 */
public final class DataField {

    private final String file;
    private final String path;
    private final @Nullable JsonNode node;
    private final Consumer<DataProblem> problems;

    DataField(String file, String path, @Nullable JsonNode node, Consumer<DataProblem> problems) {
        this.file = file;
        this.path = path;
        this.node = node == null || node.isNull() || node.isMissingNode() ? null : node;
        this.problems = problems;
    }

    /** The field of this map with the given name, present or not. */
    public DataField get(String name) {
        return new DataField(file, child(name), node == null ? null : node.get(name), problems);
    }

    /** The field of this map with the given name, if it is there (a YAML null is not). */
    public Optional<DataField> find(String name) {
        DataField field = get(name);
        return field.present() ? Optional.of(field) : Optional.empty();
    }

    public boolean present() {
        return node != null;
    }

    /** Whether the field is a map of fields, for a reader whose complaint about anything else says more. */
    public boolean isMap() {
        return node != null && node.isObject();
    }

    /** A non-empty text. */
    public String text() {
        if (node == null) {
            return missing("");
        }
        if (!node.isString() || node.stringValue().isBlank()) {
            report("must be a non-empty text");
            return "";
        }
        return node.stringValue();
    }

    /**
     * The value as written, when it is a text, a number or true/false (so that {@code 111} needs no quotes); empty
     * when the field is absent. A list or a map is a problem.
     */
    public Optional<String> scalar() {
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isValueNode()) {
            report("must be a text");
            return Optional.empty();
        }
        return Optional.of(node.asString());
    }

    public double positiveNumber() {
        if (node == null) {
            return missing(0.0);
        }
        if (!node.isNumber() || node.doubleValue() <= 0) {
            report("must be a number above zero");
            return 0;
        }
        return node.doubleValue();
    }

    public boolean flag() {
        if (node == null) {
            return missing(false);
        }
        if (!node.isBoolean()) {
            report("must be true or false");
            return false;
        }
        return node.booleanValue();
    }

    /** The elements of a list, which may be empty. */
    public List<DataField> list() {
        if (node == null) {
            return missing(List.of());
        }
        if (!node.isArray()) {
            report("must be a list");
            return List.of();
        }
        return elements();
    }

    /** The elements of a list that must hold at least one. */
    public List<DataField> items() {
        if (node == null) {
            return missing(List.of());
        }
        if (!node.isArray() || node.isEmpty()) {
            report("must be a non-empty list");
            return List.of();
        }
        return elements();
    }

    /** A non-empty list of non-empty texts. */
    public List<String> texts() {
        return items().stream().map(DataField::text).toList();
    }

    /** The entries of a map, in the file's order. */
    public Map<String, DataField> entries() {
        if (node == null) {
            return missing(Map.of());
        }
        if (!node.isObject()) {
            report("must be a mapping");
            return Map.of();
        }
        Map<String, DataField> entries = new LinkedHashMap<>();
        node.properties().forEach(e -> entries.put(e.getKey(), new DataField(file, child(e.getKey()), e.getValue(),
                problems)));
        return entries;
    }

    /** The entries of a map whose values are all non-empty texts. */
    public Map<String, String> textEntries() {
        Map<String, String> texts = new LinkedHashMap<>();
        entries().forEach((key, value) -> texts.put(key, value.text()));
        return texts;
    }

    /** A problem for each key of this map that the reader does not know, which is most often a misspelt one. */
    public void allowOnly(Set<String> keys) {
        entries().keySet().stream().filter(key -> !keys.contains(key))
                .forEach(key -> get(key).report("is unknown; known fields: " + String.join(", ", keys)));
    }

    /** The constant the text names; as nothing can stand in for a constant, a problem here always stops. */
    public <E extends Enum<E>> E constant(Class<E> type) {
        return constantNamed(text(), type);
    }

    /** The constant a name of this field names, such as a flag's name heading its rules; a problem always stops. */
    public <E extends Enum<E>> E constantNamed(String name, Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> problem("is '" + name + "', not one of " + Arrays.stream(type.getEnumConstants())
                        .map(Enum::name).collect(Collectors.joining(", "))));
    }

    /** A problem with this field, for the reader to throw. */
    public DataProblem problem(String complaint) {
        return DataProblem.at(file, path, complaint);
    }

    /** Hands a problem with this field to the file's handler: reading goes on unless it stops. */
    public void report(String complaint) {
        problems.accept(problem(complaint));
    }

    public String file() {
        return file;
    }

    /** Where the field is in its file, such as {@code quiz[2].options}; empty for the top. */
    public String path() {
        return path;
    }

    private <T> T missing(T nothing) {
        report("is missing");
        return nothing;
    }

    private List<DataField> elements() {
        List<DataField> elements = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            elements.add(new DataField(file, path + "[" + i + "]", node.get(i), problems));
        }
        return elements;
    }

    private String child(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
