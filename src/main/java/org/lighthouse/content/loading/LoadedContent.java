package org.lighthouse.content.loading;

import java.util.List;
import org.lighthouse.content.Lesson;
import org.lighthouse.content.Series;

/** The content as read, and every problem found in it. */
public record LoadedContent(List<Series> series, List<Lesson> lessons, List<ContentProblem> problems) {

    public boolean valid() {
        return problems.isEmpty();
    }
}
