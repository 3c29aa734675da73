package org.lighthouse.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lighthouse.safety.TriageResult.Level;

/**
 * Messages written for this test, outside every corpus: plain danger that must always reach a person, plans that
 * must get the gentle question, and everyday words that must never raise an alarm.
 */
class TriageMustCatchUnitTest {

    private static final Triage TRIAGE = new Triage();

    /** Danger told plainly, in every way users write, is URGENT. */
    @ParameterizedTest
    @ValueSource(strings = {
        "help me please, they took my phone and locked me in a room",
        "họ lấy điện thoại của em rồi khóa em trong phòng",
        "they took my passport and locked the door",
        "I can't leave this place, the boss keeps my ID and says I owe him money",
        "họ lấy hộ chiếu của em rồi khóa cửa lại",
        "ho lay cccd cua em, ko cho em ve nha",
        "e bi nhot trong phong, ko biet dang o dau",
        "chị em bị bán sang Trung Quốc rồi, chị ấy vừa gọi về khóc",
        "they say if I don't pay they will send my photos to everyone",
        "em không muốn sống nữa",
        "bố mẹ nhận tiền rồi, họ bắt em lấy ông ấy, mai đưa em sang bên kia",
        "Lawv muab kuv kaw hauv tsev, kuv tawm tsis tau",
        "my friend is in a van right now, they are taking her across the border tonight",
    })
    void plainDangerIsUrgent(String message) {
        assertThat(TRIAGE.assess(message, null).level()).as(message).isEqualTo(Level.URGENT);
    }

    /** A risky plan, or an offer being weighed, gets the gentle question: CONCERN. */
    @ParameterizedTest
    @ValueSource(strings = {
        "công ty nói sẽ giữ hộ chiếu cho an toàn, em có nên đi không?",
        "my online boyfriend wants me to come meet his parents in China next week, he will pay the bus",
        "co ba moi gioi bao tim chong Trung Quoc cho em, nha em duoc 100 trieu",
        "an aunt offered me a job in a karaoke bar in the city, no contract, should I go",
    })
    void riskyPlanIsConcern(String message) {
        assertThat(TRIAGE.assess(message, null).level()).as(message).isEqualTo(Level.CONCERN);
    }

    /** Everyday words and questions about the topic raise nothing. */
    @ParameterizedTest
    @ValueSource(strings = {
        "I sold my bike yesterday",
        "my phone is locked, I forgot the code",
        "điện thoại của em bị khóa rồi, quên mật khẩu",
        "my zalo account got hacked lol",
        "we went to the border market to sell corn",
        "bán được hai con lợn ở chợ phiên rồi",
        "khóa cửa rồi đi ngủ thôi",
        "mất căn cước thì làm lại ở đâu ạ?",
        "what is human trafficking?",
        "buôn người bị phạt tù bao nhiêu năm",
        "I watched a film about a girl who was sold, so sad",
        "my boss is killing me with this homework",
        "cảm ơn bạn nhé",
    })
    void everydayWordsRaiseNothing(String message) {
        assertThat(TRIAGE.assess(message, null).level()).as(message).isEqualTo(Level.NONE);
    }
}
