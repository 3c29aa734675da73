package org.lighthouse.benchplugin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.lighthouse.safety.Triage;
import org.lighthouse.safety.TriageResult.Level;
import org.lighthouse.shared.Language;

/**
 * Sorts the project's labelled texts by what the bot's own triage makes of them, so that the benchmark knows how the
 * bot will answer: {@code none}, {@code concern}, {@code urgent}, and {@code offer} (offers to check that triage does
 * not take for danger). Texts read differently in different chat languages are left out.
 * {@code TextPools OUT triage.jsonl offers.jsonl}
 */
public final class TextPools {

    public static void main(String[] args) throws IOException {
        Triage triage = new Triage();
        ObjectMapper json = new ObjectMapper();
        int kept = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            for (int file = 1; file < args.length; file++) {
                boolean offers = Path.of(args[file]).getFileName().toString().startsWith("offers");
                for (String line : Files.readAllLines(Path.of(args[file]), StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    String text = json.readTree(line).path("text").asText().replace('\n', ' ').replace('\t', ' ');
                    Set<Level> levels = EnumSet.noneOf(Level.class);
                    for (Language language : Language.values()) {
                        levels.add(triage.assess(text, language).level());
                    }
                    if (levels.size() != 1 || text.startsWith("/")) {
                        continue;
                    }
                    Level level = triage.isSafeWord(text) ? Level.URGENT : levels.iterator().next();
                    String pool = level == Level.URGENT ? "urgent" : offers ? "offer" : level.name().toLowerCase();
                    out.println(pool + "\t" + text);
                    kept++;
                }
            }
        }
        System.out.println("text pools: " + kept + " texts sorted by the bot's triage into " + args[0]);
    }
}
