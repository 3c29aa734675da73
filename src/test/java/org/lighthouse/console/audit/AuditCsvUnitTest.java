package org.lighthouse.console.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A CSV cell never starts what a spreadsheet would run as a formula. */
class AuditCsvUnitTest {

    @Test
    void formulaCellsBecomeText() {
        assertThat(AuditController.cell("=1+2")).isEqualTo("'=1+2");
        assertThat(AuditController.cell("+1")).isEqualTo("'+1");
        assertThat(AuditController.cell("-1")).isEqualTo("'-1");
        assertThat(AuditController.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditController.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(AuditController.cell("login")).isEqualTo("login");
        assertThat(AuditController.cell("roles=ADMIN")).isEqualTo("roles=ADMIN");
        assertThat(AuditController.cell("")).isEmpty();
        assertThat(AuditController.cell(null)).isEmpty();
    }
}
