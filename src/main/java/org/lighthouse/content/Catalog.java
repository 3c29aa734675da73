package org.lighthouse.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The curriculum: series and lessons as loaded and checked from {@code content/}. Read-only. */
public final class Catalog {

    private final List<Series> series;
    private final Map<String, Lesson> lessons;

    public Catalog(List<Series> series, List<Lesson> lessons) {
        this.series = List.copyOf(series);
        this.lessons = lessons.stream().collect(Collectors.toUnmodifiableMap(Lesson::id, Function.identity()));
    }

    public List<Series> series() {
        return series;
    }

    public Optional<Series> series(String id) {
        return series.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Lesson> lesson(String id) {
        return Optional.ofNullable(lessons.get(id));
    }

    /** Every lesson, series after series, in order. */
    public List<Lesson> lessonsInOrder() {
        return series.stream().flatMap(s -> s.lessonIds().stream()).map(lessons::get).toList();
    }
}
