package org.lighthouse.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lighthouse.safety.TriageResult.Level;
import org.lighthouse.shared.Language;

/** What triage makes of typical messages, in every language and spelling it must read. */
class TriageTest {

    private static final Triage TRIAGE = new Triage();

    private static Level levelOf(String text) {
        return TRIAGE.assess(text, null).level();
    }

    /**
     * Unmistakable first-person danger is URGENT, whatever the model thinks, and whatever the writer asks next:
     * documents taken now are no offer being weighed.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "they took my passport and locked the door",
        "He says he will post my nudes in the class group unless I send 2 million tonight",
        "i want to die",
        "Họ giữ hộ chiếu của em và khóa cửa phòng từ bên ngoài",
        "Em bị bán sang Trung Quốc rồi, họ bắt em lấy chồng",
        "Nó dọa tung ảnh của em nếu em không chuyển tiền",
        "they took my passport when I arrived, should I go to the police?",
        "Họ giữ hộ chiếu của em rồi, em có nên trốn không?",
        "Chủ giữ căn cước của em, không trả, em phải làm sao?",
        "Họ nhốt em trong phòng rồi bảo chờ người đến mua",
        "They locked my cousin in a room, she is sick and they won't let her see a doctor"})
    void unmistakableDangerIsUrgent(String text) {
        assertThat(levelOf(text)).isEqualTo(Level.URGENT);
    }

    /** The reasons name what was found, so a responder sees at a glance why a message was raised. */
    @Test
    void reasonsNameTheSignalsAndTheModelView() {
        TriageResult result = TRIAGE.assess("they took my passport and locked the door", Language.EN);

        assertThat(result.reasons()).contains("documents taken", "confined");
        assertThat(result.reasons()).last().asString().matches("model: (URGENT|CONCERN|NONE) \\d\\.\\d\\d");
    }

    /**
     * What to show people is apart from the model's view: the signals a responder reads, and whether the model alone
     * raised the message.
     */
    @Test
    void signalsAreTheHumanReasonsOnly() {
        TriageResult phrased = TRIAGE.assess("they took my passport and locked the door", Language.EN);

        assertThat(phrased.signals()).containsExactly("documents taken", "confined");
        assertThat(phrased.modelAlone()).isFalse();
        assertThat(phrased.reasons()).containsExactly("documents taken", "confined", phrased.model());
        assertThat(TRIAGE.assess("SOS", null).signals()).containsExactly("safe word");
        TriageResult framed = TRIAGE.assess("I watched a film about a girl sold to China, so sad", Language.EN);
        assertThat(framed.signals()).isEmpty();
        assertThat(framed.setAside()).containsExactly("about: film, story or news");
        assertThat(framed.modelAlone()).isFalse();
    }

    /**
     * Folded, "bảo" (says) reads as "báo" (a paper) and "căn cước thì" holds "cuộc thi" (a contest): neither sets
     * the message aside as a story; a paper read and a contest still do.
     */
    @Test
    void foldedWordsThatLookLikeAStoryDoNotSetTheMessageAside() {
        assertThat(TRIAGE.assess("Chủ quán giữ căn cước thì em không đi được, tối họ khóa cửa nhốt em", Language.VI)
                .setAside()).doesNotContain("about: film, story or news");
        assertThat(TRIAGE.assess("Mấy người đàn ông đến xem mặt em bảo em phải lấy chồng bên đó", Language.VI)
                .setAside()).doesNotContain("about: film, story or news");
        assertThat(TRIAGE.assess("Em đọc báo thấy vụ bán người sang Trung Quốc, sợ quá", Language.VI).setAside())
                .contains("about: film, story or news");
        assertThat(TRIAGE.assess("Lớp em thi vẽ tranh trong cuộc thi về chống mua bán người", Language.VI).setAside())
                .contains("about: film, story or news");
    }

    /**
     * A word or sign agreed beforehand to mean danger is the person's own safe word: told, it is URGENT in every
     * language; a word's meaning in a language lesson is not.
     */
    @Test
    void aDangerSignalAgreedBeforehandIsUrgent() {
        assertThat(levelOf("before she left we agreed that if she sent a peach emoji it means help"))
                .isEqualTo(Level.URGENT);
        assertThat(levelOf("Trước khi đi chị dặn nếu chị nhắn chữ 'mưa' thì tức là gặp nguy")).isEqualTo(Level.URGENT);
        assertThat(levelOf("Peb tau teem tseg tias lub cim paj txiv txhais tias muaj teeb meem"))
                .isEqualTo(Level.URGENT);
        assertThat(TRIAGE.assess("our teacher said 'pab' means help in English", Language.EN).signals())
                .doesNotContain("agreed danger signal");
    }

    /** Vietnamese typed without diacritics reads like Vietnamese with them. */
    @ParameterizedTest
    @ValueSource(strings = {
        "ho giu ho chieu cua em va khoa cua phong tu ben ngoai",
        "em bi ban sang trung quoc roi, ho bat em lay chong",
        "no doa tung anh cua em neu em khong chuyen tien"})
    void vietnameseWithoutDiacriticsIsUrgentToo(String text) {
        assertThat(levelOf(text)).isEqualTo(Level.URGENT);
    }

