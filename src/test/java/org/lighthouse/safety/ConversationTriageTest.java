package org.lighthouse.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lighthouse.safety.TriageResult.Level;

/** Conversations whose level shows only across messages, and harmless ones whose messages an earlier one frames. */
class ConversationTriageTest {

    private static final Triage TRIAGE = new Triage();

    @Test
    void groomingSpreadOverDaysIsAConcernThoughNoMessageIs() {
        List<Written> conversation = conversation(
                0, "there's a boy i met in a game chat, he keeps sending me phone credit",
                2900, "he asked me to delete all our messages",
                3000, "he says he will wait for me at the bus stop on sunday");
        TriageResult result = TRIAGE.assess(conversation, null);
        assertThat(result.level()).isEqualTo(Level.CONCERN);
        assertThat(result.signals()).contains("grooming across messages");
    }

    @Test
    void groomingInVietnameseWithoutDiacriticsIsAConcern() {
        List<Written> conversation = conversation(
                0, "co anh quen trong game lien quan hay nap the dien thoai cho e",
                1500, "anh ay bao e xoa het tin nhan di",
                1600, "chu nhat nay a ay doi e o ben xe huyen");
        assertThat(TRIAGE.assess(conversation, null).level()).isEqualTo(Level.CONCERN);
    }

    @Test
    void papersAndNoWayOutAtAWorkplaceAreUrgentThoughNobodySaysHelp() {
        List<Written> conversation = conversation(
                0, "i arrived at the brick kiln yesterday, lots of people from my province here",
                300, "the owner keeps everyone's id card so nobody gets lost he says",
                1400, "we can only call home on sundays and he listens when we call");
        TriageResult result = TRIAGE.assess(conversation, null);
        assertThat(result.level()).isEqualTo(Level.URGENT);
    }

    /**
     * A debt that grows every week, told in words no phrase or trait of the rules reads (they make it CONCERN): the
     * model of the conversation's words makes it URGENT.
     */
    @Test
    void aDebtGrowingEveryWeekIsUrgentThoughNoRuleReadsIt() {
        assertThat(TRIAGE.assess(conversation(0, "my cousin went to work at a karaoke bar in the city",
                10, "she says the debt gets bigger every week, for food and the room",
                20, "the boss says she can go home only when she pays it all"), null))
                .returns(Level.URGENT, TriageResult::level)
                .satisfies(result -> assertThat(result.reasons()).anyMatch(reason -> reason.startsWith(
                        "conversation model: URGENT")));
    }

    @Test
    void aDramaRetoldOverSeveralMessagesStaysHarmless() {
        List<Written> conversation = conversation(
                0, "hom qua em xem phim truyen hinh hay lam",
                3, "co gai trong phim bi lua ban sang trung quoc",
                5, "ho nhot co ay trong phong va giu giay to",
                8, "cuoi cung co ay tron duoc ve nha, em khoc luon");
        assertThat(TRIAGE.assess(conversation, null).level()).isEqualTo(Level.NONE);
    }

    @Test
    void whatTheWriterSaysIsRealBreaksTheFrame() {
        List<Written> conversation = conversation(
                0, "i watched a movie about girls trafficked to malaysia",
                4, "this is real, the boss took my passport and locked us in the dorm");
        assertThat(TRIAGE.assess(conversation, null).level()).isEqualTo(Level.URGENT);
    }

    @Test
    void aFrameLapsesWhenTheNextMessageComesHoursLater() {
        List<Written> conversation = conversation(
                0, "i watched a movie about girls trafficked to malaysia",
                1440, "the boss took my passport and locked us in the dorm, i can't get out");
        assertThat(TRIAGE.assess(conversation, null).level()).isEqualTo(Level.URGENT);
    }

    @Test
    void anUncleTradingCattleAcrossTheBorderIsHarmless() {
        List<Written> conversation = conversation(
                0, "my uncle crosses the border every week to sell cattle in china",
                20, "he brings back sweets for us, he is home on saturdays");
        assertThat(TRIAGE.assess(conversation, null).level()).isEqualTo(Level.NONE);
    }

    @Test
    void dangerRaisedEarlierStaysRaised() {
        List<Written> conversation = conversation(
                0, "they took my passport and locked me in, please help",
                5, "ok");
        assertThat(TRIAGE.assess(conversation, null).level()).isEqualTo(Level.URGENT);
    }

