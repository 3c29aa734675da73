package org.lighthouse.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CSV cells: quoted when they must be, and never run as a formula by a spreadsheet. */
class ReportCsvUnitTest {

    /** Commas, quotes and line breaks are quoted; numbers and plain names are left as they are. */
    @Test
    void cellsAreQuotedWhenNeeded() {
        assertThat(ReportCsv.cell("Lan")).isEqualTo("Lan");
        assertThat(ReportCsv.cell(75)).isEqualTo("75");
        assertThat(ReportCsv.cell("Lan, Mai")).isEqualTo("\"Lan, Mai\"");
        assertThat(ReportCsv.cell("say \"no\"\nthen go")).isEqualTo("\"say \"\"no\"\"\nthen go\"");
    }

    /** A display name such as {@code =HYPERLINK(...)} stays text in a spreadsheet. */
    @Test
    void formulasStayText() {
        assertThat(ReportCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(ReportCsv.cell("+84 912")).isEqualTo("'+84 912");
        assertThat(ReportCsv.cell("-1")).isEqualTo("'-1");
        assertThat(ReportCsv.cell(-1)).isEqualTo("-1");
    }
}
