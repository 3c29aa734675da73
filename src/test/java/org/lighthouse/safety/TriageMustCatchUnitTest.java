package org.lighthouse.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lighthouse.safety.TriageResult.Level;

/**
 * Messages written for this test, outside every corpus: plain danger that must always reach a person, plans that
 * must get the gentle question, and everyday words that must never raise an alarm; read alone, and as the first
 * message of a chat, which the conversation model weighs too.
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
        "chi oi em van o day, ho van khoa cua, em so lam",
        "em o Meo Vac, nguoi ta giu can cuoc cua em khong cho em ve",
        "so em [phone], em bi nhot o nha nghi, cuu em",
        "I'm still here, they won't let me leave the house",
        "Kuv tseem nyob no, lawv kaw kuv hauv tsev",
        "my name is Mai, I'm hiding in a shop, the man is looking for me",
        "họ không trả hộ chiếu cho em, em không về được",
        "nó dọa tung ảnh của em lên mạng nếu em không gửi 3 triệu, em phải làm sao",
        "họ nhắn bố em: muốn gặp lại con gái thì gửi 50 triệu",
        "he keeps the gates shut, a guard stands in front of the door",
        "how do I get away from this farm? they beat anyone who complains, I'm one of them",
    })
    void plainDangerIsUrgent(String message) {
        assertThat(TRIAGE.assess(message, null).level()).as(message).isEqualTo(Level.URGENT);
        assertThat(TRIAGE.assess(firstInChat(message), null).level()).as("first in a chat: " + message)
                .isEqualTo(Level.URGENT);
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
        assertThat(TRIAGE.assess(firstInChat(message), null).level()).as("first in a chat: " + message)
                .isEqualTo(Level.CONCERN);
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
        "em đánh rơi chìa khoá nên bị khoá ngoài, phải đợi mẹ về",
        "how do I get a new passport if I lost mine?",
        "mất căn cước thì làm lại ở đâu ạ?",
        "what is human trafficking?",
        "buôn người bị phạt tù bao nhiêu năm",
        "I watched a film about a girl who was sold, so sad",
        "my boss is killing me with this homework",
        "cảm ơn bạn nhé",
    })
    void everydayWordsRaiseNothing(String message) {
        assertThat(TRIAGE.assess(message, null).level()).as(message).isEqualTo(Level.NONE);
        assertThat(TRIAGE.assess(firstInChat(message), null).level()).as("first in a chat: " + message)
                .isEqualTo(Level.NONE);
    }

    /**
     * Everyday statements raise nothing, with or without diacritics, in teencode, English and H'mong: where someone
     * is or lives, a number or a name given (typed, or blanked before triage as {@code [phone]}), "I'm still here",
     * greetings, stories of the old days, quiz talk.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "chi oi em van o day",
        "chị ơi em vẫn ở đây",
        "c ơi e vx ở đây nha",
        "anh còn đó không ạ",
        "I'm still here",
        "hello, are you still there",
        "kuv tseem nyob ntawm no",
        "koj puas nyob ntawd",
        "so dien thoai cua em 0912345678, em o Meo Vac",
        "so dien thoai cua em [phone], em o Meo Vac",
        "em tên Dua, 14 tuổi, zalo em 0965 111 222",
        "sdt e [phone] nha c, e ten Ly",
        "my name is Chu, my number is 0977 888 999",
        "Kuv npe Ntsuab, kuv tus xov tooj yog [phone]",
        "nhà em ở Sủng Là, em học lớp 9 ạ",
        "em đang ở chợ Đồng Văn với mẹ",
        "e dg o nha co giao, ti e ve",
        "I live in Yen Minh, near the school",
        "I'm at my aunt's place for the weekend",
        "Kuv nyob Yen Minh, ze tsev kawm ntawv",
        "Kuv nyob hauv teb nrog kuv niam",
        "xin chào, em là học sinh lớp 8",
        "hi there, nice to meet you",
        "Nyob zoo, kuv yog Pov",
        "ông em kể hồi xưa có người trong bản bị lừa bán sang bên kia",
        "my grandpa told me that long ago people were kidnapped near the border",
        "Kuv yawg piav tias thaum ub muaj neeg raug muag",
        "câu 2 em chọn C, em được 9 điểm",
        "I picked B for question 6 and got 9 out of 10",
        "Lo lus nug 5 kuv teb C",
        "Kuv pab kuv niam ua noj",
    })
    void everydayStatementsRaiseNothing(String message) {
        assertThat(TRIAGE.assess(message, null).level()).as(message).isEqualTo(Level.NONE);
        assertThat(TRIAGE.assess(firstInChat(message), null).level()).as("first in a chat: " + message)
                .isEqualTo(Level.NONE);
    }

    /** The message as the bot reads it when it comes first in a chat: a conversation of one. */
    private static List<Written> firstInChat(String message) {
        return List.of(new Written(message, Instant.EPOCH));
    }
}
