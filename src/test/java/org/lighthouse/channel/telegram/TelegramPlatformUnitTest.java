package org.lighthouse.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lighthouse.channel.http.PromptSockets;

/** Both Telegram clients send each write at once: a picture's upload does not wait 40 ms for an acknowledgement. */
class TelegramPlatformUnitTest {

    @Test
    void theSendingAndPollingClientsUsePromptSockets() {
        TelegramSettings settings = new TelegramSettings(null, null, null, null, null, null, null, null, null, null);
        assertThat(TelegramPlatform.sendingHttp().socketFactory()).isSameAs(PromptSockets.INSTANCE);
        assertThat(TelegramPlatform.pollingHttp(settings).socketFactory()).isSameAs(PromptSockets.INSTANCE);
    }
}
