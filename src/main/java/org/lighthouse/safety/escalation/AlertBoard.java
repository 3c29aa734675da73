package org.lighthouse.safety.escalation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.DeliveryFailed;
import org.lighthouse.channel.Outbox;
import org.lighthouse.safety.SafetyCase;
import org.lighthouse.safety.SafetyCase.Status;
import org.lighthouse.safety.SafetySettings;
import org.lighthouse.safety.TriageResult.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Puts cases in front of responders, quickly whatever the load. A case that needs announcing (new, or unclaimed for
 * too long) is queued for every alert chat; a chat gets one urgent message with everything queued for it as soon as
 * its last alert was taken, so alerts never wait behind each other or behind the chat's other messages: a hundred
 * cases at once make a few messages, not a hundred. New cases go before reminders, urgent before concern. A message
 * the chat refuses puts its cases back in the queue of the chats that remain.
 */
@Component
class AlertBoard {

    private static final Logger log = LoggerFactory.getLogger(AlertBoard.class);
    private static final String KEY = "alert:";
    /** Telegram allows 100 buttons under a message; one message should carry every case waiting, however many. */
    static final int MOST_PER_MESSAGE = 90;
    /**
     * New before reminders, urgent before concern; then a person's account on a messaging app before an anonymous web
     * chat, which costs nothing to open and so can come in floods; then the oldest first.
     */
    private static final Comparator<Alerts.Item> ORDER = Comparator.comparing(Alerts.Item::reminder)
            .thenComparing(item -> item.safetyCase().level() != Level.URGENT)
            .thenComparing(item -> item.safetyCase().chat().startsWith(ChatRef.Channel.WEB.prefix() + ":"))
            .thenComparing(item -> item.safetyCase().openedAt());

    private final CaseStore cases;
    private final AlertRoutes routes;
    private final Alerts alerts;
    private final PersonMessages persons;
    private final Outbox outbox;
    private final MongoTemplate mongo;
    private final SafetySettings settings;
    private final Clock clock;

