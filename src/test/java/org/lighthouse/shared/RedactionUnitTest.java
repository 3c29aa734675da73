package org.lighthouse.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Phone numbers never reach storage, whatever their format; amounts, dates and hotlines stay as written. */
class RedactionUnitTest {

    /** Vietnamese and international numbers, with the separators and digits people type. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            so cua em 0912345678 nhe             | so cua em [phone] nhe
            0912 345 678                         | [phone]
            0912.345.678                         | [phone]
            0912-345-678                         | [phone]
            (091) 234-5678                       | [phone]
            091/234/5678                         | [phone]
            09 12 34 56 78                       | [phone]
            ０９１２３４５６７８                      | [phone]
            ０９１２ ３４５ ６７８                    | [phone]
            +84 912 345 678                      | [phone]
            +84912345678                         | [phone]
            (+84) 912-345-678                    | [phone]
            +84 (0) 912 345 678                  | [phone]
            84912345678                          | [phone]
            024 3747 1234                        | [phone]
            +86 185 8789 7059                    | [phone]
            +1 (555) 123-4567                    | [phone]
            sdt0912345678                        | sdt[phone]
            goi 0912345678 hoac 0987654321       | goi [phone] hoac [phone]
            0912345678 0987654321                | [phone] [phone]
            lop 9 0912345678                     | lop 9 [phone]
            zalo: 0912 345 678, ở Mèo Vạc        | zalo: [phone], ở Mèo Vạc
            """)
    void blanksPhoneNumbers(String text, String blanked) {
        assertThat(Redaction.phones(text)).isEqualTo(blanked);
    }

    /** Money, dates, times, hotlines and ordinary numbers are not phone numbers. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            lương 25.000.000 đồng/tháng
            lương 250.000.000 một năm
            luong 15 trieu, 840.000.000 tien cong
            10.000.000 - 15.000.000
            1.012.345.678 đồng
            ngày 06/12/2026 lúc 08:30
            gọi 111 hoặc 113
            tổng đài 1800 1567
            em 16 tuổi, lớp 9A
            mã lớp K7Q2M9
            CCCD 002204012345
            """)
    void leavesOtherNumbersAlone(String text) {
        assertThat(Redaction.phones(text)).isEqualTo(text);
    }

    /** What a case keeps loses ID numbers and other long numbers too. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            CCCD cua em 001204012345              | CCCD cua em [ID number]
            ho chieu C1234567                     | ho chieu [ID number]
            so cua em (091) 234-5678              | so cua em [phone]
            ma 1234 5678 9012 3                   | ma [number]
            """)
    void caseTextsLoseIdNumbers(String text, String blanked) {
        assertThat(Redaction.redact(text)).isEqualTo(blanked);
    }
}
