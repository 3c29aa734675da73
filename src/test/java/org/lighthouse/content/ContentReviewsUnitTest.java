package org.lighthouse.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.content.ContentReviews.Outcome;
import org.lighthouse.content.ContentReviews.Reviewer;
import org.lighthouse.content.ContentStatus.DraftText;
import org.lighthouse.content.loading.ContentReader;
import org.lighthouse.content.loading.LoadedContent;
import org.lighthouse.content.loading.ReviewStore;
import org.lighthouse.lease.LeaseChanged;
import org.lighthouse.content.loading.TextReview;
import org.lighthouse.shared.Folders;
import org.lighthouse.shared.Language;

/** Reviews of the project's own lessons: kept with who and when, applied at once, and again after a restart. */
class ContentReviewsUnitTest {

    private static final LoadedContent CONTENT = ContentReader.read(Folders.locate(Path.of("."), "content"));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T06:30:00Z"), ZoneOffset.UTC);
    private static final Reviewer HOA = new Reviewer(7, "hoa");

    @TempDir
    Path data;

    /**
     * A correction is kept with who and when and read by the next learner; the same text cannot be reviewed twice, and
     * after a restart the correction still applies.
     */
    @Test
    void correctionAppliesAtOnceAndAfterARestart() {
        ContentReviews reviews = new ContentReviews(CONTENT, new ReviewStore(data), CLOCK);
        DraftText card = reviews.awaiting(Language.HMN).stream().filter(d -> d.field().equals("cards[0]")).findFirst()
                .orElseThrow();
        assertThat(reviews.correct(card, "  Daim kho  ", HOA)).isEqualTo(new Outcome.Saved());
        assertThat(hmongCard(reviews.catalog(), card)).isEqualTo("Daim kho");
        assertThat(reviews.approve(card, HOA)).isEqualTo(new Outcome.Gone());
        assertThat(reviews.status().awaitingReview()).doesNotContain(card);
        assertThat(new ReviewStore(data).read(Language.HMN)).containsExactly(new TextReview(card.lesson(),
                card.field(), card.text(), "Daim kho", 7, "hoa", "2026-12-07T06:30:00Z"));

        ContentReviews restarted = new ContentReviews(CONTENT, new ReviewStore(data), CLOCK);
        assertThat(hmongCard(restarted.catalog(), card)).isEqualTo("Daim kho");
        assertThat(restarted.status().of(Language.HMN).reviewed()).isGreaterThan(0);
    }

    /**
     * With two instances on one data directory, a standby that takes the lease over serves the corrections the other
     * instance saved since the standby started; one still on standby does not read again.
     */
    @Test
    void aStandbyTakingOverServesTheOthersCorrections() {
        ContentReviews standby = new ContentReviews(CONTENT, new ReviewStore(data), CLOCK);
        ContentReviews active = new ContentReviews(CONTENT, new ReviewStore(data), CLOCK);
        DraftText card = active.awaiting(Language.HMN).get(0);
        active.correct(card, "Daim kho", HOA);
        standby.on(new LeaseChanged(false, 0));
        assertThat(standby.status().awaitingReview()).contains(card);

        standby.on(new LeaseChanged(true, 2));
        assertThat(standby.status().awaitingReview()).doesNotContain(card);
        assertThat(standby.approve(card, HOA)).isEqualTo(new Outcome.Gone());
    }

    /**
     * A picture's words are reviewed like any text: in the list awaiting review after their card, and a correction
     * (within the 200 characters of the rules) is what the next learner's picture carries.
     */
    @Test
    void aPicturesWordsAreReviewedToo() {
        ContentReviews reviews = new ContentReviews(CONTENT, new ReviewStore(data), CLOCK);
        List<DraftText> drafts = reviews.awaiting(Language.HMN);
        DraftText alt = drafts.stream().filter(d -> d.field().equals("cards[0].image.alt")).findFirst().orElseThrow();
        assertThat(drafts.get(drafts.indexOf(alt) - 1).field()).isEqualTo("cards[0]");
        assertThat(reviews.correct(alt, "x".repeat(201), HOA)).isEqualTo(new Outcome.TooLong(200, 201));
        assertThat(reviews.correct(alt, "Ib daim duab kho", HOA)).isEqualTo(new Outcome.Saved());
        assertThat(reviews.catalog().lesson(alt.lesson()).orElseThrow().cards().get(0).image().alt()
                .in(Language.HMN)).hasValue("Ib daim duab kho");
        assertThat(reviews.status().awaitingReview()).doesNotContain(alt);
    }

    /** A correction too long for its place, or a last card without 111, is refused and nothing is kept. */
    @Test
    void correctionsOutsideTheRulesAreRefused() {
        ContentReviews reviews = new ContentReviews(CONTENT, new ReviewStore(data), CLOCK);
        List<DraftText> drafts = reviews.awaiting(Language.HMN);
        DraftText option = drafts.stream().filter(d -> d.field().contains(".options[")).findFirst().orElseThrow();
        int cards = reviews.catalog().lesson(option.lesson()).orElseThrow().cards().size();
        DraftText last = drafts.stream().filter(d -> d.lesson().equals(option.lesson())
                && d.field().equals("cards[" + (cards - 1) + "]")).findFirst().orElseThrow();
        assertThat(reviews.correct(option, "x".repeat(101), HOA)).isEqualTo(new Outcome.TooLong(100, 101));
        assertThat(reviews.correct(last, "Hu rau peb.", HOA)).isEqualTo(new Outcome.NoContact());
        assertThat(reviews.awaiting(Language.HMN)).isEqualTo(drafts);
        assertThat(new ReviewStore(data).read(Language.HMN)).isEmpty();
    }

    private static String hmongCard(Catalog catalog, DraftText card) {
        return catalog.lesson(card.lesson()).orElseThrow().cards().get(0).text().in(Language.HMN).orElseThrow();
    }
}