    AlertBoard(CaseStore cases, AlertRoutes routes, Alerts alerts, PersonMessages persons, Outbox outbox,
            MongoTemplate mongo, SafetySettings settings, Clock clock) {
        this.cases = cases;
        this.routes = routes;
        this.alerts = alerts;
        this.persons = persons;
        this.outbox = outbox;
        this.mongo = mongo;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Queues the cases that need announcing now (never announced, or unclaimed past their level's time) and sends what
     * can go; returns those queued. When no chat can take alerts, each waiting person is told once to call 111 or 113
     * instead of waiting, and gets the bot's menus back.
     */
    synchronized List<SafetyCase> announceDue() {
        Instant now = clock.instant();
        List<SafetyCase> due = cases.awaitingAlert(now.minus(settings.urgentRealert()),
                now.minus(settings.concernRealert()));
        List<ChatRef> chats = routes.chats();
        for (SafetyCase safetyCase : due) {
            if (!routes.canAlert()) {
                nobodyToAlert(safetyCase);
            } else {
                chats.forEach(chat -> queue(chat, safetyCase, now));
            }
            cases.alerted(safetyCase.id(), now);
        }
        send();
        return due;
    }

    /** Sends each alert chat whose last alert was taken one message with what is queued for it. */
    @Scheduled(fixedDelayString = "${lighthouse.safety.alert-every:PT1S}", initialDelayString = "PT1S")
    synchronized void send() {
        Map<String, List<QueuedAlert>> waiting = mongo.find(Query.query(Criteria.where("sentAs").is(null))
                .with(Sort.by("queuedAt")), QueuedAlert.class).stream()
                .collect(Collectors.groupingBy(QueuedAlert::chat));
        waiting.forEach((chat, queued) -> {
            ChatRef to = ChatRef.parse(chat);
            if (outbox.urgentWaiting(to) == 0) {
                sendTo(to, queued);
            }
        });
    }

    /** Forgets what was announced a day ago: only the cases themselves keep their history. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void forgetSent() {
        mongo.remove(Query.query(Criteria.where("sentAt").lt(clock.instant().minus(Duration.ofDays(1)))),
                QueuedAlert.class);
    }

    /**
     * An alert a chat cannot receive: the chat is no route any more, and its cases go to the chats that remain. (An
     * alert refused for its own sake is not sent again as it is; its cases come back with their next reminder.)
     */
    @EventListener
    void on(DeliveryFailed failure) {
        if (!failure.messageId().startsWith(KEY)) {
            return;
        }
        String key = failure.messageId().substring(0, failure.messageId().lastIndexOf('#'));
        log.error("Alert {} to {} was refused: {}", key, failure.chat(), failure.reason());
        if (!failure.unreachable()) {
            return;
        }
        routes.refused(failure.chat(), failure.reason());
        List<QueuedAlert> refused = mongo.find(Query.query(Criteria.where("sentAs").is(key)), QueuedAlert.class);
        mongo.remove(Query.query(Criteria.where("sentAs").is(key)), QueuedAlert.class);
        List<ChatRef> chats = routes.chats();
        Instant now = clock.instant();
        refused.stream().map(QueuedAlert::caseId).map(cases::find).flatMap(Optional::stream)
                .filter(c -> c.status() == Status.NEW).forEach(c -> {
                    if (!routes.canAlert()) {
                        nobodyToAlert(c);
                    } else {
                        chats.forEach(chat -> queue(chat, c, now));
                    }
                });
        send();
    }

    private void sendTo(ChatRef chat, List<QueuedAlert> queued) {
        Map<String, SafetyCase> open = queued.stream().map(QueuedAlert::caseId).distinct().map(cases::find)
                .flatMap(Optional::stream).filter(c -> c.status() == Status.NEW)
                .collect(Collectors.toMap(SafetyCase::id, Function.identity()));
        List<QueuedAlert> settled = queued.stream().filter(q -> !open.containsKey(q.caseId())).toList();
        mark(settled, "settled");
        // a case queued again before its first alert went (a reminder fell due) is announced once, as new
        Map<String, Boolean> reminder = queued.stream().filter(q -> open.containsKey(q.caseId()))
                .collect(Collectors.toMap(QueuedAlert::caseId, QueuedAlert::reminder, Boolean::logicalAnd));
        List<Alerts.Item> items = reminder.entrySet().stream()
                .map(e -> new Alerts.Item(open.get(e.getKey()), e.getValue())).sorted(ORDER)
                .limit(MOST_PER_MESSAGE).toList();
        if (items.isEmpty()) {
            return;
        }
        String key = KEY + UUID.randomUUID();
        outbox.sendUrgent(chat, key, List.of(alerts.announce(items)));
        List<String> sent = items.stream().map(item -> item.safetyCase().id()).toList();
        mark(queued.stream().filter(q -> sent.contains(q.caseId())).toList(), key);
        log.info("Alerted {} about {} case(s): {}", chat, items.size(), sent);
    }

    private void queue(ChatRef chat, SafetyCase safetyCase, Instant now) {
        try {
            mongo.insert(QueuedAlert.of(chat.key(), safetyCase, now));
        } catch (DuplicateKeyException e) {
            log.debug("Case {} is already queued for {}", safetyCase.id(), chat);
        }
    }

    private void mark(List<QueuedAlert> queued, String sentAs) {
        if (!queued.isEmpty()) {
            mongo.updateMulti(Query.query(Criteria.where("_id").in(queued.stream().map(QueuedAlert::id).toList())),
                    Update.update("sentAs", sentAs).set("sentAt", clock.instant()), QueuedAlert.class);
        }
    }

    private void nobodyToAlert(SafetyCase safetyCase) {
        log.error("Case {} ({}) cannot be announced: no responder can be alerted ({})", safetyCase.id(),
                safetyCase.level(), routes.problems());
        if (!safetyCase.userLeft()) {
            cases.userLeft(safetyCase.id(), true);
            persons.tell(safetyCase, "nobody" + safetyCase.alerts(), "safety.nobodyReached", Map.of());
        }
    }
}
