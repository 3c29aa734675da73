package org.lighthouse.channel.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lighthouse.channel.Inbound;
import tools.jackson.databind.json.JsonMapper;

/** What a webhook delivery becomes: one event per thing a person did, under a key that a repeat shares. */
class WebhookEventsUnitTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private final WebhookEvents reader = new WebhookEvents((psid, number) -> Optional.ofNullable(Map.of("14",
            "tas:n:c1").get(number)), Duration.ofDays(7));

    @Test
    void textsCommandsQuickRepliesAndTypedNumbers() {
        List<WebhookEvents.Event> events = read("""
                {"object":"page","entry":[{"id":"1","time":1,"messaging":[
                 {"sender":{"id":"42"},"recipient":{"id":"1"},"timestamp":%d,"message":{"mid":"m_1","text":" hello "}},
                 {"sender":{"id":"42"},"recipient":{"id":"1"},"timestamp":%d,"message":{"mid":"m_2","text":"/help"}},
                 {"sender":{"id":"42"},"recipient":{"id":"1"},"timestamp":%d,
                  "message":{"mid":"m_3","text":"English","quick_reply":{"payload":"lang:en"}}},
                 {"sender":{"id":"42"},"recipient":{"id":"1"},"timestamp":%d,"message":{"mid":"m_4","text":"14"}},
                 {"sender":{"id":"42"},"recipient":{"id":"1"},"timestamp":%d,"message":{"mid":"m_5","text":"15"}}
                ]}]}""".formatted(ms(-5), ms(-4), ms(-3), ms(-2), ms(-1)));
        assertThat(events).extracting(e -> e.inbound().key()).containsExactly("fb:m_1", "fb:m_2", "fb:m_3", "fb:m_4",
                "fb:m_5");
        assertThat(events).extracting(e -> e.inbound().kind()).containsExactly(Inbound.Kind.TEXT,
                Inbound.Kind.COMMAND, Inbound.Kind.BUTTON, Inbound.Kind.BUTTON, Inbound.Kind.TEXT);
        assertThat(events.get(0).inbound().text()).isEqualTo("hello");
        assertThat(events.get(0).inbound().chat().key()).isEqualTo("fb:42");
        assertThat(events.get(0).at()).isEqualTo(NOW.minusSeconds(5));
        assertThat(events.get(2).inbound().data()).isEqualTo("lang:en");
        assertThat(events.get(3).inbound().data()).isEqualTo("tas:n:c1");
        assertThat(events.get(4).inbound().text()).isEqualTo("15");
    }

    @Test
    void getStartedIsFirstContactAndALinksRefFollows() {
        List<WebhookEvents.Event> events = read("""
                {"object":"page","entry":[{"messaging":[
                 {"sender":{"id":"42"},"timestamp":%d,"postback":{"title":"Get Started","payload":"GET_STARTED"}},
                 {"sender":{"id":"43"},"timestamp":%d,"postback":{"title":"Get Started","payload":"GET_STARTED",
                   "referral":{"ref":"join_ABCDEFGHJK","source":"SHORTLINK","type":"OPEN_THREAD"}}},
                 {"sender":{"id":"44"},"timestamp":%d,"postback":{"title":"Learn","payload":"m:learn"}},
                 {"sender":{"id":"45"},"timestamp":%d,"referral":{"ref":"join_ABCDEFGHJK","source":"SHORTLINK"}},
                 {"sender":{"id":"46"},"timestamp":%d,"postback":{"title":"Bắt đầu","payload":"START_HERE"}}
                ]}]}""".formatted(ms(-1), ms(-1), ms(-1), ms(-1), ms(-1)));
        assertThat(events).extracting(e -> e.inbound().text()).containsExactly("/start", "/start join_ABCDEFGHJK",
                null, "/start join_ABCDEFGHJK", "/start");
        assertThat(events.get(0).inbound().command()).isEqualTo("start");
        assertThat(events.get(2).inbound().data()).isEqualTo("m:learn");
        assertThat(events.get(0).inbound().key()).startsWith("fb:p42:" + ms(-1) + ":");
        // the same postback delivered again has the same key
        assertThat(read(events.get(0))).isEqualTo(events.get(0).inbound().key());
    }

    @Test
    void mediaEditsAndWhatIsLeftOut() {
        List<WebhookEvents.Event> events = read("""
                {"object":"page","entry":[{"messaging":[
                 {"sender":{"id":"42"},"timestamp":%d,"message":{"mid":"m_p","attachments":[{"type":"image",
                   "payload":{"url":"https://x/y.jpg"}}]}},
                 {"sender":{"id":"42"},"timestamp":%d,"message":{"mid":"m_v","attachments":[{"type":"audio",
                   "payload":{"url":"https://x/y.mp4"}}]}},
                 {"sender":{"id":"42"},"timestamp":%d,"message":{"mid":"m_s","attachments":[{"type":"image",
                   "payload":{"url":"https://x/s.png","sticker_id":369239263222822}}]}},
                 {"sender":{"id":"42"},"timestamp":%d,"message":{"mid":"m_l","text":"look https://x.org",
                   "attachments":[{"type":"fallback","payload":{"url":"https://x.org"}}]}},
                 {"sender":{"id":"42"},"timestamp":%d,"message_edit":{"mid":"m_l","text":"look again","num_edit":1}},
                 {"sender":{"id":"1"},"recipient":{"id":"42"},"timestamp":%d,"message":{"mid":"m_e","is_echo":true,
                   "text":"from the page"}},
                 {"sender":{"id":"42"},"timestamp":%d,"delivery":{"mids":["m_e"],"watermark":1}},
                 {"sender":{"id":"42"},"timestamp":%d,"read":{"watermark":1}},
                 {"sender":{"id":"42"},"timestamp":%d,"reaction":{"mid":"m_e","action":"react","emoji":"❤"}}
                ]}]}""".formatted(ms(-9), ms(-8), ms(-7), ms(-6), ms(-5), ms(-4), ms(-3), ms(-2), ms(-1)));
        assertThat(events).extracting(e -> e.inbound().kind()).containsExactly(Inbound.Kind.MEDIA, Inbound.Kind.MEDIA,
                Inbound.Kind.MEDIA, Inbound.Kind.TEXT, Inbound.Kind.EDITED_TEXT);
        assertThat(events).extracting(e -> e.inbound().attachment()).containsExactly(Inbound.Attachment.PHOTO,
                Inbound.Attachment.VOICE, Inbound.Attachment.STICKER, null, null);
        assertThat(events.get(0).inbound().messageRef()).isEqualTo("m_p");
        // where a photo can be fetched from, to read it; a sticker is no photo to read
        assertThat(events).extracting(e -> e.inbound().media()).containsExactly("https://x/y.jpg", null, null, null,
                null);
        assertThat(events.get(4).inbound().key()).isEqualTo("fb:em_l:1");
    }

    /** A timestamp that cannot be when the person wrote (a sample's, or a far future) is taken as now. */
    @Test
    void anUnbelievableTimestampIsNow() {
        List<WebhookEvents.Event> events = read("""
                {"object":"page","entry":[{"messaging":[
                 {"sender":{"id":"42"},"timestamp":1458692752478,"message":{"mid":"m_a","text":"hi"}},
                 {"sender":{"id":"42"},"timestamp":%d,"message":{"mid":"m_b","text":"hi"}},
                 {"sender":{"id":"42"},"timestamp":%d,"message":{"mid":"m_c","text":"hi"}},
                 {"sender":{"id":"42"},"message":{"mid":"m_d","text":"hi"}}
                ]}]}""".formatted(ms(3600), ms(-26 * 3600)));
        assertThat(events).extracting(WebhookEvents.Event::at).containsExactly(NOW, NOW, NOW.minusSeconds(26 * 3600),
                NOW);
    }

    @Test
    void anotherObjectThanAPageIsNothing() {
        assertThat(read("{\"object\":\"instagram\",\"entry\":[{\"messaging\":[{\"sender\":{\"id\":\"42\"},"
                + "\"message\":{\"mid\":\"m\",\"text\":\"hi\"}}]}]}")).isEmpty();
        assertThat(read("{}")).isEmpty();
        assertThat(read("[1,2]")).isEmpty();
    }

    private List<WebhookEvents.Event> read(String json) {
        return reader.read(JsonMapper.builder().build().readTree(json), NOW);
    }

    private String read(WebhookEvents.Event event) {
        String json = """
                {"object":"page","entry":[{"messaging":[
                 {"sender":{"id":"42"},"timestamp":%d,"postback":{"title":"Get Started","payload":"GET_STARTED"}}]}]}"""
                .formatted(ms(-1));
        return read(json).get(0).inbound().key();
    }

    private static long ms(long seconds) {
        return NOW.plusSeconds(seconds).toEpochMilli();
    }
}
