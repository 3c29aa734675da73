package org.lighthouse.channel.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.testing.BotProcess;

/** A Zalo webhook URL without its secret stops the start with one line naming what to fix, and exit status 2. */
class ZaloStartupIntegrationTest {

    @Test
    void partialWebhookSettingsAreOneClearLine(@TempDir Path data) throws Exception {
        try (BotProcess process = BotProcess.start(Map.of("ZALO_BOT_TOKEN", "1459232241454765289:abc-DEF_123",
                "ZALO_WEBHOOK_URL", "https://lighthouse.example.org/webhooks/zalo", "LIGHTHOUSE_DATA_DIR",
                data.toString()), "--server.port=0")) {
            assertThat(process.awaitExit()).isEqualTo(2);
            List<String> output = process.output();
            assertThat(output.get(output.size() - 1)).isEqualTo("lighthouse: cannot start: ZALO_WEBHOOK_URL is set but"
                    + " ZALO_WEBHOOK_SECRET is not: set both for Zalo by webhook (the secret 8 to 256 characters), or"
                    + " neither for long polling");
        }
    }
}
