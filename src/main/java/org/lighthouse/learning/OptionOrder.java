package org.lighthouse.learning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The order in which a learner sees a question's options: shuffled, so that the right answer is not always first, but
 * the same every time the same learner sees the same question (a resumed quiz shows the same letters).
 */
final class OptionOrder {

    private OptionOrder() {
    }

    /** Display position to the option's index in the content. */
    static List<Integer> of(String learner, String lessonId, String questionId, int options) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, options).boxed().toList());
        Collections.shuffle(order, new Random((learner + "|" + lessonId + "|" + questionId).hashCode()));
        return List.copyOf(order);
    }

    static String letter(int position) {
        return String.valueOf((char) ('A' + position));
    }
}
