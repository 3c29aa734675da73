package org.lighthouse.safety.triage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lighthouse.shared.ConfigurationProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A YAML data file on the class path. Every complaint names the file and the field, so a typo in a phrase list stops
 * start-up with a message that says where to look.
 */
record DataFile(String name, JsonNode root) {

    private static final YAMLMapper YAML = new YAMLMapper();

    static DataFile read(String name) {
        try (InputStream in = DataFile.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new ConfigurationProblem(name + " is missing from the class path");
            }
            JsonNode root = YAML.readTree(in);
            if (root == null || !root.isObject()) {
                throw new ConfigurationProblem(name + ": expected a map of fields at the top");
            }
            return new DataFile(name, root);
        } catch (JacksonException e) {
            throw new ConfigurationProblem(name + " is not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of a list field; an absent field is an empty list. */
    List<Entry> list(String field) {
        JsonNode node = root.path(field);
        if (node.isMissingNode()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw problem(field, "must be a list");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            entries.add(new Entry(this, field + "[" + i + "]", node.get(i)));
        }
        return entries;
    }

    JsonNode field(String field) {
        return root.path(field);
    }

    /** The file's top level, read like an entry of a list. */
    Entry top() {
        return new Entry(this, "", root);
    }

    ConfigurationProblem problem(String field, String complaint) {
        return new ConfigurationProblem(name + ": the field '" + field + "' " + complaint);
    }

    /** One element of a list field, addressed as {@code field[index]} in complaints. */
    record Entry(DataFile file, String path, JsonNode node) {

        String text(String field) {
            JsonNode value = node.path(field);
            if (!value.isString() || value.asString().isBlank()) {
                throw problem(field, "must be a non-empty text");
            }
            return value.asString();
        }

        /** A text that may be absent: then null. */
        @Nullable String optionalText(String field) {
            return node.has(field) ? text(field) : null;
        }

        /** A list of texts; {@code required} says whether it may be absent. */
        List<String> texts(String field, boolean required) {
            JsonNode value = node.path(field);
            if (value.isMissingNode() && !required) {
                return List.of();
            }
            if (!value.isArray() || value.isEmpty()) {
                throw problem(field, "must be a non-empty list of texts");
            }
            List<String> texts = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isString() || item.asString().isBlank()) {
                    throw problem(field, "must hold only non-empty texts");
                }
                texts.add(item.asString());
            }
            return texts;
        }

        ConfigurationProblem problem(String field, String complaint) {
            return file.problem(path.isEmpty() ? field : path + "." + field, complaint);
        }
    }
}
