package org.lighthouse.console.broadcast;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Outbox;
import org.lighthouse.channel.Reply;
import org.lighthouse.console.broadcast.Broadcast.Recipient;
import org.lighthouse.lease.Lease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Puts confirmed broadcasts into the outbox, one message per chat under the key {@code bc:<broadcast>:<chat>}, and
 * marks them done once every message was taken or given up on. The outbox paces them within each channel's limits,
 * after every other chat's waiting messages, and keeps them across a crash; a crash while they were being put there is
 * taken up again at the next round, and a message put there before is refused by its key, so nobody gets it twice and
 * nobody is left out.
 */
@Component
class BroadcastSender implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BroadcastSender.class);

    private final Broadcasts broadcasts;
    private final Outbox outbox;
    /** A standby leaves a broadcast confirmed on its console to the active instance's next round. */
    private final Lease lease;
    private final ExecutorService now = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "broadcast");
        thread.setDaemon(true);
        return thread;
    });

    BroadcastSender(Broadcasts broadcasts, Outbox outbox, Lease lease) {
        this.broadcasts = broadcasts;
        this.outbox = outbox;
        this.lease = lease;
    }

    /** Starts sending a broadcast just confirmed, without making the admin's page wait for it. */
    void soon() {
        if (lease.active()) {
            now.execute(this::work);
        }
    }

    @Scheduled(fixedDelayString = "PT5S", initialDelayString = "PT5S")
    synchronized void work() {
        try {
            broadcasts.toEnqueue().forEach(this::enqueue);
            for (Broadcast broadcast : broadcasts.sending()) {
                Outbox.Progress progress = broadcasts.progress(broadcast);
                if (progress.waiting() == 0) {
                    broadcasts.finished(broadcast, progress);
                    log.info("Broadcast {} finished: {} sent, {} failed", broadcast.id(), progress.sent(),
                            progress.failed());
                }
            }
        } catch (RuntimeException e) {
            log.error("Broadcasts could not be sent on; trying again at the next round", e);
        }
    }

    private void enqueue(Broadcast broadcast) {
        for (Recipient recipient : broadcast.recipients()) {
            ChatRef chat = ChatRef.parse(recipient.chat());
            outbox.sendInBulk(chat, broadcast.keyPrefix() + chat.key(),
                    List.of(Reply.text(broadcast.textFor(recipient.language()))));
        }
        broadcasts.enqueued(broadcast);
        log.info("Broadcast {}: {} messages in the outbox", broadcast.id(), broadcast.recipients().size());
    }

    @Override
    public void destroy() {
        now.shutdownNow();
    }
}
