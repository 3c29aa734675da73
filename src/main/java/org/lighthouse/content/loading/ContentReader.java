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
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.lighthouse.content.Lesson;
import org.lighthouse.content.Lesson.Card;
import org.lighthouse.content.Lesson.Image;
import org.lighthouse.content.Lesson.Option;
import org.lighthouse.content.Lesson.Question;
import org.lighthouse.content.Lesson.Review;
import org.lighthouse.content.LocalizedText;
import org.lighthouse.content.Series;
import org.lighthouse.shared.DataField;
import org.lighthouse.shared.DataFile;
import org.lighthouse.shared.DataProblem;
import org.lighthouse.shared.Language;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads {@code series.yml} and the lesson files from a content folder, noting every problem with its file and field.
 * What can be read is returned even when there are problems, so that all of them are reported at once.
 */
public final class ContentReader {

    private final String location;
    private final boolean draw;
    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
    private final List<ContentProblem> problems = new ArrayList<>();

    private ContentReader(String location, boolean draw) {
        this.location = location;
        this.draw = draw;
    }

    /**
     * Reads and checks the content at a Spring resource location ending in "/" (a folder on disk or in the jar). An
     * SVG picture is only read here: drawing them all would add seconds to every start, so the bot draws each when it
     * is first shown, and {@link #readAndDraw} checks that they draw.
     */
    public static LoadedContent read(String location) {
        return read(location, false);
    }

    /** Reads and checks the content as {@link #read} does, and draws every SVG picture to be sure it can be shown. */
    public static LoadedContent readAndDraw(String location) {
        return read(location, true);
    }

    private static LoadedContent read(String location, boolean draw) {
        ContentReader reader = new ContentReader(location, draw);
        List<Series> series = reader.series();
        Map<String, Lesson> lessons = reader.lessons(series);
        ContentRules.check(series, lessons, reader.problems, reader::pictureProblem);
        return new LoadedContent(series, List.copyOf(lessons.values()), List.copyOf(reader.problems));
    }

    private List<Series> series() {
        DataField root = parse(resource("series.yml"), "content/series.yml");
        List<Series> series = new ArrayList<>();
        for (DataField entry : root.get("series").list()) {
            List<String> lessonIds = entry.get("lessons").list().stream().map(ContentReader::requiredText).toList();
            series.add(new Series(requiredText(entry.get("id")), localized(entry.get("title")), lessonIds));
        }
        return series;
    }

    /** The lessons by the file they come from. */
    private Map<String, Lesson> lessons(List<Series> series) {
        Map<String, Lesson> lessons = new LinkedHashMap<>();
        for (Resource file : lessonFiles()) {
            String name = "content/" + relative(file);
            String fileId = file.getFilename().replaceFirst("\\.ya?ml$", "");
            DataField root = parse(file, name);
            if (!root.present()) {
                continue;
            }
            String id = requiredText(root.get("id"));
            if (!id.isEmpty() && !id.equals(fileId)) {
                root.get("id").report("is '" + id + "' but the file is named " + file.getFilename());
            }
            String seriesId = series.stream().filter(s -> s.lessonIds().contains(id)).map(Series::id).findFirst()
                    .orElse("");
            lessons.put(name, new Lesson(id, seriesId, localized(root.get("title")), cards(root), quiz(root),
                    review(root)));
        }
        return lessons;
    }

    private List<Card> cards(DataField lesson) {
        return lesson.get("cards").list().stream()
                .map(card -> new Card(localized(card.get("text")), image(card))).toList();
    }

    /** {@code image: { file: images/sm-1.svg, alt: { vi: ..., en: ... } }}, or none. */
    private static @Nullable Image image(DataField card) {
        Optional<DataField> image = card.find("image");
        if (image.isEmpty()) {
            return null;
        }
        if (!image.get().isMap()) {
            image.get().report("must give the picture's file and its words for those who cannot see it: "
                    + "{ file: images/<name>.svg, alt: { vi: ..., en: ... } }");
            return null;
        }
        image.get().allowOnly(new TreeSet<>(Set.of("file", "alt")));
        return new Image(requiredText(image.get().get("file")), localized(image.get().get("alt")));
    }

