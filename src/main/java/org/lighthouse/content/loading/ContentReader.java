package org.lighthouse.content.loading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lighthouse.content.Lesson;
import org.lighthouse.content.Lesson.Card;
import org.lighthouse.content.Lesson.Option;
import org.lighthouse.content.Lesson.Question;
import org.lighthouse.content.Lesson.Review;
import org.lighthouse.content.Series;
import org.lighthouse.shared.Language;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads {@code series.yml} and the lesson files from a content folder, noting every problem with its file and field.
 * What can be read is returned even when there are problems, so that all of them are reported at once.
 */
public final class ContentReader {

    private static final YAMLMapper YAML = new YAMLMapper();

    private final String location;
    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
    private final List<ContentProblem> problems = new ArrayList<>();

    private ContentReader(String location) {
        this.location = location;
    }

    /** Reads and checks the content at a Spring resource location ending in "/" (a folder on disk or in the jar). */
    public static LoadedContent read(String location) {
        ContentReader reader = new ContentReader(location);
        List<Series> series = reader.series();
        Map<String, Lesson> lessons = reader.lessons(series);
        ContentRules.check(series, lessons, reader.problems, reader::exists);
        return new LoadedContent(series, List.copyOf(lessons.values()), List.copyOf(reader.problems));
    }

    private List<Series> series() {
        Node root = parse(resource("series.yml"), "content/series.yml");
        List<Series> series = new ArrayList<>();
        for (Node entry : root.get("series").list()) {
            List<String> lessonIds = entry.get("lessons").list().stream().map(Node::requiredText).toList();
            series.add(new Series(entry.get("id").requiredText(), entry.get("title").localized(), lessonIds));
        }
        return series;
    }

    /** The lessons by the file they come from. */
    private Map<String, Lesson> lessons(List<Series> series) {
        Map<String, Lesson> lessons = new LinkedHashMap<>();
        for (Resource file : lessonFiles()) {
            String name = "content/" + relative(file);
            String fileId = file.getFilename().replaceFirst("\\.ya?ml$", "");
            Node root = parse(file, name);
            if (!root.present()) {
                continue;
            }
            String id = root.get("id").requiredText();
            if (!id.isEmpty() && !id.equals(fileId)) {
                root.get("id").problem("is '" + id + "' but the file is named " + file.getFilename());
            }
            String seriesId = series.stream().filter(s -> s.lessonIds().contains(id)).map(Series::id).findFirst()
                    .orElse("");
            lessons.put(name, new Lesson(id, seriesId, root.get("title").localized(), cards(root), quiz(root),
                    review(root)));
        }
        return lessons;
    }

    private List<Card> cards(Node lesson) {
        return lesson.get("cards").list().stream()
                .map(card -> new Card(card.get("text").localized(), card.get("image").text().orElse(null))).toList();
    }

    private List<Question> quiz(Node lesson) {
        return lesson.get("quiz").list().stream().map(q -> new Question(q.get("id").requiredText(),
                q.get("question").localized(),
                q.get("options").list().stream().map(o -> new Option(o.get("text").localized(), o.get("correct").flag()))
                        .toList(),
                q.get("explanation").localized())).toList();
    }

    private Map<Language, Review> review(Node lesson) {
        Map<Language, Review> review = new EnumMap<>(Language.class);
        lesson.get("review").fields().forEach((code, entry) -> Language.ofCode(code).ifPresentOrElse(language -> {
            String status = entry.get("status").requiredText();
            if (!status.equals("draft") && !status.equals("reviewed")) {
                entry.get("status").problem("must be draft or reviewed, not '" + status + "'");
            }
            boolean reviewed = status.equals("reviewed");
            String by = entry.get("by").text().orElse("");
            String on = entry.get("on").text().orElse("");
            if (reviewed && (by.isEmpty() || on.isEmpty())) {
                entry.problem("a reviewed text needs 'by' (who reviewed it) and 'on' (the date)");
            }
            review.put(language, new Review(reviewed, by, on));
        }, () -> entry.problem("is not a language of Lighthouse (vi, en, hmn)")));
        return review;
    }

    private Node parse(Resource resource, String name) {
        if (!resource.exists()) {
            problems.add(new ContentProblem(name, "", "is missing"));
            return new Node(null, "", name, problems);
        }
        try (InputStream in = resource.getInputStream()) {
            JsonNode json = YAML.readTree(in);
            if (json == null || !json.isObject()) {
                problems.add(new ContentProblem(name, "", "is empty or not a map of fields"));
                return new Node(null, "", name, problems);
            }
            return new Node(json, "", name, problems);
        } catch (JacksonException e) {
            problems.add(new ContentProblem(name, "", "is not valid YAML: " + e.getOriginalMessage()));
            return new Node(null, "", name, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Resource resource(String path) {
        return resources.getResource(location + path);
    }

    private boolean exists(String path) {
        return resource(path).exists();
    }

    private List<Resource> lessonFiles() {
        try {
            Resource[] found = resources.getResources(location + "lessons/**/*.yml");
            Arrays.sort(found, Comparator.comparing(this::relative));
            return List.of(found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String relative(Resource file) {
        try {
            String url = file.getURL().toString();
            int at = url.indexOf("/lessons/");
            return url.substring(at + 1);
        } catch (IOException e) {
            return String.valueOf(file.getFilename());
        }
    }
}