    /**
     * What a pupil types while learning is no danger, alone: a name given to a class, a number or a letter as an
     * answer, a question about a quiz. With the words model's view of a few words (its prior, two in three raised),
     * "HS 1", "1", "em 15 tuổi", "e ko hiu cau 2" and "kuv tsis to taub" were raised to CONCERN.
     */
    @ParameterizedTest
    @ValueSource(strings = {"HS 1", "1", "B", "em 15 tuổi", "Giàng A Páo", "e ko hiu cau 2", "kuv tsis to taub",
        "em chọn câu 3", "what is lesson 2 about", "cho em làm lại quiz"})
    void whatAPupilTypesWhileLearningIsNotRaised(String text) {
        assertThat(TRIAGE.assess(conversation(0, text), null).level()).isEqualTo(Level.NONE);
    }

    /**
     * A confused pupil's chatter is no danger however it mixes: 150 conversations of 2 to 6 messages drawn (with a
     * fixed seed) from what pupils type while learning, in vi, vi without diacritics, teencode, en and hmn. The
     * message model alone raised many of these messages (its prior leans to danger), and two such messages supported
     * each other or added up to URGENT ("I don't understand" then "em đói"). Now none is URGENT; 2 are still raised
     * to CONCERN, both by "kuv tsis to taub" (four words, which the message model reads), and the bar holds them.
     * A pupil giving an age or class ("em 13 tuổi", "HS lớp 8A") is chatter too.
     */
    @Test
    void aConfusedPupilsChatterIsNotRaised() {
        List<String> chatter = List.of("không hiểu", "em không hiểu", "e ko hiu", "k hiểu j hết", "hok hiu gi het",
                "I don't understand", "i dont get it", "kuv tsis to taub", "kuv tsis paub", "em đói", "e đói quá",
                "em doi qua", "I'm hungry", "kuv tshaib plab", "câu 2 là gì", "cau 2 la gi", "what is question 2",
                "lo lus nug 2 yog dab tsi", "bot ơi", "bot oi", "hey bot", "khó quá", "kho qua", "too hard",
                "nyuaj heev", "chán quá", "chan qua", "chán vl", "so boring", "dhuav heev", "xin chào", "chào bot",
                "hello", "hi", "nyob zoo", "alo", "1", "B", "C", "2", "đáp án A", "em tên Mai", "HS Giàng A Páo",
                "my name is Chu", "kuv npe Ntsuab", "ok", "vâng ạ", "dạ", "thanks", "ua tsaug", "bài này làm sao",
                "how do i do this", "làm lại được không", "mệt quá", "buồn ngủ quá", "so tired", "kuv nkees",
                "e chưa ăn cơm", "bot ơi câu 3 đáp án là gì", "em làm sai rồi", "I got it wrong", "ko bít",
                "em 13 tuổi", "Lò Thị Hoa lớp 7", "HS lớp 8A", "e 12t", "em học lớp 6", "I'm 13", "kuv 13 xyoos");
        Random random = new Random(20);
        List<List<String>> raised = new ArrayList<>();
        for (int mix = 0; mix < 150; mix++) {
            List<Object> minutesAndTexts = new ArrayList<>();
            for (int message = 0, size = 2 + random.nextInt(5); message < size; message++) {
                minutesAndTexts.add(message);
                minutesAndTexts.add(chatter.get(random.nextInt(chatter.size())));
            }
            List<Written> conversation = conversation(minutesAndTexts.toArray());
            Level level = TRIAGE.assess(conversation, null).level();
            List<String> texts = conversation.stream().map(Written::text).toList();
            assertThat(level).as(texts.toString()).isNotEqualTo(Level.URGENT);
            if (level != Level.NONE) {
                raised.add(texts);
            }
        }
        System.out.println("pupil chatter raised: " + raised.size() + " of 150 " + raised);
        assertThat(raised.size()).as(raised.toString()).isLessThanOrEqualTo(2);
    }

    /** Pairs of minutes since the first message and text. */
    private static List<Written> conversation(Object... minutesAndTexts) {
        List<Written> messages = new ArrayList<>();
        for (int i = 0; i < minutesAndTexts.length; i += 2) {
            messages.add(new Written((String) minutesAndTexts[i + 1],
                    Instant.EPOCH.plus(Duration.ofMinutes((Integer) minutesAndTexts[i]))));
        }
        return messages;
    }
}
