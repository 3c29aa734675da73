package org.lighthouse.safety.escalation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.lighthouse.shared.ConfigurationProblem;
import org.lighthouse.shared.TextFolding;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The lesson that fits a message of concern, from the word lists of {@code safety/suggestions.yml}. */
@Component
class Suggestions {

    private static final String FILE = "safety/suggestions.yml";

    private record Suggestion(String lesson, Pattern words) {
    }

    private final List<Suggestion> suggestions = new ArrayList<>();
    private final String fallback;

    Suggestions() {
        try (InputStream in = Suggestions.class.getClassLoader().getResourceAsStream(FILE)) {
            JsonNode root = in == null ? null : new YAMLMapper().readTree(in);
            if (root == null || !root.path("suggestions").isArray() || !root.path("otherwise").isString()) {
                throw new ConfigurationProblem(FILE + ": needs 'suggestions' (a list of lesson and words) and"
                        + " 'otherwise' (a lesson id)");
            }
            for (JsonNode entry : root.get("suggestions")) {
                List<String> words = entry.path("words").valueStream().map(JsonNode::asString)
                        .map(TextFolding::fold).map(Pattern::quote).toList();
                if (!entry.path("lesson").isString() || words.isEmpty()) {
                    throw new ConfigurationProblem(FILE + ": every suggestion needs 'lesson' and a list of 'words'");
                }
                suggestions.add(new Suggestion(entry.get("lesson").asString(),
                        Pattern.compile("(?<![a-z0-9])(" + String.join("|", words) + ")(?![a-z0-9])")));
            }
            this.fallback = root.get("otherwise").asString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String lessonFor(String message) {
        String folded = TextFolding.fold(message);
        return suggestions.stream().filter(s -> s.words().matcher(folded).find()).map(Suggestion::lesson).findFirst()
                .orElse(fallback);
    }
}
