package org.lighthouse.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lighthouse.offer.RedFlag.CROSS_BORDER;
import static org.lighthouse.offer.RedFlag.DOCUMENTS_HELD;
import static org.lighthouse.offer.RedFlag.GIFTS_OR_FAVOURS;
import static org.lighthouse.offer.RedFlag.MARRIAGE_BROKER;
import static org.lighthouse.offer.RedFlag.MINOR;
import static org.lighthouse.offer.RedFlag.NO_CONTRACT;
import static org.lighthouse.offer.RedFlag.NO_PAPERS_NEEDED;
import static org.lighthouse.offer.RedFlag.ONLINE_ONLY;
import static org.lighthouse.offer.RedFlag.SECRECY;
import static org.lighthouse.offer.RedFlag.TRIP_INVITATION;
import static org.lighthouse.offer.RedFlag.UNREALISTIC_PAY;
import static org.lighthouse.offer.RedFlag.URGENCY;
import static org.lighthouse.offer.RedFlag.VAGUE_EMPLOYER;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The offer check on the cases that are easy to get wrong. */
class OfferCheckTest {

    private static OfferCheck check;

    @BeforeAll
    static void loadOnce() {
        check = new OfferCheck();
    }

    /** The product's own example: high pay, no passport and leaving now is a high-risk job offer. */
    @Test
    void flagsTheForwardedJobAdOfTheProductBrief() {
        OfferAssessment ad = check.check("lương 25 triệu, không cần hộ chiếu, đi ngay", OfferKind.JOB);
        assertThat(ad.flags()).contains(UNREALISTIC_PAY, NO_PAPERS_NEEDED, URGENCY);
        assertThat(ad.risk()).isEqualTo(Risk.HIGH);
    }

    /** "có hợp đồng" (there is a contract) is no flag; "không cần hợp đồng" (no contract needed) is. */
    @Test
    void readsNegationAroundAContract() {
        assertThat(check.check("Quán cơm Bà Hoa ở thị trấn tuyển phụ bếp, có hợp đồng, lương 6 triệu", OfferKind.JOB)
                .flags()).doesNotContain(NO_CONTRACT);
        assertThat(check.check("Quán cơm Bà Hoa ở thị trấn tuyển phụ bếp, không cần hợp đồng, lương 6 triệu",
                OfferKind.JOB).flags()).containsExactly(NO_CONTRACT);
    }

    /** Vietnamese typed without diacritics reads like Vietnamese with them. */
    @Test
    void readsVietnameseWithoutDiacritics() {
        String accented = "Đừng nói với bố mẹ, tối nay anh đón em đi Hà Khẩu chơi, không cần hộ chiếu.";
        String plain = "Dung noi voi bo me, toi nay anh don em di Ha Khau choi, khong can ho chieu.";
        assertThat(check.check(plain, OfferKind.FRIENDSHIP).flags())
                .isEqualTo(check.check(accented, OfferKind.FRIENDSHIP).flags())
                .contains(SECRECY, URGENCY, CROSS_BORDER, NO_PAPERS_NEEDED, TRIP_INVITATION);
    }

    /** Teencode and short forms: ko, dc, lm, vs, tq, tr, củ. */
    @Test
    void readsTeencode() {
        OfferAssessment offer = check.check("e oi qua tq lm vs chi, luong 30tr, ko can ho chieu, ko dc noi vs bo me",
                OfferKind.JOB);
        assertThat(offer.flags()).contains(CROSS_BORDER, UNREALISTIC_PAY, NO_PAPERS_NEEDED, SECRECY);
    }

    /** "gấp" is urgent, but "gap" typed without marks is most often "gặp" (to meet) and is not. */
    @Test
    void tellsUrgentFromMeetingWhenMarksAreThere() {
        assertThat(check.check("Tuyển gấp phụ bếp, đi gấp", OfferKind.JOB).flags()).contains(URGENCY);
        assertThat(check.check("mai em ra cho gap anh nhe", OfferKind.FRIENDSHIP).flags()).doesNotContain(URGENCY);
    }

    /** In English, keeping your own passport is the opposite of a held passport. */
    @Test
    void doesNotTakeYourOwnPassportForAHeldOne() {
        assertThat(check.check("Green Valley Foods Co., Ltd. hires packers, contract on day one, you keep your own"
                + " passport and ID card.", OfferKind.JOB).flags()).doesNotContain(DOCUMENTS_HELD);
        assertThat(check.check("The boss will keep your passport until the season ends.", OfferKind.JOB).flags())
                .contains(DOCUMENTS_HELD);
    }

    /** Licensed labour export done right (licence, contract before departure, legal fees) shows no warning sign. */
    @Test
    void findsNothingInALicensedLabourExportOffer() {
        OfferAssessment licensed = check.check("Công ty CP Nhân lực Sông Hồng (giấy phép số 123/LĐTBXH-GP) tuyển 10"
                + " thực tập sinh đi Nhật Bản ngành may, lương khoảng 30 triệu/tháng, ký hợp đồng trước khi xuất"
                + " cảnh, chi phí theo mức trần của Luật 69, có biên lai.", OfferKind.JOB);
        assertThat(licensed.flags()).isEmpty();
        assertThat(licensed.risk()).isEqualTo(Risk.LOW);
    }

    /** The same destination without a licence or contract is a cross-border offer. */
    @Test
    void flagsTheSameDestinationWithoutALicence() {
        assertThat(check.check("Đi Nhật làm may, lương 30 triệu/tháng, sang đó mới ký hợp đồng", OfferKind.JOB).flags())
                .contains(CROSS_BORDER, NO_CONTRACT);
    }

