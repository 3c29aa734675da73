package org.lighthouse.content.loading;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lighthouse.content.LocalizedText;
import org.lighthouse.shared.Language;
import tools.jackson.databind.JsonNode;

/**
 * A place in a content file, with its path (such as {@code quiz[2].options}), so that every problem found can name the
 * file and the field.
 */
final class Node {

    private final JsonNode json;
    private final String path;
    private final String file;
    private final List<ContentProblem> problems;

    Node(JsonNode json, String path, String file, List<ContentProblem> problems) {
        this.json = json;
        this.path = path;
        this.file = file;
        this.problems = problems;
    }

    Node get(String field) {
        return new Node(json == null ? null : json.get(field), path.isEmpty() ? field : path + "." + field, file,
                problems);
    }

    boolean present() {
        return json != null && !json.isNull() && !json.isMissingNode();
    }

    Optional<String> text() {
        if (!present()) {
            return Optional.empty();
        }
        if (!json.isString() && !json.isNumber() && !json.isBoolean()) {
            problem("must be a text");
            return Optional.empty();
        }
        String value = json.asString().strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    String requiredText() {
        Optional<String> value = text();
        if (value.isEmpty() && (!present() || json.isString())) {
            problem("is missing");
        }
        return value.orElse("");
    }

    boolean flag() {
        return present() && json.asBoolean();
    }

    List<Node> list() {
        if (!present()) {
            problem("is missing");
            return List.of();
        }
        if (!json.isArray()) {
            problem("must be a list");
            return List.of();
        }
        List<Node> items = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            items.add(new Node(json.get(i), path + "[" + i + "]", file, problems));
        }
        return items;
    }

    /** A text per language code ({@code vi: ..., en: ...}); unknown language codes are a problem. */
    LocalizedText localized() {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        if (!present()) {
            problem("is missing");
            return new LocalizedText(texts);
        }
        if (!json.isObject()) {
            problem("must give a text per language (vi, en, hmn)");
            return new LocalizedText(texts);
        }
        for (Map.Entry<String, JsonNode> entry : json.properties()) {
            Optional<Language> language = Language.ofCode(entry.getKey());
            if (language.isEmpty()) {
                get(entry.getKey()).problem("is not a language of Lighthouse (vi, en, hmn)");
                continue;
            }
            get(entry.getKey()).text().ifPresent(text -> texts.put(language.get(), text));
        }
        return new LocalizedText(texts);
    }

    Map<String, Node> fields() {
        Map<String, Node> out = new java.util.LinkedHashMap<>();
        if (present() && json.isObject()) {
            json.properties().forEach(e -> out.put(e.getKey(), get(e.getKey())));
        }
        return out;
    }

    void problem(String message) {
        problems.add(new ContentProblem(file, path, message));
    }

    String path() {
        return path;
    }

    String file() {
        return file;
    }
}
