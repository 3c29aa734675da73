package org.lighthouse.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lighthouse.text.Normaliser;

/** How the money reader understands the ways offers write sums, periods, pay and fees. */
class MoneyReaderTest {

    private static final MoneyReader MONEY = new MoneyReader("offer/money.yml");
    private static final Normaliser NORMALISER = Normaliser.shipped();
    private static final double USD = 26_300;
    private static final double YUAN = 3_650;

    /** Each way of writing a sum, in đồng, with or without diacritics, in teencode, other currencies, and H'mong. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            lương 25tr                  | 25000000
            lương 25 triệu              | 25000000
            luong 25 trieu              | 25000000
            lương 25.000.000đ           | 25000000
            luong 25.000.000 dong       | 25000000
            lương 10 củ                 | 10000000
            lương 6tr5                  | 6500000
            lương 6,5 triệu             | 6500000
            salary 7.5 million VND      | 7500000
            salary 800$                 | 21040000
            salary $800                 | 21040000
            salary 1,100 USD            | 28930000
            lương 3000 tệ               | 10950000
            income 170,000 yen          | 29750000
            thu nhập 300k               | 300000
            ib hlis tau 30 lab          | 30000000
            ib hnub 200 txhiab          | 200000
            lương 1 triệu rưỡi          | 1500000
            salary VND 9,000,000        | 9000000
            """)
    void readsASumWrittenAnyWay(String text, double vnd) {
        assertThat(onlyAmount(text).vnd()).isCloseTo(vnd, within(1.0));
    }

    /** A range counts at its top: "40-50 triệu" and "7.5 to 9 million" promise the larger sum. */
    @Test
    void takesTheTopOfARange() {
        assertThat(onlyAmount("thu nhập 40-50 triệu/tháng").vnd()).isEqualTo(50_000_000);
        assertThat(onlyAmount("Pay 7.5 to 9 million VND/month").vnd()).isEqualTo(9_000_000);
    }

    /** A period after or before the sum turns it into monthly pay: a day is 26 working days' worth. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2 triệu/ngày            | 52000000
            1500 USD/tháng          | 39450000
            5 million a week        | 21650000
            3 million per night     | 78000000
            25.000đ/giờ             | 5200000
            1 ngày 1tr5             | 39000000
            mỗi ngày kiếm 1tr       | 26000000
            120 million a year      | 9996000
            """)
    void turnsAPeriodIntoMonthlyPay(String text, double monthly) {
        Amount amount = onlyAmount(text);
        assertThat(amount.use()).isEqualTo(Amount.Use.PAY);
        assertThat(amount.monthlyVnd()).isCloseTo(monthly, within(monthly * 0.001));
    }

    /** Sums next to a fee, a deposit or a loan are not pay, even with a pay word near. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            phí trọn gói 150 triệu
            đặt cọc 10tr
            a 5,000 USD deposit
            vay 30 triệu
            pay 40 million now
            vé máy bay 12 triệu
            """)
    void doesNotTakeAFeeForPay(String text) {
        assertThat(onlyAmount(text).use()).isEqualTo(Amount.Use.FEE);
    }

    /** A sum with neither a period nor a pay word nor a fee word leaves its use unsaid: "800k per trip". */
    @Test
    void leavesTheUseUnsaidWhenNothingSaysIt() {
        assertThat(onlyAmount("800k per trip").use()).isEqualTo(Amount.Use.UNSAID);
        assertThat(onlyAmount("anh gửi em 5 triệu").use()).isEqualTo(Amount.Use.UNSAID);
    }

    /** Bare numbers (ages, dates, phone numbers, counts) are not money. */
    @Test
    void ignoresNumbersWithoutAUnit() {
        assertThat(MONEY.read(NORMALISER.normalise("em 16 tuổi, tuyển 20 người, gọi 0912 345 678, ngày 15/3")))
                .isEmpty();
    }

    /** The amount keeps the user's own words, to show them why pay looked unrealistic. */
    @Test
    void keepsTheUsersWords() {
        assertThat(onlyAmount("Lương 25 Triệu/tháng").words()).isEqualTo("25 Triệu");
    }

    /** Exchange rates in the data file are what the expected values above assume. */
    @Test
    void convertsWithTheDataFilesRates() {
        assertThat(onlyAmount("salary $1").vnd()).isEqualTo(USD);
        assertThat(onlyAmount("lương 1 tệ").vnd()).isEqualTo(YUAN);
    }

    private static Amount onlyAmount(String text) {
        List<Amount> amounts = MONEY.read(NORMALISER.normalise(text));
        assertThat(amounts).as("sums in '%s'", text).hasSize(1);
        return amounts.get(0);
    }
}
