package org.lighthouse.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.lighthouse.safety.TriageResult.Level;
import org.lighthouse.shared.Language;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A conversation of an evaluation set: one person's messages, the level a responder reading all of them gives it at
 * its last message, and whether that level shows only across messages ({@code across}).
 */
public record LabelledConversation(String id, Language language, String lang, Level level, boolean across,
        List<Written> messages) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static List<LabelledConversation> readAll(String resource) {
        InputStream in = LabelledConversation.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException(resource + " is missing from the test class path");
        }
        List<LabelledConversation> conversations = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    conversations.add(of(JSON.readTree(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return conversations;
    }

    private static LabelledConversation of(JsonNode line) {
        List<Written> messages = new ArrayList<>();
        for (JsonNode message : line.get("messages")) {
            messages.add(new Written(message.get("text").asString(),
                    Instant.EPOCH.plus(Duration.ofMinutes(message.path("minutes").asLong()))));
        }
        return new LabelledConversation(line.get("id").asString(),
                Language.ofCode(line.get("locale").asString()).orElseThrow(), line.path("lang").asString(),
                Level.valueOf(line.get("level").asString()), line.path("across").asBoolean(), messages);
    }
}
