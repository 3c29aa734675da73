package org.lighthouse.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The curriculum: series and lessons as loaded and checked from {@code content/}, with the corrections native speakers
 * made in the chat. A review replaces the whole curriculum at once, so a reader sees it before or after, never half.
 */
public final class Catalog {

    private volatile Snapshot now;

    public Catalog(List<Series> series, List<Lesson> lessons) {
        this.now = new Snapshot(series, lessons);
    }

    public List<Series> series() {
        return now.series();
    }

    public Optional<Series> series(String id) {
        return now.series().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Lesson> lesson(String id) {
        return Optional.ofNullable(now.lessons().get(id));
    }

    /** Every lesson, series after series, in order. */
    public List<Lesson> lessonsInOrder() {
        Snapshot snapshot = now;
        return snapshot.series().stream().flatMap(s -> s.lessonIds().stream()).map(snapshot.lessons()::get).toList();
    }

    /** From now on, these lessons (the same, with other texts) in the same series. */
    void replace(List<Lesson> lessons) {
        now = new Snapshot(now.series(), lessons);
    }

    private record Snapshot(List<Series> series, Map<String, Lesson> lessons) {

        Snapshot(List<Series> series, List<Lesson> lessons) {
            this(List.copyOf(series), lessons.stream()
                    .collect(Collectors.toUnmodifiableMap(Lesson::id, Function.identity())));
        }
    }
}
