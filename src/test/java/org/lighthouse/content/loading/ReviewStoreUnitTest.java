package org.lighthouse.content.loading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.content.Lesson;
import org.lighthouse.content.LocalizedText;
import org.lighthouse.shared.Language;

/** The review store keeps every review, reads back exactly what was written, and ignores reviews of changed texts. */
class ReviewStoreUnitTest {

    @TempDir
    Path data;

    /** A review written is read back the same, multi-line text, quotes and colons included; the file is YAML. */
    @Test
    void writtenReviewReadsBackTheSame() throws IOException {
        ReviewStore store = new ReviewStore(data);
        TextReview corrected = review("cards[0]", "Kab lus: \"thawj\"\n  ob kab\n", "Kab lus kho # 111", 7);
        TextReview approved = review("title", "yes", null, 8);
        store.add(Language.HMN, corrected);
        store.add(Language.HMN, approved);
        assertThat(new ReviewStore(data).read(Language.HMN)).containsExactly(corrected, approved);
        assertThat(new ReviewStore(data).read(Language.EN)).isEmpty();
        assertThat(Files.readString(data.resolve("reviews/hmn.yml"))).startsWith("reviews:").contains("by: 7")
                .doesNotContain("corrected: null");
        try (var files = Files.list(data.resolve("reviews"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("hmn.yml", ".lock");
        }
    }

    /**
     * A review applies while the file's text is the one reviewed: the corrected text replaces it and it counts as
     * reviewed; once the file's text changed, the review is stale and the file's text is a draft again.
     */
    @Test
    void reviewOfAChangedTextIsIgnored() {
        Lesson lesson = lesson("Thawj daim");
        List<TextReview> reviews = List.of(review("cards[0]", "Thawj daim", "Daim kho", 7));
        CurrentReviews current = CurrentReviews.of(List.of(lesson), Map.of(Language.HMN, reviews));
        assertThat(current.has(Language.HMN, "sm-1", "cards[0]")).isTrue();
        assertThat(current.apply(List.of(lesson)).get(0).cards().get(0).text().in(Language.HMN)).contains("Daim kho");
        assertThat(current.apply(List.of(lesson)).get(0).cards().get(0).text().in(Language.VI)).contains("Thẻ một");

        Lesson edited = lesson("Thawj daim tshiab");
        CurrentReviews stale = CurrentReviews.of(List.of(edited), Map.of(Language.HMN, reviews));
        assertThat(stale.has(Language.HMN, "sm-1", "cards[0]")).isFalse();
        assertThat(stale.apply(List.of(edited)).get(0).cards().get(0).text().in(Language.HMN))
                .contains("Thawj daim tshiab");
    }

    /** Reviews saved at the same moment from many threads are all kept. */
    @Test
    void concurrentWritesKeepEveryReview() {
        ReviewStore store = new ReviewStore(data);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Void>> writers = IntStream.range(0, 8).mapToObj(i -> CompletableFuture.runAsync(() -> {
            awaitQuietly(start);
            store.add(Language.HMN, review("cards[" + i + "]", "text " + i, null, i));
        })).toList();
        start.countDown();
        writers.forEach(CompletableFuture::join);
        assertThat(store.read(Language.HMN)).extracting(TextReview::by)
                .containsExactlyInAnyOrder(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L);
    }

    /** A review file that is not one is named, and nothing is written over it. */
    @Test
    void unreadableFileIsNeverOverwritten() throws IOException {
        Files.createDirectories(data.resolve("reviews"));
        Files.writeString(data.resolve("reviews/hmn.yml"), "reviews: [broken\n");
        ReviewStore store = new ReviewStore(data);
        assertThatThrownBy(() -> store.add(Language.HMN, review("title", "a", null, 1)))
                .isInstanceOf(ReviewStore.ReviewStoreUnreadable.class).hasMessageContaining("hmn.yml");
        assertThat(Files.readString(data.resolve("reviews/hmn.yml"))).isEqualTo("reviews: [broken\n");
    }

    /** The data directory as the bot finds it: the argument, else LIGHTHOUSE_DATA_DIR, else ./data. */
    @Test
    void dataDirectoryIsFoundAsTheBotFindsIt() {
        assertThat(ReviewStore.dataDir(new String[] {"--json", "--lighthouse.database.data-dir=/srv/d"},
                Map.of("LIGHTHOUSE_DATA_DIR", "/env"))).isEqualTo(Path.of("/srv/d"));
        assertThat(ReviewStore.dataDir(new String[] {"--json"}, Map.of("LIGHTHOUSE_DATA_DIR", "/env")))
                .isEqualTo(Path.of("/env"));
        assertThat(ReviewStore.dataDir(new String[0], Map.of())).isEqualTo(Path.of("data"));
    }

    private static TextReview review(String field, String original, String corrected, long by) {
        return new TextReview("sm-1", field, original, corrected, by, "hoa", "2026-12-07T06:00:00Z");
    }

    private static Lesson lesson(String hmongCard) {
        LocalizedText card = new LocalizedText(Map.of(Language.VI, "Thẻ một", Language.HMN, hmongCard));
        return new Lesson("sm-1", "sm", new LocalizedText(Map.of(Language.VI, "Bài")),
                List.of(new Lesson.Card(card, null)), List.of(), Map.of());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
