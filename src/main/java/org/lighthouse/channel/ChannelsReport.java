package org.lighthouse.channel;

import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says at start-up, in one line, which channels are on and how, and which are off and why:
 * {@code Channels on: Telegram (@bot, webhook https://example.org/webhooks/telegram), web chat
 * (http://localhost:8080/); off: none}.
 */
@Component
class ChannelsReport {

    private static final Logger log = LoggerFactory.getLogger(ChannelsReport.class);

    private final ObjectProvider<ChannelStatus> channels;

    ChannelsReport(ObjectProvider<ChannelStatus> channels) {
        this.channels = channels;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        log.info(line(channels.orderedStream().toList()));
    }

    static String line(List<ChannelStatus> channels) {
        String on = channels.stream().filter(c -> c.mode().isPresent())
                .map(c -> c.channel() + " (" + c.mode().get() + ")").collect(Collectors.joining(", "));
        String off = channels.stream().filter(c -> c.mode().isEmpty())
                .map(c -> c.channel() + " (" + c.whyOff() + ")").collect(Collectors.joining(", "));
        return "Channels on: " + (on.isEmpty() ? "none" : on) + "; off: " + (off.isEmpty() ? "none" : off);
    }
}
