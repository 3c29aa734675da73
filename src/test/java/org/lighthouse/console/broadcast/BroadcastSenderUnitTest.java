package org.lighthouse.console.broadcast;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Outbox;
import org.lighthouse.channel.Reply;
import org.lighthouse.console.broadcast.Broadcast.Recipient;
import org.lighthouse.console.broadcast.Broadcast.Status;
import org.lighthouse.lease.Lease;
import org.lighthouse.shared.Language;

class BroadcastSenderUnitTest {

    /** A broadcast's messages go into the outbox in bulk, behind every alert and answer, each in its language. */
    @Test
    void aBroadcastGoesIntoTheOutboxInBulk() {
        Broadcasts broadcasts = mock(Broadcasts.class);
        Outbox outbox = mock(Outbox.class);
        Broadcast broadcast = new Broadcast("B-BULK", "admin", Instant.now(), Audience.activeWithin(7),
                Map.of(Language.VI, "Thứ Bảy này", Language.EN, "This Saturday"), Status.SENDING,
                new Plan(Map.of("Telegram", 2), Map.of("vi", 1, "en", 1), 2, 0, 0, 0, 0),
                List.of(new Recipient("tg:9500", Language.VI), new Recipient("tg:9501", Language.EN)), false,
                Instant.now(), null, 0, 0);
        when(broadcasts.toEnqueue()).thenReturn(List.of(broadcast));

        new BroadcastSender(broadcasts, outbox, mock(Lease.class)).work();

        verify(outbox).sendInBulk(ChatRef.telegram(9500), "bc:B-BULK:tg:9500", List.of(Reply.text("Thứ Bảy này")));
        verify(outbox).sendInBulk(ChatRef.telegram(9501), "bc:B-BULK:tg:9501", List.of(Reply.text("This Saturday")));
        verify(outbox, never()).send(any(), anyString(), anyList());
        verify(broadcasts).enqueued(broadcast);
    }

    /**
     * A broadcast confirmed on a standby's console is left to the active instance's next round (every 5 s), rather
     * than put into the outbox by an instance that sends nothing; the active one starts it at once.
     */
    @Test
    void onlyTheActiveInstanceStartsABroadcastAtOnce() {
        Broadcasts broadcasts = mock(Broadcasts.class);
        Lease lease = mock(Lease.class);
        BroadcastSender sender = new BroadcastSender(broadcasts, mock(Outbox.class), lease);
        sender.soon();
        when(lease.active()).thenReturn(true);
        sender.soon();
        verify(broadcasts, timeout(5000).times(1)).toEnqueue();
        sender.destroy();
    }
}