    /** Pay is judged against the work: 9 million a month in a factory is ordinary, 25 million washing dishes is not. */
    @Test
    void judgesPayAgainstTheKindOfWork() {
        assertThat(check.check("Công ty TNHH Giày Minh Phát tuyển công nhân, lương 9 triệu/tháng", OfferKind.JOB)
                .flags()).doesNotContain(UNREALISTIC_PAY);
        assertThat(check.check("Rửa bát ở nhà hàng, lương 25 triệu/tháng", OfferKind.JOB).flags())
                .contains(UNREALISTIC_PAY);
        assertThat(check.check("Farm work, 500k a day", OfferKind.JOB).flags()).contains(UNREALISTIC_PAY);
    }

    /** Pay abroad is higher: a factory job in Japan at 30 million a month is not "easy work, high pay". */
    @Test
    void allowsHigherPayAbroad() {
        assertThat(check.check("Factory job in Japan, 1,100 USD a month", OfferKind.JOB).flags())
                .doesNotContain(UNREALISTIC_PAY);
    }

    /** A job offer that names no employer, address or licence cannot be checked. */
    @Test
    void flagsAnEmployerNobodyCanCheck() {
        assertThat(check.check("Cần 5 bạn nữ làm nhà hàng ở Hà Nội, lương 8 triệu", OfferKind.JOB).flags())
                .contains(VAGUE_EMPLOYER);
        assertThat(check.check("Nhà hàng Hoa Sen, số 12 phố Hàng Mã, cần 5 bạn phụ bếp, lương 8 triệu", OfferKind.JOB)
                .flags()).doesNotContain(VAGUE_EMPLOYER);
    }

    /** A marriage offer with a foreign husband and money for the family is a broker's offer. */
    @Test
    void recognisesAMarriageBroker() {
        OfferAssessment broker = check.check("Bà mối bảo có anh Trung Quốc muốn lấy vợ, nhà gái được 100 triệu",
                OfferKind.MARRIAGE);
        assertThat(broker.flags()).contains(CROSS_BORDER, MARRIAGE_BROKER);
        assertThat(broker.risk()).isEqualTo(Risk.HIGH);
    }

    /** Basic H'mong (RPA): a friend known on Facebook taking you to China without a passport, in secret. */
    @Test
    void readsBasicHmong() {
        OfferAssessment hmong = check.check("Kuv tus phooj ywg hauv Facebook yuav coj kuv mus ua si nyob Suav teb,"
                + " tsis tas muaj ntawv hla tebchaws, tsis txhob qhia koj niam koj txiv.", OfferKind.FRIENDSHIP);
        assertThat(hmong.flags()).contains(ONLINE_ONLY, CROSS_BORDER, NO_PAPERS_NEEDED, SECRECY, TRIP_INVITATION);
    }

    /** A girl under 18 is flagged in every language; an adult is not. */
    @Test
    void flagsAMinorButNotAnAdult() {
        assertThat(check.check("Em mới 16 tuổi, có người hỏi cưới", OfferKind.MARRIAGE).flags()).contains(MINOR);
        assertThat(check.check("I'm 15 and a guy wants to meet me", OfferKind.FRIENDSHIP).flags()).contains(MINOR);
        assertThat(check.check("Kuv muaj 16 xyoo", OfferKind.MARRIAGE).flags()).contains(MINOR);
        assertThat(check.check("I'm 22 and he's 24, our families know each other", OfferKind.MARRIAGE).flags())
                .doesNotContain(MINOR);
    }

    /** A family outing with parents along is no trip invitation; a stranger's invitation is. */
    @Test
    void doesNotFlagAnOutingWithTheFamily() {
        assertThat(check.check("Chủ nhật cả nhà đi chợ phiên Đồng Văn, con đi cùng bố mẹ nhé", OfferKind.FRIENDSHIP)
                .risk()).isEqualTo(Risk.LOW);
        assertThat(check.check("Anh mới quen em hôm qua, mai anh đón em đi chợ Hà Khẩu chơi", OfferKind.FRIENDSHIP)
                .flags()).contains(ONLINE_ONLY, TRIP_INVITATION);
    }

    /** Each flag comes with the user's own words behind it, for the chat to show. */
    @Test
    void showsTheWordsBehindEachFlag() {
        OfferAssessment offer = check.check("Anh gửi em 2 triệu, đừng nói với mẹ nhé", OfferKind.FRIENDSHIP);
        assertThat(offer.evidence().get(GIFTS_OR_FAVOURS)).contains("gửi em 2 triệu");
        assertThat(offer.evidence().get(SECRECY)).contains("đừng nói với mẹ");
    }

    /** Without a kind, the check guesses it from the text and says so. */
    @Test
    void guessesTheKindWhenNotGiven() {
        OfferAssessment job = check.check("Tuyển công nhân may, lương 8 triệu một tháng, làm ở xưởng", null);
        assertThat(job.kind()).isEqualTo(OfferKind.JOB);
        assertThat(job.kindGuessed()).isTrue();
        assertThat(check.check("Bà mối nói có người muốn cưới em làm vợ", null).kind()).isEqualTo(OfferKind.MARRIAGE);
    }

    /** A greeting or an empty message says too little: the chat should propose the guided questions. */
    @Test
    void saysWhenATextIsTooLittleToJudge() {
        assertThat(check.check("", null).tooLittle()).isTrue();
        assertThat(check.check("xin chào bạn", null).tooLittle()).isTrue();
        assertThat(check.check("The weather is nice today and the rice looks good this year.", null).tooLittle())
                .isTrue();
        assertThat(check.check("Tuyển gấp 10 bạn nữ đi làm nhà hàng bên Trung Quốc, lương 25 triệu", null)
                .tooLittle()).isFalse();
    }
}
