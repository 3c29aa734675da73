package org.lighthouse.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChannelsReportUnitTest {

    /** Each channel in one line, in the order given: those on with their mode, those off with why. */
    @Test
    void oneLineNamesEveryChannel() {
        assertThat(ChannelsReport.line(List.of(channel("Telegram", "webhook https://example.org/webhooks/telegram"),
                channel("Zalo", null), channel("web chat", "http://localhost:8080/")))).isEqualTo("Channels on:"
                        + " Telegram (webhook https://example.org/webhooks/telegram), web chat (http://localhost:8080/);"
                        + " off: Zalo (Zalo is off)");
    }

    /** With every channel off the line says so: nobody can reach the bot. */
    @Test
    void noChannelOnIsSaid() {
        assertThat(ChannelsReport.line(List.of(channel("Telegram", null)))).isEqualTo("Channels on: none; off: Telegram"
                + " (Telegram is off)");
    }

    private static ChannelStatus channel(String name, String mode) {
        return new ChannelStatus() {
            @Override
            public String channel() {
                return name;
            }

            @Override
            public Optional<String> mode() {
                return Optional.ofNullable(mode);
            }

            @Override
            public String whyOff() {
                return name + " is off";
            }
        };
    }
}
