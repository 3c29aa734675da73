package org.lighthouse.safety.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lighthouse.safety.TriageResult.Level;
import org.lighthouse.shared.ConfigurationProblem;
import org.lighthouse.shared.Language;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A message of a triage corpus with the level a person gave it.
 *
 * @param lang the corpus's language tag: {@code vi}, {@code vi-plain} (no diacritics), {@code vi-teen} (teencode),
 *     {@code en} or {@code hmn}
 */
public record LabelledMessage(String id, String text, Level level, String lang) {

    /**
     * The corpora the shipped triage is trained on, one per author: each author tells danger in their own way, so
     * leaving one out and testing on it shows how triage does on messages written by someone else.
     */
    public static final List<String> TRAINING_CORPORA = List.of("safety/triage-corpus.jsonl",
            "safety/triage-corpus-b.jsonl", "safety/triage-corpus-c.jsonl", "safety/triage-corpus-d.jsonl");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The language a user with this message would have chosen. */
    public @Nullable Language language() {
        return Language.ofCode(lang.split("-")[0]).orElse(null);
    }

    /** Reads several corpora, one after the other. */
    public static List<LabelledMessage> readAll(List<String> names) {
        return names.stream().flatMap(name -> readAll(name).stream()).toList();
    }

    /** Reads a JSON Lines corpus ({@code id}, {@code text}, {@code level}, {@code lang}) from the class path. */
    public static List<LabelledMessage> readAll(String name) {
        InputStream in = LabelledMessage.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new ConfigurationProblem(name + " is missing from the class path");
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<LabelledMessage> messages = new ArrayList<>();
            String line;
            for (int number = 1; (line = lines.readLine()) != null; number++) {
                if (!line.isBlank()) {
                    messages.add(parse(line, name + " line " + number));
                }
            }
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LabelledMessage parse(String line, String where) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new ConfigurationProblem(where + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        String level = text(node, "level", where);
        try {
            return new LabelledMessage(text(node, "id", where), text(node, "text", where), Level.valueOf(level),
                    text(node, "lang", where));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationProblem(where + ": the field 'level' must be URGENT, CONCERN or NONE, not '"
                    + level + "'");
        }
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.path(field);
        if (!value.isString() || value.asString().isBlank()) {
            throw new ConfigurationProblem(where + ": the field '" + field + "' must be a non-empty text");
        }
        return value.asString();
    }
}