    /** Teencode ("ko", "dc", "e", "r", "cccd") is written out before triage reads it. */
    @ParameterizedTest
    @ValueSource(strings = {
        "cứu e vs, e bị nhốt r ko ra dc",
        "bà chủ cầm cccd của e r, ko cho e về",
        "tk đó bảo ko ck 5tr thì tung clip e lên mạng"})
    void teencodeIsRead(String text) {
        assertThat(levelOf(text)).isEqualTo(Level.URGENT);
    }

    /** Basic H'mong (RPA) is read, alone or mixed with Vietnamese. */
    @Test
    void hmongIsRead() {
        assertThat(levelOf("Lawv kaw kuv hauv tsev, tsis pub kuv mus.")).isEqualTo(Level.URGENT);
        assertThat(levelOf("chi oi pab kuv, ho khoa cua roi")).isEqualTo(Level.URGENT);
        assertThat(levelOf("Kuv tus muam mus ua hauj lwm Suav teb, peb lub hlis tsis hu los lawm."))
                .isNotEqualTo(Level.NONE);
        assertThat(levelOf("Kuv txiv muag ob tug npua hauv khw.")).isEqualTo(Level.NONE);
        assertThat(levelOf("Tus thawj txeeb kuv phau ntawv hla tebchaws")).isEqualTo(Level.URGENT);
    }

    /** A risky plan without immediate danger is CONCERN. */
    @ParameterizedTest
    @ValueSource(strings = {
        "My boyfriend from Facebook wants me to come to Hekou next week, he'll pay the bus ticket.",
        "The agency says no passport needed, we cross at night.",
        "Bà mối bảo có người bên Trung Quốc muốn cưới em, nhà trai sẽ cho bố mẹ 100 triệu.",
        "co nguoi bao di lam o quang chau luong 20 trieu, khong can hop dong",
        "công ty sẽ giữ hộ chiếu cho an toàn, em có nên đi không?",
        "they'll keep my passport when I arrive, should I go?",
        "Lub tuam txhab yuav khaws kuv phau ntawv hla tebchaws, kuv puas mus?"})
    void riskyPlansAreConcern(String text) {
        assertThat(levelOf(text)).isEqualTo(Level.CONCERN);
    }

    /** Harmless uses of alarming words, questions, news, films and hypotheticals are not raised. */
    @ParameterizedTest
    @ValueSource(strings = {
        "I sold my bike",
        "my phone is locked",
        "we went to the border market to sell corn",
        "What is human trafficking?",
        "I watched a film about a girl sold to China, so sad",
        "Hypothetically, if someone kept my passport, what should I do?",
        "Bố em bán con trâu ở chợ phiên",
        "Điện thoại em bị khóa vì quên mật khẩu",
        "hom nay em lam quiz ve di cu an toan duoc 9 diem",
        "I'm dying of boredom in this class haha",
        "trapped in this game for hours 😂",
        "Em bị deadline giam trong phòng cả tuần 🤣",
        "my little brother is scared of thunder",
        "we locked the ducks in before the rain"})
    void hardNegativesAreNotRaised(String text) {
        assertThat(levelOf(text)).isEqualTo(Level.NONE);
    }

    /** A question that names neither the writer nor anyone close asks about the topic, whatever words it holds. */
    @Test
    void generalQuestionsAreNotRaised() {
        TriageResult general = TRIAGE.assess("Is it true they lock girls in houses and take their passports in China?",
                Language.EN);

        assertThat(general.level()).isEqualTo(Level.NONE);
        assertThat(general.reasons()).contains("about: general question, no one involved");
        assertThat(levelOf("Is it true? they took my passport and locked the door")).isEqualTo(Level.URGENT);
    }

    /** An empty or blank message is NONE, with no reasons. */
    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "!!! ..."})
    void emptyTextIsNone(String text) {
        assertThat(TRIAGE.assess(text, Language.VI)).isEqualTo(TriageResult.NOTHING);
    }

    /** A safe word alone, or with a few filler words, asks for a person; and it is URGENT. */
    @ParameterizedTest
    @ValueSource(strings = {"SOS", "sos!!", "🆘", "cứu", "cuu", "Cứu em với!", "cuu e vs", "help me", "HELP ME PLEASE",
        "pab kuv"})
    void safeWordsAreRecognised(String text) {
        assertThat(TRIAGE.isSafeWord(text)).isTrue();
        assertThat(levelOf(text)).isEqualTo(Level.URGENT);
    }

    /** A safe word inside an ordinary sentence, or a word that only folds like one, is no safe word. */
    @ParameterizedTest
    @ValueSource(strings = {"con cừu", "can you help me with the quiz?", "nghiên cứu", "SOS là gì?", ""})
    void ordinaryTextIsNoSafeWord(String text) {
        assertThat(TRIAGE.isSafeWord(text)).isFalse();
    }
}
