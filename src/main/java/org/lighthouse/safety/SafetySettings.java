package org.lighthouse.safety;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lighthouse.shared.ConfigurationProblem;
import org.lighthouse.shared.Retention;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The safety net's people and times.
 *
 * @param responders who may claim cases ({@code LIGHTHOUSE_RESPONDERS}): Telegram user ids separated by commas, each
 *     optionally with the alias users see, {@code 123456:Hoa}
 * @param respondersChat the responders' Telegram group ({@code TELEGRAM_RESPONDERS_CHAT_ID}); alerts go to each
 *     responder's private chat when unset
 * @param urgentRealert how long an unclaimed URGENT case waits before it is alerted again
 * @param concernRealert how long an unclaimed CONCERN case waits before it is alerted again
 * @param transcriptSize how many messages a case keeps in its transcript
 * @param contextMessages how many of a person's last messages the triage reads a new one with
 * @param contextWindow how far back those messages may go: older ones are forgotten
 */
@ConfigurationProperties("lighthouse.safety")
public record SafetySettings(@Nullable String responders, @Nullable String respondersChat, Duration urgentRealert,
        Duration concernRealert, Integer transcriptSize, Integer contextMessages, Duration contextWindow)
        implements Retention {

    public SafetySettings {
        urgentRealert = urgentRealert == null ? Duration.ofMinutes(5) : urgentRealert;
        concernRealert = concernRealert == null ? Duration.ofMinutes(30) : concernRealert;
        transcriptSize = transcriptSize == null ? 50 : transcriptSize;
        contextMessages = contextMessages == null ? 8 : contextMessages;
        contextWindow = contextWindow == null ? Duration.ofDays(3) : contextWindow;
        if (contextMessages < 1 || contextWindow.isNegative() || contextWindow.isZero()) {
            throw new ConfigurationProblem("lighthouse.safety.context-messages must be at least 1 and"
                    + " lighthouse.safety.context-window above zero, not " + contextMessages + " and " + contextWindow);
        }
    }

    @Override
    public List<Kept> kept() {
        return List.of(Kept.count("lighthouse.safety.transcript-size", transcriptSize),
                Kept.count("lighthouse.safety.context-messages", contextMessages),
                Kept.time("lighthouse.safety.context-window", contextWindow));
    }
}
