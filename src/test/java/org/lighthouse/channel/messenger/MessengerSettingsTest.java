package org.lighthouse.channel.messenger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.shared.ConfigurationProblem;
import org.lighthouse.testing.RunningBot;

/** Messenger is on with its three secrets, off with none; one or two stop the start naming what is missing. */
class MessengerSettingsTest {

    @TempDir
    Path data;

    @Test
    void allOrNothing() {
        assertThat(settings("t", "s", "v").enabled()).isTrue();
        assertThat(settings(null, " ", "").enabled()).isFalse();
        assertThat(settings(null, null, null).sendApi()).hasToString("https://graph.facebook.com/v25.0/me/messages");
        assertThatThrownBy(() -> settings("t", null, null)).isInstanceOf(ConfigurationProblem.class)
                .hasMessage("Messenger needs MESSENGER_PAGE_TOKEN, MESSENGER_APP_SECRET and MESSENGER_VERIFY_TOKEN"
                        + " together; MESSENGER_APP_SECRET and MESSENGER_VERIFY_TOKEN are missing: set them, or unset"
                        + " the others to run without Messenger");
        assertThatThrownBy(() -> settings("t", "s", null)).hasMessageContaining("MESSENGER_VERIFY_TOKEN is missing");
        assertThatThrownBy(() -> new MessengerSettings("t", "s", "v", URI.create("graph.facebook.com"), null, null,
                null, null, null, null)).hasMessageStartingWith("MESSENGER_API_URL 'graph.facebook.com' is not");
    }

    /** The start stops with one line when a secret is missing. */
    @Test
    void aMissingSecretStopsTheStart() {
        assertThatThrownBy(() -> RunningBot.startWithoutTelegram(data, "lighthouse.messenger.page-token=EAAx",
                "lighthouse.messenger.verify-token=word")).satisfies(e -> assertThat(ConfigurationProblem.in(e))
                        .hasValueSatisfying(p -> assertThat(p.getMessage()).contains("MESSENGER_APP_SECRET is missing")
                                .doesNotContain("\n")));
    }

    private static MessengerSettings settings(String token, String secret, String verify) {
        return new MessengerSettings(token, secret, verify, null, null, null, null, null, null, null);
    }
}
