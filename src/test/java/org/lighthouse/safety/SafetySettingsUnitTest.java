package org.lighthouse.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.lighthouse.shared.ConfigurationProblem;

/** The conversation window's settings: defaults when unset, and a clear refusal of a window that holds nothing. */
class SafetySettingsUnitTest {

    @Test
    void theWindowDefaultsToEightMessagesOfThreeDays() {
        SafetySettings settings = new SafetySettings(null, null, null, null, null, null, null);
        assertThat(settings.contextMessages()).isEqualTo(8);
        assertThat(settings.contextWindow()).isEqualTo(Duration.ofDays(3));
    }

    @Test
    void aWindowThatHoldsNothingIsRefusedNamingTheSettings() {
        assertThatThrownBy(() -> new SafetySettings(null, null, null, null, null, 0, null))
                .isInstanceOf(ConfigurationProblem.class).hasMessageContaining("lighthouse.safety.context-messages");
        assertThatThrownBy(() -> new SafetySettings(null, null, null, null, null, null, Duration.ZERO))
                .isInstanceOf(ConfigurationProblem.class).hasMessageContaining("lighthouse.safety.context-window");
    }
}
