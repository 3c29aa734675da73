package org.lighthouse.console.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lighthouse.console.web.CsvDownload;

/** A CSV cell never starts what a spreadsheet would run as a formula. */
class AuditCsvUnitTest {

    @Test
    void formulaCellsBecomeText() {
        assertThat(CsvDownload.cell("=1+2")).isEqualTo("'=1+2");
        assertThat(CsvDownload.cell("+1")).isEqualTo("'+1");
        assertThat(CsvDownload.cell("-1")).isEqualTo("'-1");
        assertThat(CsvDownload.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvDownload.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvDownload.cell("login")).isEqualTo("login");
        assertThat(CsvDownload.cell("roles=ADMIN")).isEqualTo("roles=ADMIN");
        assertThat(CsvDownload.cell("")).isEmpty();
        assertThat(CsvDownload.cell(null)).isEmpty();
    }
}
