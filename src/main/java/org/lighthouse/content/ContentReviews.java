package org.lighthouse.content;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lighthouse.content.ContentStatus.DraftText;
import org.lighthouse.content.loading.CurrentReviews;
import org.lighthouse.content.loading.LoadedContent;
import org.lighthouse.content.loading.ReviewStore;
import org.lighthouse.content.loading.ReviewStore.ReviewStoreUnreadable;
import org.lighthouse.content.loading.TextLimits;
import org.lighthouse.content.loading.TextReview;
import org.lighthouse.lease.LeaseChanged;
import org.lighthouse.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

/**
 * Reviews of draft texts by the programme's native speakers, made in the chat: which texts await one, and approving or
 * correcting a text. A review is kept in the review store with who made it and when, and applies at once: the
 * {@link Catalog} serves the corrected text to the next reader, and the {@link #status()} counts the text reviewed.
 */
public final class ContentReviews {

    private static final Logger log = LoggerFactory.getLogger(ContentReviews.class);

    private final LoadedContent content;
    private final ReviewStore store;
    private final Clock clock;
    private final Map<Language, List<TextReview>> reviews = new EnumMap<>(Language.class);
    private final Catalog catalog;
    private volatile ContentStatus status;

    ContentReviews(LoadedContent content, ReviewStore store, Clock clock) {
        this.content = content;
        this.store = store;
        this.clock = clock;
        this.catalog = new Catalog(content.series(), content.lessons());
        this.status = ContentStatus.of(content, CurrentReviews.none());
        readAgain();
    }

    /**
     * Taking the lease over, this instance reads the reviews again: the instance that was active may have saved some
     * since this one started (the data directory is shared).
     */
    @EventListener
    void on(LeaseChanged change) {
        if (change.active()) {
            readAgain();
        }
    }

    private synchronized void readAgain() {
        try {
            Map<Language, List<TextReview>> read = store.readAll();
            reviews.clear();
            reviews.putAll(read);
        } catch (ReviewStoreUnreadable e) {
            log.error("The reviews made in the chat are not applied, and no new one can be saved: {}", e.getMessage());
        }
        apply();
    }

    private void apply() {
        CurrentReviews applying = CurrentReviews.of(content.lessons(), reviews);
        catalog.replace(applying.apply(content.lessons()));
        status = ContentStatus.of(content, applying);
    }

    Catalog catalog() {
        return catalog;
    }

    /** What {@code content-check} would print for the content this run serves, with the reviews made so far. */
    public ContentStatus status() {
        return status;
    }

    /** The texts of a language awaiting review, in the order learners read them. */
    public List<DraftText> awaiting(Language language) {
        List<String> order = catalog.lessonsInOrder().stream().map(Lesson::id).toList();
        return status.awaitingReview().stream().filter(d -> d.language() == language)
                .sorted(Comparator.comparingInt(d -> order.indexOf(d.lesson()))).toList();
    }

    /** The text at this place, if it still awaits review. */
    public Optional<DraftText> awaiting(Language language, String lesson, String field) {
        return status.awaitingReview().stream().filter(d -> d.language() == language && d.lesson().equals(lesson)
                && d.field().equals(field)).findFirst();
    }

    /** Approves the text as it is, if it still awaits review exactly as the reviewer saw it. */
    public Outcome approve(DraftText text, Reviewer reviewer) {
        return save(text, null, reviewer);
    }

    /** Puts the reviewer's text in place of the draft, if it fits the content rules and the draft still awaits. */
    public Outcome correct(DraftText text, String corrected, Reviewer reviewer) {
        String written = corrected.strip();
        int longest = TextLimits.longest(text.field());
        if (written.length() > longest) {
            return new Outcome.TooLong(longest, written.length());
        }
        if (lastCard(text) && !written.contains("111")) {
            return new Outcome.NoContact();
        }
        return save(text, written, reviewer);
    }

    private synchronized Outcome save(DraftText text, @Nullable String corrected, Reviewer reviewer) {
        if (!awaiting(text.language(), text.lesson(), text.field()).map(DraftText::text).equals(
                Optional.of(text.text()))) {
            return new Outcome.Gone();
        }
        TextReview review = new TextReview(text.lesson(), text.field(), text.text(), corrected,
                reviewer.telegramUser(), reviewer.name(), clock.instant().toString());
        store.add(text.language(), review);
        List<TextReview> ofLanguage = new ArrayList<>(reviews.getOrDefault(text.language(), List.of()));
        ofLanguage.add(review);
        reviews.put(text.language(), ofLanguage);
        apply();
        return new Outcome.Saved();
    }

    private boolean lastCard(DraftText text) {
        return catalog.lesson(text.lesson())
                .map(lesson -> text.field().equals("cards[" + (lesson.cards().size() - 1) + "]")).orElse(false);
    }

    /**
     * Who reviewed.
     *
     * @param name their console login when their account is linked to Telegram; empty otherwise
     */
    public record Reviewer(long telegramUser, String name) {
    }

    /** What became of a review. */
    public sealed interface Outcome {

        /** Kept, and applied for the next reader. */
        record Saved() implements Outcome {
        }

        /** The text no longer awaits review as shown: someone reviewed it, or its file changed. Nothing was kept. */
        record Gone() implements Outcome {
        }

        /** The correction is longer than the content rules allow. Nothing was kept. */
        record TooLong(int longest, int length) implements Outcome {
        }

        /** The correction of a lesson's last card no longer says who to contact (111). Nothing was kept. */
        record NoContact() implements Outcome {
        }
    }
}
