package org.lighthouse.content;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lighthouse.content.loading.ContentReader;
import org.lighthouse.shared.Folders;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code content-check [--json] [--lighthouse.database.data-dir=DIR]}: checks {@code content/} as the bot would at start-up and prints, per language, the
 * lessons, questions, reviewed share and missing texts, and how many cards have recorded voice ({@link AudioFolder});
 * exits with 1 when there are errors. With {@code --json} the last line is one JSON object with the same figures.
 */
public final class ContentCheck {

    private static final String DATA_DIR = "--lighthouse.database.data-dir=";

    private ContentCheck() {
    }

    public static int run(String[] args) {
        return run(args, Path.of("."), System.out);
    }

    /** What the command prints, for the content under {@code root}. */
    public static ContentStatus status(Path root) {
        return ContentStatus.of(ContentReader.read(Folders.locate(root, "content")));
    }

    static int run(String[] args, Path root, PrintStream out) {
        ContentStatus status = status(root);
        out.printf("Content: %d lessons in %d series, %d questions%n", status.lessons(), status.series(),
                status.questions());
        out.printf("%-6s %8s %9s%n", "locale", "missing", "reviewed");
        status.locales().forEach(c -> out.printf("%-6s %8d %8.0f%%%n", c.language().code(), c.missing().size(),
                c.reviewed() * 100));
        status.locales().stream().filter(c -> !c.missing().isEmpty()).forEach(c -> out.printf(
                "missing in %s (shown in Vietnamese): %s%n", c.language().code(), c.missingSummary()));
        Map<String, Long> audio = audio(root, args);
        out.println("cards with voice: " + audio);
        if (status.valid()) {
            out.println("No errors.");
        } else {
            out.println(status.errors().size() + " error(s):");
            status.errors().forEach(p -> out.println("  " + p));
        }
        if (Arrays.asList(args).contains("--json")) {
            out.println(json(status, audio));
        }
        return status.valid() ? 0 : 1;
    }

    /** Cards with voice per language, in the data directory given as the bot takes it, or found as it finds it. */
    private static Map<String, Long> audio(Path root, String[] args) {
        Path dataDir = Arrays.stream(args).filter(a -> a.startsWith(DATA_DIR)).findFirst()
                .map(a -> root.resolve(a.substring(DATA_DIR.length()))).orElseGet(() -> AudioFolder.dataDir(root));
        Map<String, Long> counts = new LinkedHashMap<>();
        AudioFolder.count(dataDir).forEach((language, n) -> counts.put(language.code(), n));
        return counts;
    }

    private static String json(ContentStatus status, Map<String, Long> audio) {
        Map<String, Object> locales = new LinkedHashMap<>();
        status.locales().forEach(c -> locales.put(c.language().code(),
                orderedOf("missing", c.missing().size(), "reviewed", c.reviewed())));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("lessons", status.lessons());
        report.put("questions", status.questions());
        report.put("errors", status.errors());
        report.put("locales", locales);
        report.put("audio", audio);
        return JsonMapper.builder().build().writeValueAsString(report);
    }

    private static Map<String, Object> orderedOf(String key1, Object value1, String key2, Object value2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key1, value1);
        map.put(key2, value2);
        return map;
    }
}
