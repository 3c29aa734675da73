package org.lighthouse.content;

import java.util.List;

/** A series of lessons, in order. */
public record Series(String id, LocalizedText title, List<String> lessonIds) {

    public Series {
        lessonIds = List.copyOf(lessonIds);
    }
}
