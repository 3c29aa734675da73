package org.lighthouse.safety.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.Button;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Outbox;
import org.lighthouse.channel.Reply;
import org.lighthouse.safety.CaseActivity;
import org.lighthouse.safety.CaseDescription;
import org.lighthouse.safety.CaseSearch;
import org.lighthouse.safety.CaseWork;
import org.lighthouse.safety.SafetyCase;
import org.lighthouse.safety.SafetyCase.Entry;
import org.lighthouse.safety.SafetyCase.Outcome;
import org.lighthouse.safety.SafetyCase.Referral;
import org.lighthouse.safety.SafetyCase.Status;
import org.lighthouse.safety.SafetySettings;
import org.lighthouse.safety.TriageResult.Level;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.Redaction;
import org.lighthouse.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What a responder does with a case, the same whether from Telegram or the console: each action's effect on the case,
 * what the person, the other responders and the responders' group are told, and a {@link CaseActivity} for the
 * record. The Telegram side answers the responder in their chat; the console shows the case as it now is.
 */
@Component
class CaseActions implements CaseWork {

    static final String TELEGRAM = "telegram";
    static final String CONSOLE = "console";

    private final CaseStore cases;
    private final CaseDesk desk;
    private final Responders responders;
    private final AlertRoutes routes;
    private final PersonMessages persons;
    private final Alerts alerts;
    private final Outbox outbox;
    private final Texts texts;
    private final SafetySettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseActions(CaseStore cases, CaseDesk desk, Responders responders, AlertRoutes routes, PersonMessages persons,
            Alerts alerts, Outbox outbox, Texts texts, SafetySettings settings, ApplicationEventPublisher events,
            Clock clock) {
        this.cases = cases;
        this.desk = desk;
        this.responders = responders;
        this.routes = routes;
        this.persons = persons;
        this.alerts = alerts;
        this.outbox = outbox;
        this.texts = texts;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<SafetyCase> open() {
        return cases.allOpen();
    }

    @Override
    public Optional<SafetyCase> find(String id) {
        return cases.find(id);
    }

    @Override
    public List<SafetyCase> closed(CaseSearch search) {
        return cases.closed(search);
    }

    @Override
    public List<SafetyCase> openedSince(Instant since) {
        return cases.openedSince(since);
    }

    @Override
    public Optional<Instant> nextAlert(SafetyCase safetyCase) {
        if (safetyCase.status() != Status.NEW || safetyCase.alertedAt() == null) {
            return Optional.empty();
        }
        return Optional.of(safetyCase.alertedAt().plus(safetyCase.level() == Level.URGENT ? settings.urgentRealert()
                : settings.concernRealert()));
    }

    @Override
    public CaseDescription describe(SafetyCase safetyCase, Language language) {
        return alerts.describe(safetyCase, language);
    }

    @Override
    public String alias(String responder) {
        return responders.alias(responder);
    }

    @Override
    public Map<String, String> responders() {
        Map<String, String> all = new LinkedHashMap<>();
        responders.ids().forEach(key -> all.put(key, responders.alias(key)));
        return all;
    }

    @Override
    public Optional<SafetyCase> claim(String id, String responder) {
        Optional<SafetyCase> claimed = claim(id, responder, CONSOLE);
        claimed.ifPresent(c -> responders.group().filter(group -> routes.chats().contains(group))
                .ifPresent(group -> outbox.send(group, "case:" + id + ":claimNotice", List.of(Reply.text(
                        claimedNotice(c, responder))))));
        return claimed;
    }

    @Override
    public Optional<SafetyCase> write(String id, String responder, String text) {
        return mine(id, responder).filter(c -> write(c, responder, text, "w" + UUID.randomUUID(), CONSOLE))
                .flatMap(c -> cases.find(id));
    }

    @Override
    public Optional<SafetyCase> note(String id, String responder, String text) {
        return cases.find(id).filter(SafetyCase::open).flatMap(c -> note(c, responder, text, CONSOLE));
    }

    @Override
    public Optional<SafetyCase> offer(String id, String holder, String to) {
        return offer(id, holder, to, "o" + UUID.randomUUID(), CONSOLE);
    }

    @Override
    public Optional<SafetyCase> accept(String id, String responder) {
        return accept(id, responder, "a" + UUID.randomUUID(), CONSOLE);
    }

    @Override
    public Optional<SafetyCase> decline(String id, String responder) {
        return decline(id, responder, "d" + UUID.randomUUID(), CONSOLE);
    }

    @Override
    public Optional<SafetyCase> close(String id, String holder, Outcome outcome, Referral referral) {
        return close(id, holder, outcome, referral, CONSOLE);
    }

    @Override
    public void viewed(String id, String responder) {
        activity(responder, id, "view", null, CONSOLE);
    }

    /** The first claim wins; the claimer is briefed on Telegram if they are there, and the person hears who came. */
    Optional<SafetyCase> claim(String id, String responder, String via) {
        Optional<SafetyCase> claimed = cases.claim(id, responder, clock.instant());
        claimed.ifPresent(safetyCase -> {
            activity(responder, id, "claim", null, via);
            startWith(safetyCase, responder, "claim");
            persons.tell(safetyCase, "claimed", Reply.withButtons(persons.text(safetyCase, "safety.personHere",
                    Map.of("alias", responders.alias(responder))), Replies.leaveButton(persons.text(safetyCase,
                            "safety.leaveButton", Map.of()))));
        });
        return claimed;
    }

    String claimedNotice(SafetyCase safetyCase, String responder) {
        return text("responder.claimed", Map.of("id", safetyCase.id(), "alias", responders.alias(responder), "level",
                alerts.level(safetyCase)));
    }

    boolean write(SafetyCase safetyCase, String responder, String text, String key, String via) {
        boolean sent = desk.fromResponder(safetyCase, responder, text, key);
        if (sent) {
            activity(responder, safetyCase.id(), "write", null, via);
        }
        return sent;
    }

    Optional<SafetyCase> note(SafetyCase safetyCase, String responder, String note, String via) {
        Optional<SafetyCase> noted = cases.note(safetyCase.id(), Entry.said(responders.alias(responder),
                Redaction.redact(note), clock.instant()));
        noted.ifPresent(c -> activity(responder, c.id(), "note", null, via));
        return noted;
    }

    /** Offers the case to another responder, who must accept; until then it stays with the holder. */
    Optional<SafetyCase> offer(String id, String holder, String to, String key, String via) {
        if (to.equals(holder) || !responders.isResponder(to)) {
            return Optional.empty();
        }
        Optional<SafetyCase> offered = cases.offer(id, holder, to);
        offered.ifPresent(safetyCase -> {
            activity(holder, id, "offer", responders.alias(to), via);
            responders.telegramChat(to).ifPresent(chat -> outbox.send(chat, "case:" + id + ":offer" + key,
                    List.of(Reply.withButtons(text("responder.offered", Map.of("id", id, "alias",
                            responders.alias(holder), "level", alerts.level(safetyCase))), List.of(List.of(
                                    Button.of(text("responder.acceptButton", Map.of()), "s:acc:" + id),
                                    Button.of(text("responder.declineButton", Map.of()), "s:dec:" + id)))))));
        });
        return offered;
    }

    /** The responder a case was offered to takes it: they get the briefing, the holder and the person are told. */
    Optional<SafetyCase> accept(String id, String responder, String key, String via) {
        Optional<String> holder = cases.find(id).map(SafetyCase::assignee);
        Optional<SafetyCase> moved = holder.flatMap(h -> cases.acceptOffer(id, responder, clock.instant()));
        moved.ifPresent(safetyCase -> {
            String alias = responders.alias(responder);
            activity(responder, id, "accept", null, via);
            desk.tellResponder(holder.get(), safetyCase, "handedOver" + key, "responder.handedOver",
                    Map.of("id", id, "alias", alias));
            startWith(safetyCase, responder, "handover" + key);
            persons.tell(safetyCase, "handover" + key, "safety.handedOver", Map.of("alias", alias));
        });
        return moved;
    }

    Optional<SafetyCase> decline(String id, String responder, String key, String via) {
        Optional<SafetyCase> kept = cases.declineOffer(id, responder);
        kept.ifPresent(safetyCase -> {
            activity(responder, id, "decline", null, via);
            desk.toResponder(safetyCase, "declined" + key, "responder.offerDeclined",
                    Map.of("id", id, "alias", responders.alias(responder)));
        });
        return kept;
    }

    Optional<SafetyCase> close(String id, String holder, Outcome outcome, Referral referral, String via) {
        Optional<SafetyCase> closed = cases.close(id, holder, outcome, referral, clock.instant());
        closed.ifPresent(safetyCase -> {
            activity(holder, id, "close", outcome + " " + referral, via);
            String closedText = persons.text(safetyCase, "safety.closed", Map.of("alias", responders.alias(holder)));
            if (!safetyCase.personGone() && ChatRef.parse(safetyCase.chat()).channel().saysItIsABot()) {
                // the person is handed back to the bot, and a channel that asks for it hears so
                closedText += "\n\n" + persons.text(safetyCase, "bot.handBack", Map.of());
            }
            persons.tell(safetyCase, "closed", Reply.withButtons(closedText, List.of(List.of(Button.of(
                            persons.text(safetyCase, "safety.backToMenu", Map.of()), "m:home")))));
        });
        return closed;
    }

    /** A responder on Telegram read the case there. */
    void viewedOnTelegram(String id, String responder) {
        activity(responder, id, "view", null, TELEGRAM);
    }

    /** A responder who just took a case: the briefing on Telegram, then what the person sent meanwhile, not text. */
    private void startWith(SafetyCase safetyCase, String responder, String key) {
        desk.tellResponder(responder, safetyCase, "brief:" + key, "responder.briefing", Map.of("id", safetyCase.id(),
                "level", alerts.level(safetyCase), "channel", alerts.channel(safetyCase),
                "language", safetyCase.language().nativeName(), "alias", responders.alias(responder),
                "context", alerts.context(safetyCase), "reasons", alerts.signals(safetyCase),
                "transcript", CaseDesk.transcript(safetyCase)));
        desk.relayEarlierMedia(safetyCase, responder);
    }

    private Optional<SafetyCase> mine(String id, String responder) {
        return cases.find(id).filter(c -> c.open() && responder.equals(c.assignee()));
    }

    private void activity(String responder, String id, String action, @Nullable String detail, String via) {
        events.publishEvent(new CaseActivity(responder, id, action, detail, via));
    }

    private String text(String key, Map<String, ?> values) {
        return texts.get(Language.PRIMARY, key, values);
    }
}
