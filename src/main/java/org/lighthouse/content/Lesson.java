package org.lighthouse.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lighthouse.shared.Language;

/** A lesson: a few cards to read, then a quiz. */
public record Lesson(String id, String seriesId, LocalizedText title, List<Card> cards, List<Question> quiz,
        Map<Language, Review> review) {

    public Lesson {
        cards = List.copyOf(cards);
        quiz = List.copyOf(quiz);
        review = Map.copyOf(review);
    }

    public Optional<Question> question(String questionId) {
        return quiz.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** A card: at most 500 characters, and an optional picture. */
    public record Card(LocalizedText text, @Nullable Image image) {
    }

    /**
     * A picture shown with a card.
     *
     * @param file a path under {@code content/}: an SVG (drawn as a PNG for the chat apps), a PNG or a JPEG
     * @param alt what the picture shows, in words, for those who cannot see it (the web chat's {@code alt})
     */
    public record Image(String file, LocalizedText alt) {
    }

    /** A quiz question with 2 to 4 options, exactly one correct, and an explanation shown after answering. */
    public record Question(String id, LocalizedText text, List<Option> options, LocalizedText explanation) {

        public Question {
            options = List.copyOf(options);
        }

        public int correctOption() {
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).correct()) {
                    return i;
                }
            }
            throw new IllegalStateException("question " + id + " has no correct option");
        }
    }

    public record Option(LocalizedText text, boolean correct) {
    }

    /** Whether a language's text was reviewed by a native speaker, by whom and when. */
    public record Review(boolean reviewed, String by, String on) {
    }
}
