package org.lighthouse.safety.escalation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.ChatProbe;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.ChatUnreachable;
import org.lighthouse.channel.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Where alerts about cases can go now: the responders' group while it takes the bot's messages, otherwise each
 * responder's private chat that has not refused them. The group is checked at start and again while it refuses; a
 * refusal found while sending (the bot was removed, a wrong chat id) moves alerts to the private chats at once, and
 * says so loudly. The bot never promises a person that someone is coming unless some route is open.
 */
@Component
class AlertRoutes {

    private static final Logger log = LoggerFactory.getLogger(AlertRoutes.class);

    private final Responders responders;
    private final List<ChatProbe> probes;
    private final Outbox outbox;
    private volatile @Nullable String groupRefusal;
    private final Map<ChatRef, String> refusedPrivately = new ConcurrentHashMap<>();

    AlertRoutes(Responders responders, List<ChatProbe> probes, Outbox outbox) {
        this.responders = responders;
        this.probes = probes;
        this.outbox = outbox;
    }

    /** The chats that receive alerts now; empty when no responder can be alerted. */
    List<ChatRef> chats() {
        if (!outbox.serves(ChatRef.Channel.TELEGRAM)) {
            return List.of();
        }
        Optional<ChatRef> group = responders.group();
        if (group.isPresent() && groupRefusal == null) {
            return List.of(group.get());
        }
        return responders.privateChats().stream().filter(chat -> !refusedPrivately.containsKey(chat)).toList();
    }

    /** Whether a case opened now reaches some responder: on Telegram, or in a console open at its queue. */
    boolean canAlert() {
        return !chats().isEmpty() || responders.watchingConsole();
    }

    /** What stands in the way of alerts, for health and the log; empty when nothing does. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!responders.configured()) {
            problems.put("responders", "none configured (LIGHTHOUSE_RESPONDERS, or console accounts): nobody can be"
                    + " alerted");
        } else if (!canAlert() && outbox.serves(ChatRef.Channel.TELEGRAM)) {
            problems.put("alerts", "no responder can be written to on Telegram, and none has the console open:"
                    + " nobody can be alerted");
        } else if (!canAlert()) {
            problems.put("telegram", "off (TELEGRAM_BOT_TOKEN), and no responder has the console open: nobody can be"
                    + " alerted");
        }
        if (groupRefusal != null) {
            problems.put("respondersGroup", "refuses the bot's messages (" + groupRefusal + "); alerts go to the"
                    + " responders' private chats");
        }
        if (!refusedPrivately.isEmpty()) {
            problems.put("unreachableResponders", refusedPrivately.size() + " of " + responders.ids().size()
                    + " have not opened a private chat with the bot, or blocked it");
        }
        return problems;
    }

    /** A chat that refused a message: alerts stop going there until it is heard from again. */
    void refused(ChatRef chat, String reason) {
        if (responders.group().filter(chat::equals).isPresent()) {
            if (groupRefusal == null) {
                log.error("Safety net: the responders' group {} refuses the bot's messages ({}): alerts go to each"
                        + " responder's private chat until it takes them again. Check TELEGRAM_RESPONDERS_CHAT_ID and"
                        + " that the bot is a member allowed to write", chat.id(), reason);
            }
            groupRefusal = reason;
        } else if (responders.privateChats().contains(chat) && refusedPrivately.put(chat, reason) == null) {
            log.error("Safety net: responder {} cannot be alerted ({}): they must open a private chat with the bot"
                    + " (or unblock it)", responders.alias(chat.id()), reason);
        }
    }

    /** A responder wrote to the bot: their private chat takes messages again. */
    void heard(String responder) {
        refusedPrivately.remove(ChatRef.telegram(Long.parseLong(responder)));
    }

    @EventListener
    void on(ChatUnreachable event) {
        refused(event.chat(), "unreachable");
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkAtStart() {
        if (!responders.configured()) {
            log.warn("Safety net: NO RESPONDERS are configured (LIGHTHOUSE_RESPONDERS, or console accounts): a person"
                    + " in danger gets 111 and 113, but nobody is alerted and nobody can answer them");
        }
        checkGroup();
    }

    /** While the group refuses, it is asked again now and then: an admin may have added the bot meanwhile. */
    @Scheduled(fixedDelayString = "${lighthouse.safety.group-check-every:PT10M}", initialDelayString = "PT10M")
    void checkGroup() {
        responders.group().ifPresent(group -> probes.stream().filter(probe -> probe.covers(group)).findFirst()
                .ifPresent(probe -> probe.refusal(group).ifPresentOrElse(reason -> refused(group, reason), () -> {
                    if (groupRefusal != null) {
                        log.info("Safety net: the responders' group takes the bot's messages again");
                    }
                    groupRefusal = null;
                })));
    }
}