    private List<Question> quiz(DataField lesson) {
        return lesson.get("quiz").list().stream().map(q -> new Question(requiredText(q.get("id")),
                localized(q.get("question")),
                q.get("options").list().stream().map(o -> new Option(localized(o.get("text")),
                        o.find("correct").map(DataField::flag).orElse(false))).toList(),
                localized(q.get("explanation")))).toList();
    }

    private Map<Language, Review> review(DataField lesson) {
        Map<Language, Review> review = new EnumMap<>(Language.class);
        Map<String, DataField> entries = lesson.find("review").map(DataField::entries).orElse(Map.of());
        entries.forEach((code, entry) -> Language.ofCode(code).ifPresentOrElse(language -> {
            String status = requiredText(entry.get("status"));
            if (!status.equals("draft") && !status.equals("reviewed")) {
                entry.get("status").report("must be draft or reviewed, not '" + status + "'");
            }
            boolean reviewed = status.equals("reviewed");
            String by = text(entry.get("by")).orElse("");
            String on = text(entry.get("on")).orElse("");
            if (reviewed && (by.isEmpty() || on.isEmpty())) {
                entry.report("a reviewed text needs 'by' (who reviewed it) and 'on' (the date)");
            }
            review.put(language, new Review(reviewed, by, on));
        }, () -> entry.report("is not a language of Lighthouse (vi, en, hmn)")));
        return review;
    }

    /** A text that may be missing: as written, numbers too, without the spaces around it; empty when blank. */
    private static Optional<String> text(DataField field) {
        return field.scalar().map(String::strip).filter(text -> !text.isEmpty());
    }

    /** A text that must be there; a list or a map in its place is said to be no text, not to be missing. */
    private static String requiredText(DataField field) {
        Optional<String> text = field.scalar().map(String::strip);
        if ((text.isEmpty() && !field.present()) || (text.isPresent() && text.get().isEmpty())) {
            field.report("is missing");
        }
        return text.orElse("");
    }

    /** A text per language code ({@code vi: ..., en: ...}); unknown language codes are a problem. */
    private static LocalizedText localized(DataField field) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        if (!field.present()) {
            field.report("is missing");
        } else if (!field.isMap()) {
            field.report("must give a text per language (vi, en, hmn)");
        } else {
            field.entries().forEach((code, value) -> Language.ofCode(code).ifPresentOrElse(
                    language -> text(value).ifPresent(text -> texts.put(language, text)),
                    () -> value.report("is not a language of Lighthouse (vi, en, hmn)")));
        }
        return new LocalizedText(texts);
    }

    private DataField parse(Resource resource, String name) {
        try (InputStream in = resource.exists() ? resource.getInputStream() : null) {
            return DataFile.read(name, in, this::note);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Notes a problem and lets reading go on, so that every problem of the content is reported at once. */
    private void note(DataProblem problem) {
        problems.add(new ContentProblem(problem.file(), problem.path(), problem.complaint()));
    }

    private Resource resource(String path) {
        return resources.getResource(location + path);
    }

    /** What is wrong with a picture's file, if anything: it is missing, or an SVG that cannot be read or drawn. */
    private Optional<String> pictureProblem(String path) {
        Resource resource = resource(path);
        if (!resource.exists()) {
            return Optional.of("no file content/" + path);
        }
        if (!path.endsWith(".svg")) {
            return Optional.empty();
        }
        try (InputStream in = resource.getInputStream()) {
            byte[] svg = in.readAllBytes();
            if (draw) {
                SvgDrawing.png(svg, SvgDrawing.WIDTH);
            } else {
                SvgDrawing.check(svg);
            }
            return Optional.empty();
        } catch (IOException | SvgDrawing.PictureNotDrawn e) {
            return Optional.of("content/" + path + " cannot be drawn: " + e.getMessage());
        }
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
