package org.lighthouse.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lighthouse.content.Catalog;
import org.lighthouse.content.ContentCheck;
import org.lighthouse.content.ContentReviews;
import org.lighthouse.content.ContentStatus;
import org.lighthouse.content.ContentStatus.DraftText;
import org.lighthouse.safety.Triage;
import org.lighthouse.safety.TriageResult.Level;
import org.lighthouse.shared.Language;
import org.lighthouse.testing.BotUnderTest;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeTelegram.Call;
import org.lighthouse.testing.Person;
import org.springframework.core.env.Environment;

/** The programme's native speakers review draft texts in the chat, and learners read what they approved or wrote. */
class ReviewJourneyIntegrationTest {

    @RegisterExtension
    static final BotUnderTest BOT = new BotUnderTest("lighthouse.content.reviewers=7101,7104");

    /**
     * A reviewer approves the first H'mong draft, corrects the second, skips the third and stops; a learner who chose
     * H'mong then reads the correction in the lesson, the review file says who reviewed, and the reviewed share that
     * content-check reports rises while the two texts leave the list awaiting review.
     */
    @Test
    void reviewerApprovesOneAndCorrectsAnotherAndTheNextReaderSeesTheCorrection() throws IOException {
        ContentReviews reviews = BOT.bot().bean(ContentReviews.class);
        Path root = Path.of(System.getProperty("user.dir"));
        Path data = Path.of(BOT.bot().bean(Environment.class).getRequiredProperty("lighthouse.database.data-dir"));
        double before = ContentCheck.status(root, data).of(Language.HMN).reviewed();
        List<DraftText> drafts = reviews.awaiting(Language.HMN);
        DraftText title = drafts.get(0);
        DraftText card = drafts.get(1);
        assertThat(List.of(title.field(), card.field())).containsExactly("title", "cards[0]");
        String vietnameseCard = BOT.bot().bean(Catalog.class).lesson(card.lesson()).orElseThrow().cards().get(0)
                .text().in(Language.VI).orElseThrow();

        Person reviewer = BOT.person(7101);
        reviewer.choosesAsStaff("en");
        reviewer.writes("/review hmn");
        Call first = reviewer.waitsFor(c -> c.buttonData().stream().anyMatch(d -> d.startsWith("rv:a:")));
        assertThat(first.text()).contains("H'mong", title.lessonTitle(), "the lesson's title", title.text());
        assertThat(first.buttonLabels()).containsExactly("✅ Approve", "⏭ Skip", "⏹ Stop");
        reviewer.presses(first.buttonData().get(0));
        Call second = reviewer.waitsFor(c -> c.text().startsWith("✅ Approved."));
        assertThat(second.text()).contains("card 1 of ", "🇻🇳 In Vietnamese:\n" + vietnameseCard, card.text());
        // a lesson's text speaks of danger by design: this one the triage rates URGENT, yet it is a correction, no case
        String corrected = BOT.bot().bean(Catalog.class).lesson("sm-3").orElseThrow().cards().get(2).text()
                .in(Language.HMN).orElseThrow();
        assertThat(BOT.bot().bean(Triage.class).assess(corrected, Language.HMN).level()).isEqualTo(Level.URGENT);
        reviewer.writes(corrected);
        Call third = reviewer.waitsFor(c -> c.text().startsWith("✅ Correction saved."));
        assertThat(third.text()).contains(drafts.get(2).text(), "the words for the picture of card 1 of ");
        assertThat(BOT.telegram().messagesTo(7101)).noneMatch(c -> c.text().startsWith("I'm here with you."));
        reviewer.presses(third.buttonData().get(1));
        Call fourth = reviewer.waitsFor(c -> c.text().startsWith("⏭ Skipped for now."));
        reviewer.presses(fourth.buttonData().get(2));
        reviewer.waitsFor(c -> c.text().equals("Review over: 1 approved, 1 corrected, 1 skipped; "
                + (drafts.size() - 2) + " left."));

        Person learner = BOT.person(7102);
        learner.chooses("hmn");
        learner.presses("l:o:" + card.lesson());
        Call read = learner.waitsFor(c -> c.text().contains("(1/"));
        assertThat(read.text()).contains(corrected).doesNotContain(card.text()).doesNotContain("ℹ️");

        ContentStatus after = ContentCheck.status(root, data);
        assertThat(after.of(Language.HMN).reviewed()).isGreaterThan(before);
        assertThat(after.awaitingReview()).doesNotContain(title, card).contains(drafts.get(2));
        assertThat(reviews.status().awaitingReview()).doesNotContain(title, card);
        assertThat(Files.readString(data.resolve("reviews/hmn.yml"))).contains("by: 7101",
                corrected.lines().findFirst().orElseThrow());
    }

