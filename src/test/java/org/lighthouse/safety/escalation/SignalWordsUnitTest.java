package org.lighthouse.safety.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.lighthouse.shared.FilesSettings;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.LocaleBundles;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Every signal the triage can report reaches responders in their words, never as the phrase files' own name. */
class SignalWordsUnitTest {

    @Test
    void everySignalHasResponderWords() throws IOException {
        LocaleBundles texts = new LocaleBundles(new FilesSettings(Path.of(".")));
        Set<String> missing = new TreeSet<>();
        for (String file : new String[] {"triage-phrases-vi.yml", "triage-phrases-en.yml", "triage-phrases-hmn.yml"}) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("safety/" + file)) {
                for (JsonNode signal : new YAMLMapper().readTree(in).path("signals")) {
                    for (String field : new String[] {"reason", "offered"}) {
                        String reason = signal.path(field).asString("");
                        if (!reason.isEmpty() && !texts.has(Language.VI, Alerts.reasonKey(reason))) {
                            missing.add(file + ": " + reason);
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(texts.has(Language.VI, Alerts.reasonKey("model"))).isTrue();
        assertThat(texts.has(Language.VI, Alerts.reasonKey("safe word"))).isTrue();
    }
}
