package org.lighthouse.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Codes people type: unambiguous letters, read back however they were typed. */
class CodesUnitTest {

    /** Fresh codes are 10 characters without 0, O, 1, I or L, and do not repeat. */
    @Test
    void freshCodesAreUnambiguousAndDistinct() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = Codes.fresh();
            assertThat(code).matches("[2-9A-HJKMNP-Z]{10}");
            codes.add(code);
        }
        assertThat(codes).hasSize(10_000);
    }

    /** Lower case, spaces and dashes are fine; a wrong length or letter is no code. */
    @Test
    void typedCodesAreRead() {
        assertThat(Codes.read(" k7qx-3m9p-ta ")).contains("K7QX3M9PTA");
        assertThat(Codes.read("K7QX 3M9P TA")).contains("K7QX3M9PTA");
        assertThat(Codes.grouped("K7QX3M9PTA")).isEqualTo("K7QX-3M9P-TA");
        assertThat(Codes.read("K7QX3M9PT")).isEmpty();
        assertThat(Codes.read("K7QX3M9PT0")).isEmpty();
        assertThat(Codes.read("")).isEmpty();
    }
}
