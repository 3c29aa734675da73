package org.lighthouse.channel.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lighthouse.shared.ConfigurationProblem;

/** Wrong or partial Zalo settings stop the start with one line naming what to fix. */
class ZaloSettingsUnitTest {

    private static final String TOKEN = "1459232241454765289:abcDEF_123-xyz";

    @Test
    void defaultsAndModes() {
        ZaloSettings polling = settings(TOKEN, null, null, null);
        assertThat(polling.enabled()).isTrue();
        assertThat(polling.webhook()).isFalse();
        assertThat(polling.apiUrl()).isEqualTo("https://bot-api.zaloplatforms.com");
        assertThat(polling.perSecond()).isEqualTo(20.0);
        assertThat(polling.chatInterval()).hasSeconds(1);
        assertThat(settings(null, null, null, null).enabled()).isFalse();
        ZaloSettings webhook = settings(TOKEN, "https://x.example/webhooks/zalo", "12345678", "https://x.example/");
        assertThat(webhook.webhook()).isTrue();
        assertThat(webhook.publicBaseUrl()).isEqualTo("https://x.example");
    }

    @Test
    void problemsNameWhatToFix() {
        assertThatThrownBy(() -> settings("not a token", null, null, null)).isInstanceOf(ConfigurationProblem.class)
                .hasMessageStartingWith("ZALO_BOT_TOKEN does not look like a Zalo bot token");
        assertThatThrownBy(() -> settings("12345", null, null, null)).hasMessageStartingWith("ZALO_BOT_TOKEN");
        assertThatThrownBy(() -> settings(TOKEN, "https://x.example/h", null, null))
                .hasMessageStartingWith("ZALO_WEBHOOK_URL is set but ZALO_WEBHOOK_SECRET is not");
        assertThatThrownBy(() -> settings(TOKEN, null, "12345678", null))
                .hasMessageStartingWith("ZALO_WEBHOOK_SECRET is set but ZALO_WEBHOOK_URL is not");
        assertThatThrownBy(() -> settings(TOKEN, "https://x.example/h", "short", null))
                .hasMessageStartingWith("ZALO_WEBHOOK_SECRET must be 8 to 256 characters");
        assertThatThrownBy(() -> settings(TOKEN, "https://x.example/h", "x".repeat(257), null))
                .hasMessageStartingWith("ZALO_WEBHOOK_SECRET must be 8 to 256 characters");
        assertThatThrownBy(() -> settings(null, "https://x.example/h", "12345678", null))
                .hasMessageContaining("ZALO_BOT_TOKEN is not");
        assertThatThrownBy(() -> settings(TOKEN, "x.example/h", "12345678", null))
                .hasMessageStartingWith("ZALO_WEBHOOK_URL 'x.example/h' is not an http(s) URL");
        assertThatThrownBy(() -> settings(TOKEN, null, null, "ftp://x"))
                .hasMessageStartingWith("ZALO_PUBLIC_BASE_URL");
    }

    private static ZaloSettings settings(String token, String webhookUrl, String secret, String publicBase) {
        return new ZaloSettings(token, null, webhookUrl, secret, publicBase, null, null, null, null, null, null);
    }
}
