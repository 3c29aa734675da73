package org.lighthouse.content.loading;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.lighthouse.content.Lesson;
import org.lighthouse.content.Lesson.Card;
import org.lighthouse.content.Lesson.Option;
import org.lighthouse.content.Lesson.Question;
import org.lighthouse.content.LocalizedText;
import org.lighthouse.shared.Language;

/**
 * The reviews that apply to the lessons as their files say now: of each text, the latest review whose original is
 * still the file's text. A review of a text a developer changed since is stale and ignored, and the text is a draft
 * again.
 */
public final class CurrentReviews implements Coverage.Reviewed {

    private final Map<String, TextReview> byText;

    private CurrentReviews(Map<String, TextReview> byText) {
        this.byText = Map.copyOf(byText);
    }

    public static CurrentReviews none() {
        return new CurrentReviews(Map.of());
    }

    public static CurrentReviews of(List<Lesson> lessons, Map<Language, List<TextReview>> reviews) {
        Map<String, Map<String, LocalizedText>> texts = lessons.stream()
                .collect(Collectors.toMap(Lesson::id, Coverage::texts, (a, b) -> a));
        Map<String, TextReview> current = new HashMap<>();
        reviews.forEach((language, list) -> list.forEach(review -> {
            Optional<String> now = Optional.ofNullable(texts.get(review.lesson()))
                    .map(fields -> fields.get(review.field())).flatMap(text -> text.in(language));
            if (now.isPresent() && now.get().equals(review.original())) {
                current.put(key(language, review.lesson(), review.field()), review);
            }
        }));
        return new CurrentReviews(current);
    }

    @Override
    public boolean has(Language language, String lesson, String field) {
        return byText.containsKey(key(language, lesson, field));
    }

    /** How many texts have a review that applies. */
    public int size() {
        return byText.size();
    }

    /** The lessons as learners read them: every corrected text in place of the file's. */
    public List<Lesson> apply(List<Lesson> lessons) {
        return byText.isEmpty() ? lessons : lessons.stream().map(this::corrected).toList();
    }

    private Lesson corrected(Lesson lesson) {
        Function<String, Function<LocalizedText, LocalizedText>> fix = field -> text -> corrected(lesson.id(), field,
                text);
        List<Card> cards = IntStream.range(0, lesson.cards().size()).mapToObj(c -> {
            Card card = lesson.cards().get(c);
            Lesson.Image image = card.image() == null ? null : new Lesson.Image(card.image().file(),
                    fix.apply("cards[" + c + "].image.alt").apply(card.image().alt()));
            return new Card(fix.apply("cards[" + c + "]").apply(card.text()), image);
        }).toList();
        List<Question> quiz = IntStream.range(0, lesson.quiz().size()).mapToObj(q -> {
            Question question = lesson.quiz().get(q);
            String at = "quiz[" + q + "]";
            List<Option> options = IntStream.range(0, question.options().size()).mapToObj(o -> new Option(
                    fix.apply(at + ".options[" + o + "]").apply(question.options().get(o).text()),
                    question.options().get(o).correct())).toList();
            return new Question(question.id(), fix.apply(at + ".question").apply(question.text()), options,
                    fix.apply(at + ".explanation").apply(question.explanation()));
        }).toList();
        return new Lesson(lesson.id(), lesson.seriesId(), fix.apply("title").apply(lesson.title()), cards, quiz,
                lesson.review());
    }

    private LocalizedText corrected(String lesson, String field, LocalizedText text) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        text.byLanguage().forEach((language, written) -> texts.put(language,
                Optional.ofNullable(byText.get(key(language, lesson, field))).map(TextReview::result)
                        .orElse(written)));
        return new LocalizedText(texts);
    }

    private static String key(Language language, String lesson, String field) {
        return language.code() + " " + lesson + " " + field;
    }
}
