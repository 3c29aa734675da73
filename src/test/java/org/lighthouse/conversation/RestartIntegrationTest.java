package org.lighthouse.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeTelegram.Call;
import org.lighthouse.testing.RunningBot;

/** The service restarts: people keep their language and their place, and nothing is handled twice. */
class RestartIntegrationTest {

    @TempDir
    Path data;

    /** After a restart the person is not asked their language again and continues in it. */
    @Test
    void languageSurvivesRestart() throws Exception {
        long user = 2001;
        try (FakeTelegram telegram = new FakeTelegram()) {
            try (RunningBot bot = RunningBot.start(telegram, data)) {
                telegram.userSends(user, "/start");
                Call prompt = telegram.awaitMessages(user, 1).get(0);
                telegram.userPresses(user, FakeTelegram.messageId(prompt), "lang:en");
                telegram.awaitMessages(user, 4);
            }
            try (RunningBot bot = RunningBot.start(telegram, data)) {
                telegram.userSends(user, "/menu");
                Call menu = telegram.awaitMessages(user, 5).get(4);
                assertThat(menu.text()).isEqualTo("What would you like to do?");
            }
        }
    }

    /** A person who was at the language question when the service stopped can answer it after the restart. */
    @Test
    void placeInConversationSurvivesRestart() throws Exception {
        long user = 2002;
        try (FakeTelegram telegram = new FakeTelegram()) {
            Call prompt;
            try (RunningBot bot = RunningBot.start(telegram, data)) {
                telegram.userSends(user, "/start");
                prompt = telegram.awaitMessages(user, 1).get(0);
            }
            try (RunningBot bot = RunningBot.start(telegram, data)) {
                telegram.userPresses(user, FakeTelegram.messageId(prompt), "lang:hmn");
                assertThat(telegram.awaitMessages(user, 3).get(2).text()).isEqualTo("Koj xav ua dab tsi?");
            }
        }
    }

    /** An update Telegram delivers again after a restart (its offset was never confirmed) gets one answer, not two. */
    @Test
    void updateDeliveredTwiceIsHandledOnce() throws Exception {
        long user = 2003;
        ObjectMapper json = new ObjectMapper();
        try (FakeTelegram telegram = new FakeTelegram()) {
            ObjectNode repeated = json.createObjectNode();
            try (RunningBot bot = RunningBot.start(telegram, data)) {
                int id = telegram.userSends(user, "/help");
                telegram.awaitMessages(user, 1);
                repeated.put("update_id", id);
                ObjectNode message = telegram.privateMessage(user);
                message.put("text", "/help");
                repeated.set("message", message);
            }
            telegram.pushRaw(repeated);
            try (RunningBot bot = RunningBot.start(telegram, data)) {
                // a chat's events are handled in order: an answer to the update delivered again would come before
                // the answers to these, as a third language question
                telegram.userSends(user, "/language");
                Call prompt = telegram.awaitMessages(user, 2).get(1);
                telegram.userPresses(user, FakeTelegram.messageId(prompt), "lang:hmn");
                telegram.awaitMessage(user, c -> c.text().equals("Koj xav ua dab tsi?"));
                assertThat(telegram.messagesTo(user)).filteredOn(c -> c.buttonData().contains("lang:vi")).hasSize(2);
            }
        }
    }
}
