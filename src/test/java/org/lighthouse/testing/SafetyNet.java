package org.lighthouse.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.safety.SafetyCase;
import org.lighthouse.safety.escalation.CaseStore;
import org.lighthouse.testing.FakeTelegram.Call;

/** The responders of the journey tests, Hoa and Minh, their Telegram group, and how a case reaches one of them. */
public final class SafetyNet {

    public static final long GROUP = -100_500;
    public static final long HOA = 9001;
    public static final long MINH = 9002;
    public static final String RESPONDERS = "lighthouse.safety.responders=" + HOA + ":Hoa," + MINH + ":Minh";
    public static final String RESPONDERS_CHAT = "lighthouse.safety.responders-chat=" + GROUP;

    private SafetyNet() {
    }

    /** The person writes words that open a case; returns its id once responders were alerted to it. */
    public static String caseOpenedBy(RunningBot bot, FakeTelegram telegram, Person person, String words) {
        person.writes(words);
        return alertedCase(bot, telegram, person.user());
    }

    /** Waits for the case a person's words opened and for its alert in the responders' group; returns its id. */
    public static String alertedCase(RunningBot bot, FakeTelegram telegram, long user) {
        String id = await().atMost(Duration.ofSeconds(20))
                .until(() -> bot.bean(CaseStore.class).openFor(ChatRef.telegram(user).key()), Optional::isPresent)
                .map(SafetyCase::id).orElseThrow();
        telegram.awaitMessage(GROUP, c -> c.buttonData().contains("s:claim:" + id));
        return id;
    }

    /** A responder presses Claim under the case's alert in the group, and gets the briefing. */
    public static void claims(FakeTelegram telegram, long responder, String caseId) {
        Call alert = telegram.awaitMessage(GROUP, c -> c.buttonData().contains("s:claim:" + caseId));
        telegram.userPressesIn(responder, FakeTelegram.groupChat(GROUP), FakeTelegram.messageId(alert),
                "s:claim:" + caseId);
        telegram.awaitMessage(responder, c -> c.text().startsWith("Bạn đã nhận ca " + caseId));
    }

    /** The responder holding the case closes it with an outcome and no referral, and hears that it is closed. */
    public static void closes(FakeTelegram telegram, long responder, String caseId, String outcome) {
        telegram.userSends(responder, "/close " + caseId);
        Call outcomes = telegram.awaitMessage(responder, c -> c.text().startsWith("Đóng ca " + caseId));
        telegram.userPresses(responder, FakeTelegram.messageId(outcomes), "s:out:" + caseId + ":" + outcome);
        Call referrals = telegram.awaitMessage(responder, c -> c.text().contains("chuyển tiếp tới đâu?"));
        telegram.userPresses(responder, FakeTelegram.messageId(referrals),
                "s:ref:" + caseId + ":" + outcome + ":NONE");
        telegram.awaitMessage(responder, c -> c.text().startsWith("Đã đóng ca " + caseId));
    }
}