    /** Someone who is not a reviewer gets exactly what an unknown command gets, and review buttons are refused. */
    @Test
    void nonReviewerIsNotReviewing() {
        long user = 7103;
        Person person = BOT.person(user);
        person.chooses("en");
        List<Call> unknown = answer(user, () -> person.writes("/frobnicate"));
        List<Call> review = answer(user, () -> person.writes("/review hmn"));
        assertThat(review).extracting(Call::text).isEqualTo(unknown.stream().map(Call::text).toList());
        assertThat(review).extracting(Call::text).first().isEqualTo("I don't know that command.");
        assertThat(review).allSatisfy(c -> assertThat(c.buttonData()).noneMatch(d -> d.startsWith("rv:")));
        person.presses("rv:a:1");
        person.waitsFor(c -> c.text().startsWith("That button doesn't work any more."));
    }

    /**
     * A button of a text shown earlier, or with data the bot never made, approves nothing and shows the text under
     * review again; a correction longer than the rules allow is refused and not saved.
     */
    @Test
    void oldButtonsAndTooLongCorrectionsSaveNothing() {
        ContentReviews reviews = BOT.bot().bean(ContentReviews.class);
        Person reviewer = BOT.person(7104);
        reviewer.choosesAsStaff("en");
        reviewer.writes("/review");
        reviewer.waitsFor(c -> c.text().startsWith("Which language? Send /review hmn"));
        reviewer.writes("/review hmn");
        Call first = reviewer.waitsFor(c -> c.buttonData().stream().anyMatch(d -> d.startsWith("rv:a:")));
        String oldApprove = first.buttonData().get(0);
        reviewer.presses(first.buttonData().get(1));
        Call second = reviewer.waitsFor(c -> c.text().startsWith("⏭ Skipped for now."));
        int shownBefore = reviews.awaiting(Language.HMN).size();

        reviewer.presses(oldApprove);
        Call again = reviewer.waitsFor(c -> c.buttonData().equals(second.buttonData()));
        reviewer.presses("rv:q:" + second.buttonData().get(0).substring("rv:a:".length()));
        reviewer.waitsFor(c -> c.buttonData().equals(second.buttonData()));
        assertThat(reviews.awaiting(Language.HMN)).hasSize(shownBefore);
        assertThat(BOT.telegram().messagesTo(7104)).extracting(Call::text)
                .filteredOn(t -> t.startsWith("That button belongs to a text shown earlier")).hasSize(2);
        assertThat(again.text()).contains("📝 Review of the H'mong texts");

        reviewer.writes("x".repeat(501));
        Call refused = reviewer.waitsFor(c -> c.text().startsWith("Your text has 501 characters; here at most "));
        assertThat(refused.text()).contains("Nothing was saved");
        assertThat(reviews.awaiting(Language.HMN)).hasSize(shownBefore);
    }

    /** The messages a person gets for what they do, once the bot has answered with the menu. */
    private static List<Call> answer(long user, Runnable action) {
        FakeTelegram telegram = BOT.telegram();
        int before = telegram.messagesTo(user).size();
        action.run();
        List<Call> all = telegram.awaitMessages(user, before + 2);
        return all.subList(before, all.size());
    }
}
