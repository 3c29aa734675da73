package org.lighthouse.channel.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Reply;
import org.lighthouse.channel.choices.NumberedChoices;
import org.lighthouse.channel.outbox.Delivery;
import org.lighthouse.channel.outbox.OutboxMessage;
import org.lighthouse.shared.ConfigurationProblem;
import org.lighthouse.testing.FakeZalo;

/** How Zalo's answers are taken, against the stand-in: sent, waited for, unreachable, refused, tried again. */
class ZaloTransportUnitTest {

    private final FakeZalo zalo = new FakeZalo();
    private final ZaloSettings settings = new ZaloSettings(FakeZalo.TOKEN, zalo.url(), null, null, null, null, null,
            null, null, null, null);
    private final ZaloApi api = new ZaloApi(new OkHttpClient(), settings);
    private final NumberedChoices choices = mock(NumberedChoices.class);
    private final ZaloTransport transport = new ZaloTransport(api, settings, choices, mock(ZaloPictures.class));
    private final String known = FakeZalo.user(1);

    ZaloTransportUnitTest() {
        when(choices.write(any(), anyString(), any())).thenAnswer(call -> ((Reply) call.getArgument(2)).text());
        zalo.userSends(known, "hi");
    }

    @AfterEach
    void close() throws Exception {
        zalo.close();
    }

    @Test
    void answersBecomeDeliveries() {
        assertThat(deliver(known, Reply.text("Chào bạn"))).isInstanceOf(Delivery.Sent.class)
                .satisfies(d -> assertThat(((Delivery.Sent) d).channelMessageId()).hasSize(20));
        assertThat(deliver(FakeZalo.user(2), Reply.text("Ai đó"))).isInstanceOf(Delivery.Unreachable.class);
        assertThat(deliver(known, Reply.text("x".repeat(2001)))).isInstanceOf(Delivery.Rejected.class);
        assertThat(deliver(known, Reply.copyOf(ChatRef.telegram(1), "5"))).isInstanceOf(Delivery.Rejected.class);
        assertThat(deliver(known, new Reply("", java.util.List.of(), null, Reply.Document.file("a.csv", "text/csv",
                new byte[] {1}), null))).isEqualTo(new Delivery.Sent(""));
        zalo.blockedBy(known);
        assertThat(deliver(known, Reply.text("Chào bạn"))).isInstanceOf(Delivery.Unreachable.class);
        assertThat(zalo.refused()).hasSize(2);
    }

    /** "Too many requests" pauses every chat, without asking Zalo again meanwhile. */
    @Test
    void tooManyPausesAllSending() {
        zalo.tooManyRequests(1);
        assertThat(deliver(known, Reply.text("một"))).isInstanceOf(Delivery.RetryAfter.class);
        int asked = zalo.attempts("sendmessage").size();
        assertThat(deliver(FakeZalo.user(3), Reply.text("hai"))).isInstanceOf(Delivery.RetryAfter.class);
        assertThat(zalo.attempts("sendmessage")).hasSize(asked);
    }

    /** Server failures and a refused token are tried again; 408 and unreadable answers too. */
    @Test
    void failuresThatMayPass() {
        assertThat(api.read(500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal\"}"))
                .isEqualTo(new ZaloAnswer.Refused(500, "Internal", null));
        assertThat(api.read(502, "<html>")).isInstanceOf(ZaloAnswer.Failed.class);
        assertThat(api.read(404, "Not Found")).isEqualTo(new ZaloAnswer.Refused(404, "HTTP 404", null));
        assertThat(((ZaloAnswer.Refused) api.read(404, "Not Found")).tokenRefused()).isTrue();
        assertThat(((ZaloAnswer.Refused) api.read(400, "{\"ok\":false,\"error_code\":400,\"description\":"
                + "\"Bad Request: chat not found\"}")).recipientGone()).isTrue();
        assertThat(((ZaloAnswer.Refused) api.read(200, "{\"ok\":false,\"error_code\":-32,\"description\":"
                + "\"Quota exceeded\"}")).tooMany()).isTrue();
    }

    /** A token Zalo refuses stops the start, naming the setting. */
    @Test
    void refusedTokenStopsTheStart() {
        ZaloSettings wrong = new ZaloSettings("1:wrong-token", zalo.url(), null, null, null, null, null, null, null,
                null, null);
        ZaloPoller poller = new ZaloPoller(wrong, new ZaloApi(new OkHttpClient(), wrong), null, null,
                new ZaloIntake(java.time.Clock.systemUTC()), null);
        assertThatThrownBy(poller::start).isInstanceOf(ConfigurationProblem.class)
                .hasMessageStartingWith("Zalo refused ZALO_BOT_TOKEN (401");
    }

    private Delivery deliver(String chat, Reply reply) {
        return transport.deliver(new OutboxMessage("k#0", ChatRef.zalo(chat), 1, reply, OutboxMessage.Status.PENDING,
                0, Instant.now(), null, null, null, false, 1, null, false)).join();
    }
}
