package org.lighthouse.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lighthouse.testing.BotUnderTest;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeTelegram.Call;
import org.lighthouse.testing.RunningBot;

/** Whatever Telegram sends, the bot answers briefly or stays quiet, and keeps working. */
class UnusualUpdatesIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final BotUnderTest BOT = new BotUnderTest();
    static FakeTelegram telegram;
    static RunningBot bot;

    @BeforeAll
    static void share() {
        telegram = BOT.telegram();
        bot = BOT.bot();
    }

    /** Stickers, photos, voice messages and files get a short note that the bot reads text. */
    @Test
    void mediaGetsAShortHelpfulAnswer() {
        long user = 4001;
        for (String media : new String[] {"sticker", "photo", "voice", "document"}) {
            ObjectNode message = telegram.privateMessage(user);
            message.set(media, mediaContent(media));
            telegram.push("message", message);
        }
        assertThat(telegram.awaitMessages(user, 4)).allSatisfy(
                c -> assertThat(c.text()).isEqualTo("Mình chỉ đọc được tin nhắn chữ. Bạn viết cho mình bằng chữ nhé."));
    }

    /** A shared location or phone number is not kept, and the person is told so. */
    @Test
    void locationAndContactAreNotKept() {
        long user = 4002;
        ObjectNode location = telegram.privateMessage(user);
        location.putObject("location").put("latitude", 22.82).put("longitude", 104.98);
        telegram.push("message", location);
        ObjectNode contact = telegram.privateMessage(user);
        contact.putObject("contact").put("phone_number", "+84900000000").put("first_name", "Mai");
        telegram.push("message", contact);
        assertThat(telegram.awaitMessages(user, 2)).allSatisfy(
                c -> assertThat(c.text()).contains("không lưu"));
    }

    /** In groups the bot answers only commands addressed to it by name, and says hello when added. */
    @Test
    void groupsGetAnswersOnlyToAddressedCommands() {
        long group = -100_4003;
        telegram.push("message", telegram.groupMessage(group, 4003, "hello everyone, who sold the corn?"));
        telegram.push("message", telegram.groupMessage(group, 4003, "/start@some_other_bot"));
        telegram.push("message", telegram.groupMessage(group, 4003, "/start"));
        telegram.push("message", telegram.groupMessage(group, 4003, "/help@" + FakeTelegram.BOT_USERNAME));
        Call answer = telegram.awaitMessages(group, 1).get(0);
        assertThat(answer.text()).isEqualTo("Mình chỉ trò chuyện riêng. Bạn nhắn riêng cho mình nhé.");

        long other = -100_4004;
        telegram.push("my_chat_member", membership(other, "supergroup", "left", "member"));
        assertThat(telegram.awaitMessages(other, 1).get(0).text()).startsWith("Xin chào cả nhóm!");
        await(500);
        assertThat(telegram.messagesTo(group)).hasSize(1);
    }

    /** Channel posts, edits, inline queries, polls, reactions, blocks and unknown update types pass quietly. */
    @Test
    void otherUpdatesPassQuietlyAndTheBotGoesOn() {
        long user = 4005;
        ObjectNode post = JSON.createObjectNode();
        post.put("message_id", 1).put("date", 1);
        post.putObject("chat").put("id", -100_999).put("type", "channel").put("title", "News");
        post.put("text", "news: trafficking ring arrested");
        telegram.push("channel_post", post);
        ObjectNode edited = telegram.privateMessage(user);
        edited.put("text", "edited text").put("edit_date", 2);
        telegram.push("edited_message", edited);
        ObjectNode inline = JSON.createObjectNode();
        inline.put("id", "iq1").put("query", "hi").put("offset", "");
        inline.set("from", FakeTelegram.user(user));
        telegram.push("inline_query", inline);
        ObjectNode reaction = JSON.createObjectNode();
        reaction.set("chat", FakeTelegram.privateChat(user));
        reaction.put("message_id", 1).put("date", 1);
        reaction.putArray("old_reaction");
        reaction.putArray("new_reaction").addObject().put("type", "emoji").put("emoji", "👍");
        telegram.push("message_reaction", reaction);
        telegram.push("a_future_update_type", JSON.createObjectNode().put("whatever", 1));
        telegram.push("my_chat_member", membership(user, "private", "member", "kicked"));
        telegram.push("my_chat_member", membership(user, "private", "kicked", "member"));

        telegram.userSends(user, "/start");
        Call prompt = telegram.awaitMessages(user, 1).get(0);
        assertThat(prompt.buttonData()).contains("lang:vi");
        await(300);
        assertThat(telegram.messagesTo(user)).hasSize(1);
        assertThat(telegram.messagesTo(-100_999)).isEmpty();
    }

    /** A forged button (data the bot never made) gets a polite note and the menu, and changes nothing. */
    @Test
    void forgedButtonIsRefusedPolitely() {
        long user = 4006;
        telegram.userSends(user, "/start");
        Call prompt = telegram.awaitMessages(user, 1).get(0);
        telegram.userPresses(user, FakeTelegram.messageId(prompt), "lang:vi");
        telegram.awaitMessages(user, 4);
        telegram.userPresses(user, 1, "lang:xx");
        telegram.userPresses(user, 1, "<script>alert(1)</script>");
        telegram.userPresses(user, 1, "m:" + "x".repeat(60));
        telegram.awaitMessages(user, 10);
        assertThat(telegram.messagesTo(user).subList(4, 10)).extracting(Call::text).containsExactly(
                "Nút này không còn dùng được nữa. Không sao, bạn chọn lại bên dưới nhé.", "Bạn muốn làm gì?",
                "Nút này không còn dùng được nữa. Không sao, bạn chọn lại bên dưới nhé.", "Bạn muốn làm gì?",
                "Nút này không còn dùng được nữa. Không sao, bạn chọn lại bên dưới nhé.", "Bạn muốn làm gì?");
    }

    /** A message of 4,096 characters of odd text (emoji, control characters, right-to-left) is handled. */
    @Test
    void hugeOddTextIsHandled() {
        long user = 4007;
        String odd = ("\u202Eabc 👨‍👩‍👧 \u0000\u0007 \uD83D\uDE00 ").repeat(300).substring(0, 4096);
        telegram.userSends(user, odd);
        assertThat(telegram.awaitMessages(user, 1).get(0).buttonData()).contains("lang:vi");
    }

    private static ObjectNode membership(long chatId, String type, String was, String now) {
        ObjectNode change = JSON.createObjectNode();
        ObjectNode chat = JSON.createObjectNode().put("id", chatId).put("type", type);
        change.set("chat", chat);
        change.set("from", FakeTelegram.user(Math.abs(chatId)));
        change.put("date", 1);
        ObjectNode bot = JSON.createObjectNode().put("id", FakeTelegram.BOT_ID).put("is_bot", true)
                .put("first_name", "Lighthouse");
        change.set("old_chat_member", JSON.createObjectNode().put("status", was).set("user", bot));
        change.set("new_chat_member", JSON.createObjectNode().put("status", now).set("user", bot));
        return change;
    }

    private static JsonNode mediaContent(String media) {
        ObjectNode file = JSON.createObjectNode().put("file_id", "f1").put("file_unique_id", "u1");
        return switch (media) {
            case "sticker" -> file.put("type", "regular").put("width", 512).put("height", 512).put("is_animated", false)
                    .put("is_video", false);
            case "voice" -> file.put("duration", 3);
            case "photo" -> JSON.createArrayNode().add(file.put("width", 90).put("height", 90));
            default -> file;
        };
    }

    private static void await(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
