package org.lighthouse.safety.escalation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.lighthouse.shared.ConfigurationProblem;
import org.lighthouse.shared.TextFolding;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Whether a message says the writer is abroad (China, Thailand, "nước ngoài"...), from the word list of
 * {@code safety/abroad.yml}: then the urgent reply also gives the consulates' numbers.
 */
final class Abroad {

    private static final String FILE = "safety/abroad.yml";
    private final Pattern words;

    Abroad() {
        try (InputStream in = Abroad.class.getClassLoader().getResourceAsStream(FILE)) {
            JsonNode list = in == null ? null : new YAMLMapper().readTree(in).get("places");
            if (list == null || !list.isArray() || list.isEmpty()) {
                throw new ConfigurationProblem(FILE + ": the field 'places' must be a list of words");
            }
            List<String> folded = list.valueStream().map(JsonNode::asString).map(TextFolding::fold)
                    .map(Pattern::quote).toList();
            this.words = Pattern.compile("(?<![a-z0-9])(" + String.join("|", folded) + ")(?![a-z0-9])");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean mentioned(String text) {
        return words.matcher(TextFolding.fold(text)).find();
    }
}
