package org.lighthouse.learning;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A learner's progress: each lesson's record, where they are now (so that they resume at the same card or question,
 * a day later or after a restart), and the missed questions waiting for review.
 *
 * @param version changes with every save: a save based on an older version fails instead of overwriting
 */
@Document("progress")
record LearnerProgress(@Id String learner, Map<String, LessonRecord> lessons, @Nullable Place place,
        List<ReviewItem> reviews, Instant updatedAt, @Version @Nullable Long version) {

    LearnerProgress {
        lessons = Map.copyOf(lessons);
        reviews = List.copyOf(reviews);
    }

    static LearnerProgress fresh(String learner, Instant now) {
        return new LearnerProgress(learner, Map.of(), null, List.of(), now, null);
    }

    LearnerProgress startLesson(String lessonId, Instant now) {
        Map<String, LessonRecord> records = new HashMap<>(lessons);
        records.putIfAbsent(lessonId, LessonRecord.started(now));
        return new LearnerProgress(learner, records, Place.card(lessonId, 0), reviews, now, version);
    }

    LearnerProgress at(Place newPlace, Instant now) {
        return new LearnerProgress(learner, lessons, newPlace, reviews, now, version);
    }

    LearnerProgress finishLesson(String lessonId, int score, int total, Instant now) {
        Map<String, LessonRecord> records = new HashMap<>(lessons);
        records.put(lessonId, records.getOrDefault(lessonId, LessonRecord.started(now)).finished(score, total, now));
        return new LearnerProgress(learner, records, null, reviews, now, version);
    }

    /** A question answered wrong in a quiz comes back in box 1. */
    LearnerProgress missed(String lessonId, String questionId, Instant now, List<Duration> gaps) {
        List<ReviewItem> items = without(lessonId, questionId);
        items.add(new ReviewItem(lessonId, questionId, 1, now.plus(gaps.get(0))));
        return new LearnerProgress(learner, lessons, place, items, now, version);
    }

    /** A reviewed question moves up a box when answered right (and is known after the last), back to box 1 if not. */
    LearnerProgress reviewed(String lessonId, String questionId, boolean right, Instant now, List<Duration> gaps) {
        Optional<ReviewItem> item = reviews.stream().filter(r -> r.isFor(lessonId, questionId)).findFirst();
        if (item.isEmpty()) {
            return this;
        }
        List<ReviewItem> items = without(lessonId, questionId);
        int box = right ? item.get().box() + 1 : 1;
        if (box <= gaps.size()) {
            items.add(new ReviewItem(lessonId, questionId, box, now.plus(gaps.get(box - 1))));
        }
        return new LearnerProgress(learner, lessons, place, items, now, version);
    }

    List<ReviewItem> due(Instant now) {
        return reviews.stream().filter(r -> !r.due().isAfter(now)).sorted(Comparator.comparing(ReviewItem::due)).toList();
    }

    boolean completed(String lessonId) {
        LessonRecord record = lessons.get(lessonId);
        return record != null && record.completed();
    }

    private List<ReviewItem> without(String lessonId, String questionId) {
        List<ReviewItem> items = new ArrayList<>(reviews);
        items.removeIf(r -> r.isFor(lessonId, questionId));
        return items;
    }
}
