package org.lighthouse.review;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lighthouse.content.Lesson;
import org.lighthouse.content.LocalizedText;
import org.lighthouse.conversation.Turn;

/**
 * Where a text is in its lesson, read from the field's name ({@code title}, {@code cards[1]},
 * {@code quiz[0].question}, {@code quiz[0].options[2]}, {@code quiz[0].explanation}), told as a reviewer reads it.
 *
 * @param kind {@code title}, {@code cards}, {@code picture} (a card's picture's words), {@code question},
 *     {@code options} or {@code explanation}
 * @param first the card's or the question's index
 * @param second the option's index
 */
record Place(String kind, int first, int second) {

    private static final Pattern FIELD = Pattern.compile(
            "(title)|(cards)\\[(\\d+)](\\.image\\.alt)?|quiz\\[(\\d+)]\\.(question|explanation|options)(?:\\[(\\d+)])?");

    static Optional<Place> of(String field) {
        Matcher m = FIELD.matcher(field);
        if (!m.matches()) {
            return Optional.empty();
        }
        if (m.group(1) != null) {
            return Optional.of(new Place("title", 0, 0));
        }
        if (m.group(2) != null) {
            return Optional.of(new Place(m.group(4) == null ? "cards" : "picture", Integer.parseInt(m.group(3)), 0));
        }
        int option = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
        return Optional.of(new Place(m.group(6), Integer.parseInt(m.group(5)), option));
    }

    /** The text at this place in the lesson, in every language it has. */
    LocalizedText text(Lesson lesson) {
        return switch (kind) {
            case "title" -> lesson.title();
            case "cards" -> lesson.cards().get(first).text();
            case "picture" -> lesson.cards().get(first).image().alt();
            case "question" -> lesson.quiz().get(first).text();
            case "explanation" -> lesson.quiz().get(first).explanation();
            default -> lesson.quiz().get(first).options().get(second).text();
        };
    }

    /** "card 2 of 5", "question 1 of 4, option 3 of 3 (the right answer)"... in the reviewer's language. */
    String told(Turn turn, Lesson lesson) {
        return switch (kind) {
            case "title" -> turn.text("review.place.title");
            case "cards" -> turn.text("review.place.card", Map.of("n", first + 1, "total", lesson.cards().size()));
            case "picture" -> turn.text("review.place.picture", Map.of("n", first + 1, "total",
                    lesson.cards().size()));
            default -> question(turn, lesson);
        };
    }

    private String question(Turn turn, Lesson lesson) {
        Lesson.Question question = lesson.quiz().get(first);
        String told = turn.text("review.place.question", Map.of("n", first + 1, "total", lesson.quiz().size()));
        if (kind.equals("explanation")) {
            return told + ", " + turn.text("review.place.explanation");
        }
        if (kind.equals("options")) {
            String key = question.correctOption() == second ? "review.place.rightOption" : "review.place.option";
            return told + ", " + turn.text(key, Map.of("n", second + 1, "total", question.options().size()));
        }
        return told;
    }
}
