package org.lighthouse.content;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lighthouse.content.loading.ContentProblem;
import org.lighthouse.content.loading.ContentReader;
import org.lighthouse.content.loading.Coverage;
import org.lighthouse.content.loading.LoadedContent;
import org.lighthouse.shared.Folders;
import org.lighthouse.shared.Language;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code content-check [--json]}: checks {@code content/} as the bot would at start-up and prints, per language, the
 * lessons, questions, reviewed share and missing texts; exits with 1 when there are errors. With {@code --json} the
 * last line is one JSON object with the same figures.
 */
public final class ContentCheck {

    private ContentCheck() {
    }

    public static int run(String[] args) {
        return run(args, Path.of("."), System.out);
    }

    static int run(String[] args, Path root, PrintStream out) {
        LoadedContent content = ContentReader.read(Folders.locate(root, "content"));
        Map<Language, Coverage> coverage = Coverage.of(content);
        int questions = content.lessons().stream().mapToInt(l -> l.quiz().size()).sum();
        out.printf("Content: %d lessons in %d series, %d questions%n", content.lessons().size(), content.series().size(),
                questions);
        out.printf("%-6s %8s %9s%n", "locale", "missing", "reviewed");
        coverage.values().forEach(c -> out.printf("%-6s %8d %8.0f%%%n", c.language().code(), c.missing().size(),
                c.reviewed() * 100));
        coverage.values().stream().filter(c -> !c.missing().isEmpty()).forEach(c -> out.printf(
                "missing in %s (shown in Vietnamese): %s%n", c.language().code(), summary(c.missing())));
        if (content.valid()) {
            out.println("No errors.");
        } else {
            out.println(content.problems().size() + " error(s):");
            content.problems().forEach(p -> out.println("  " + p));
        }
        if (Arrays.asList(args).contains("--json")) {
            out.println(json(content, coverage, questions));
        }
        return content.valid() ? 0 : 1;
    }

    /** "series os title, kt-1 (31 texts), ...": per lesson, not per text, to stay readable. */
    private static String summary(List<String> missing) {
        Map<String, Integer> byLesson = new LinkedHashMap<>();
        missing.forEach(item -> byLesson.merge(item.startsWith("series ") ? item : item.split(" ")[0], 1, Integer::sum));
        return byLesson.entrySet().stream()
                .map(e -> e.getKey().startsWith("series ") ? e.getKey() : e.getKey() + " (" + e.getValue() + " texts)")
                .collect(Collectors.joining(", "));
    }

    private static String json(LoadedContent content, Map<Language, Coverage> coverage, int questions) {
        Map<String, Object> locales = new LinkedHashMap<>();
        coverage.forEach((language, c) -> locales.put(language.code(),
                orderedOf("missing", c.missing().size(), "reviewed", c.reviewed())));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("lessons", content.lessons().size());
        report.put("questions", questions);
        report.put("errors", content.problems().stream().map(ContentProblem::toString).toList());
        report.put("locales", locales);
        return JsonMapper.builder().build().writeValueAsString(report);
    }

    private static Map<String, Object> orderedOf(String key1, Object value1, String key2, Object value2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key1, value1);
        map.put(key2, value2);
        return map;
    }
}
