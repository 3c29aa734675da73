package org.lighthouse.content;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lighthouse.content.loading.ContentProblem;
import org.lighthouse.content.loading.ContentReader;
import org.lighthouse.content.loading.CurrentReviews;
import org.lighthouse.content.loading.LoadedContent;
import org.lighthouse.content.loading.ReviewStore;
import org.lighthouse.content.loading.ReviewStore.ReviewStoreUnreadable;
import org.lighthouse.content.loading.TextReview;
import org.lighthouse.shared.Folders;
import org.lighthouse.shared.Language;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code content-check [--json] [--lighthouse.database.data-dir=DIR]}: checks {@code content/} as the bot would at
 * start-up, draws every picture, and prints the lessons, questions, lessons with a picture, per language the reviewed
 * share and missing texts, and how many cards have recorded voice ({@link AudioFolder}); exits with 1 when there are
 * errors. The reviews made in the chat and the voice are found in the data directory as the bot finds it
 * ({@code LIGHTHOUSE_DATA_DIR}, default {@code ./data}). With {@code --json} the last line is one JSON object with the
 * same figures.
 */
public final class ContentCheck {

    private ContentCheck() {
    }

    public static int run(String[] args) {
        return run(args, Path.of("."), System.out);
    }

    /** What the command prints, for the content under {@code root} and the reviews of the bot's data directory. */
    public static ContentStatus status(Path root) {
        return status(root, ReviewStore.dataDir(new String[0], System.getenv()));
    }

    /**
     * What the command prints, for the content under {@code root} and the reviews made in the chat, kept in
     * {@code dataDir} (relative to {@code root}). A review file that cannot be read is an error.
     */
    public static ContentStatus status(Path root, Path dataDir) {
        LoadedContent content = ContentReader.readAndDraw(Folders.locate(root, "content"));
        try {
            Map<Language, List<TextReview>> reviews = new ReviewStore(root.resolve(dataDir)).readAll();
            return ContentStatus.of(content, CurrentReviews.of(content.lessons(), reviews));
        } catch (ReviewStoreUnreadable e) {
            List<ContentProblem> problems = new ArrayList<>(content.problems());
            problems.add(new ContentProblem(dataDir.resolve("reviews").toString(), "", e.getMessage()));
            return ContentStatus.of(new LoadedContent(content.series(), content.lessons(), problems));
        }
    }

    static int run(String[] args, Path root, PrintStream out) {
        Path dataDir = ReviewStore.dataDir(args, System.getenv());
        ContentStatus status = status(root, dataDir);
        out.printf("Content: %d lessons in %d series, %d questions%n", status.lessons(), status.series(),
                status.questions());
        out.printf("Pictures: %d of %d lessons have one%n", status.pictured(), status.lessons());
        out.printf("%-6s %8s %9s%n", "locale", "missing", "reviewed");
        status.locales().forEach(c -> out.printf("%-6s %8d %8.0f%%%n", c.language().code(), c.missing().size(),
                c.reviewed() * 100));
        status.locales().stream().filter(c -> !c.missing().isEmpty()).forEach(c -> out.printf(
                "missing in %s (shown in Vietnamese): %s%n", c.language().code(), c.missingSummary()));
        Map<String, Long> audio = audio(root.resolve(dataDir));
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

    /** Cards with voice per language. */
    private static Map<String, Long> audio(Path dataDir) {
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
        report.put("images", status.pictured());
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
