package org.lighthouse.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.shared.FilesSettings;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.LocaleBundles;
import org.lighthouse.shared.Texts;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeTelegram.Call;
import org.lighthouse.testing.SafetyNet;
import org.lighthouse.testing.ScriptedChats;
import org.lighthouse.testing.ScriptedChats.Action;
import org.lighthouse.testing.TwoInstances;

/**
 * Issue #19's acceptance test: two instances against one database process, behind a load balancer in Telegram's
 * webhook mode; 1,000 messages from 100 chats, 50 of them urgent; the active instance killed ({@code kill -9}) once
 * half of them reached the bot. The standby takes over, every urgent message reaches the responders once, every other
 * message is answered once and in order, and Telegram never sees more than the allowed rates. Every property is
 * checked and reported, so that a failure lists all that broke, not the first.
 */
class TwoInstancesIntegrationTest {

    private static final int CHATS = 100;
    private static final int PER_CHAT = 10;
    private static final long FIRST_CHAT = 8_190_001L;
    private static final double PER_SECOND = 30;
    private static final Duration CHAT_INTERVAL = Duration.ofSeconds(1);
    /** Shorter than Telegram's 3 s for a group, so that 50 alerts fit the test's time. */
    private static final Duration GROUP_INTERVAL = Duration.ofMillis(500);
    private static final Duration TAKEOVER_AFTER = Duration.ofSeconds(5);
    /** A send on its way at the kill, which the new active instance makes again: Telegram has no idempotency key. */
    private static final int REPEATS_ALLOWED = 5;
    /** Two sends to one chat stamped by the stand-in a little closer than the bot spaced them. */
    private static final Duration STAMP_JITTER = Duration.ofMillis(20);
    private static final List<String> SENDS = List.of("sendmessage", "editmessagetext", "copymessage", "sendphoto",
            "senddocument", "sendvoice", "sendaudio");
    /** The labels of the answer to danger: its hotlines, then that a person was alerted. */
    private static final Set<String> DANGER = Set.of("urgent", "personComing");
    private static final Path LOGS = Path.of("target", "two-instances");
    private static final Texts TEXTS = new LocaleBundles(new FilesSettings(Path.of(".")));

    @TempDir
    Path data;

    private final Map<String, String> findings = new LinkedHashMap<>();
    private final List<String> failed = new ArrayList<>();

    @Test
    void killingTheActiveInstanceHalfWayLosesNothingAndRepeatsNothing() throws Exception {
        Map<Long, List<Action>> scripts = scripts();
        long started = System.nanoTime();
        try (FakeTelegram telegram = new FakeTelegram();
                TwoInstances pair = TwoInstances.start(telegram, data,
                        Map.of("LIGHTHOUSE_TAKEOVER_AFTER", TAKEOVER_AFTER.toSeconds() + "s"),
                        "--lighthouse.outbox.per-second=" + PER_SECOND,
                        "--lighthouse.outbox.chat-interval=" + CHAT_INTERVAL.toMillis() + "ms",
                        "--lighthouse.outbox.group-interval=" + GROUP_INTERVAL.toMillis() + "ms")) {
            note("started", seconds(started) + " s");
            Instant killedAt = writeAndKillHalfWay(pair, telegram, scripts, started);
            awaitAnswers(telegram, scripts);
            note("no more sends", seconds(started) + " s");
            noteProcesses(pair);
            checkWhatTelegramSaw(telegram, scripts, killedAt);
        }
        String report = findings.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n  ", "Two instances, one killed:\n  ", ""));
        System.out.println(report);
        assertThat(failed).as(report).isEmpty();
    }

    /**
     * The people write; once half of what they did reached the bot (the stand-in delivers one update at a time, so it
     * lags behind them), the active instance is killed and the other must take over. Returns when it was killed.
     */
    private Instant writeAndKillHalfWay(TwoInstances pair, FakeTelegram telegram, Map<Long, List<Action>> scripts,
            long started) throws InterruptedException {
        int active = oneActive(pair);
        try (ScriptedChats people = ScriptedChats.start(telegram, scripts, Duration.ofSeconds(15),
                Duration.ofSeconds(3))) {
            await().atMost(Duration.ofMinutes(2)).until(() -> delivered(telegram) >= people.total() / 2);
            pair.kill(active);
            Instant killedAt = Instant.now();
            note("killed " + TwoInstances.NAMES.get(active), seconds(started) + " s, once " + delivered(telegram)
                    + " of " + people.total() + " actions reached the bot (" + people.done() + " taken) and after "
                    + sends(telegram).size() + " sends");
            takenOver(pair, 1 - active);
            await().atMost(Duration.ofMinutes(1)).until(() -> people.done() == people.total());
            note("every action taken", seconds(started) + " s");
            return killedAt;
        }
    }

    /** Updates the stand-in delivered and the bot took (answered 2xx). */
    private static long delivered(FakeTelegram telegram) {
        return telegram.webhook().deliveries().stream().filter(d -> d.status() / 100 == 2).count();
    }

    private void noteProcesses(TwoInstances pair) {
        pair.saveOutput(LOGS);
        note("logs", LOGS + "/{a,b,database}.log");
        note("errors logged", TwoInstances.NAMES.get(0) + ": " + errors(pair.output(0)) + "; "
                + TwoInstances.NAMES.get(1) + ": " + errors(pair.output(1)));
        note("proxy", "deliveries answered by a: " + pair.proxy().answeredBy(0) + ", by b: "
                + pair.proxy().answeredBy(1) + ", passed on after an instance failed: " + pair.proxy().skipped()
                + ", 502: " + pair.proxy().badGateway() + ", failures: " + pair.proxy().failures());
    }

    private void checkWhatTelegramSaw(FakeTelegram telegram, Map<Long, List<Action>> scripts, Instant killedAt) {
        check("every update confirmed to the stand-in", telegram.unconfirmed() == 0,
                telegram.unconfirmed() + " unconfirmed");
        int repeats = answeredOnceInOrder(telegram, scripts, killedAt)
                + urgentChatsToldOnce(telegram, scripts, killedAt) + alertedOnce(telegram, killedAt);
        check("at most " + REPEATS_ALLOWED + " sends repeated after the kill", repeats <= REPEATS_ALLOWED,
                repeats + " repeated");
        withinRates(telegram);
        check("no request refused by the stand-in", telegram.refused().isEmpty(),
                telegram.refused().size() + " refused");
    }

    private static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000;
    }

    /** How many lines an instance logged at ERROR, and the first few distinct ones (without their time). */
    private static String errors(List<String> output) {
        List<String> errors = output.stream().filter(line -> line.matches("\\S+ ERROR .*"))
                .map(line -> line.substring(line.indexOf(" ERROR ") + 7)).toList();
        return errors.size() + sample(errors.stream().distinct().map(line -> line.length() > 160
                ? line.substring(0, 160) : line).toList());
    }

    /**
     * 100 people: /start, the language, then the menu and the language question in turn; half of them end with a
     * message of danger. Each answer is known, so that what each chat got tells what was answered, and in which order.
     */
    private static Map<Long, List<Action>> scripts() {
        Map<Long, List<Action>> scripts = new TreeMap<>();
        for (int i = 0; i < CHATS; i++) {
            List<Action> script = new ArrayList<>(List.of(Action.writes("/start"), Action.presses("lang:vi")));
            while (script.size() < PER_CHAT) {
                script.add(Action.writes(script.size() % 2 == 0 ? "/menu" : "/language"));
            }
            if (urgent(FIRST_CHAT + i)) {
                script.set(PER_CHAT - 1, Action.writes("SOS"));
            }
            scripts.put(FIRST_CHAT + i, script);
        }
        return scripts;
    }

    private static boolean urgent(long chat) {
        return (chat - FIRST_CHAT) % 2 == 0;
    }

    /** What each action is answered with, as the labels of {@link #label}; the answer to danger is counted apart. */
    private static List<String> expected(List<Action> script) {
        List<String> labels = new ArrayList<>(List.of("prompt", "set", "menu", "checkin"));
        script.stream().skip(2).map(Action::text).filter(t -> !t.equals("SOS"))
                .forEach(text -> labels.add(text.equals("/menu") ? "menu" : "language"));
        return labels;
    }

    private static String label(Call call) {
        Map<String, String> known = new LinkedHashMap<>();
        known.put("prompt", "language.firstPrompt");
        known.put("set", "language.set");
        known.put("menu", "menu.title");
        known.put("checkin", "checkin.offer");
        known.put("language", "language.prompt");
        known.put("urgent", "safety.urgent");
        known.put("personComing", "safety.personComing");
        return known.entrySet().stream().filter(e -> call.text().startsWith(startOf(e.getValue())))
                .map(Map.Entry::getKey).findFirst().orElse("other: " + call.text().lines().findFirst().orElse(""));
    }

    /** A text up to its first placeholder. */
    private static String startOf(String key) {
        String text = TEXTS.get(Language.VI, key);
        return text.contains("{") ? text.substring(0, text.indexOf('{')) : text;
    }

    private int oneActive(TwoInstances pair) {
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> roles(pair).stream().sorted().toList()
                    .equals(List.of("active", "standby")));
        } catch (ConditionTimeoutException e) {
            check("one instance active, the other standby", false, "roles " + roles(pair) + "; killing a");
            return 0;
        }
        List<String> roles = roles(pair);
        check("one instance active, the other standby", true, "roles " + roles);
        return roles.indexOf("active");
    }

    private static List<String> roles(TwoInstances pair) {
        return List.of(pair.role(0), pair.role(1));
    }

    private void takenOver(TwoInstances pair, int standby) {
        long started = System.nanoTime();
        Duration limit = TAKEOVER_AFTER.plusSeconds(10);
        try {
            await().atMost(limit).until(() -> pair.role(standby).equals("active"));
            check("the standby took over within " + limit.toSeconds() + " s", true,
                    (System.nanoTime() - started) / 1_000_000 + " ms after the kill");
        } catch (ConditionTimeoutException e) {
            check("the standby took over within " + limit.toSeconds() + " s", false, "its role: "
                    + pair.role(standby));
        }
    }

    /** Until every chat got as many answers as it should (or long enough that some are lost), then no more sends. */
    private static void awaitAnswers(FakeTelegram telegram, Map<Long, List<Action>> scripts) {
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> scripts.entrySet().stream().allMatch(chat ->
                    telegram.messagesTo(chat.getKey()).size() >= expected(chat.getValue()).size()
                            + (urgent(chat.getKey()) ? 2 : 0)));
        } catch (ConditionTimeoutException e) {
            // the chats short of answers are reported with the rest
        }
        AtomicInteger seen = new AtomicInteger(-1);
        await().pollDelay(Duration.ofSeconds(3)).pollInterval(Duration.ofSeconds(3)).atMost(Duration.ofMinutes(1))
                .until(() -> {
                    int now = sends(telegram).size();
                    return seen.getAndSet(now) == now;
                });
    }

    /**
     * Each chat's answers, save the answer to danger, are those expected, once each, in order; one sent again right
     * after the kill (the first copy before it, the second after) is counted, not failed. Returns that count.
     */
    private int answeredOnceInOrder(FakeTelegram telegram, Map<Long, List<Action>> scripts, Instant killedAt) {
        List<String> wrong = new ArrayList<>();
        int repeats = 0;
        for (Map.Entry<Long, List<Action>> chat : scripts.entrySet()) {
            List<Call> answers = telegram.messagesTo(chat.getKey()).stream().filter(c -> !DANGER.contains(label(c)))
                    .toList();
            List<String> expected = expected(chat.getValue());
            if (answers.stream().map(TwoInstancesIntegrationTest::label).toList().equals(expected)) {
                continue;
            }
            if (repeatAcrossKill(answers, expected, killedAt) < 0) {
                wrong.add(chat.getKey() + " got " + timeline(answers, killedAt));
            } else {
                repeats++;
            }
        }
        check("every message answered once, in order per chat", wrong.isEmpty(), wrong.size() + " of " + CHATS
                + " chats otherwise" + sample(wrong));
        return repeats;
    }

    /**
     * Each urgent chat got the answer to danger once and heard once that a person is coming; no other chat did. One of
     * them sent again right after the kill is counted, not failed. Returns that count.
     */
    private int urgentChatsToldOnce(FakeTelegram telegram, Map<Long, List<Action>> scripts, Instant killedAt) {
        List<String> wrong = new ArrayList<>();
        int repeats = 0;
        for (long chat : scripts.keySet()) {
            List<Call> told = telegram.messagesTo(chat).stream().filter(c -> DANGER.contains(label(c))).toList();
            List<String> expected = urgent(chat) ? List.of("urgent", "personComing") : List.of();
            if (told.stream().map(TwoInstancesIntegrationTest::label).toList().equals(expected)) {
                continue;
            }
            if (repeatAcrossKill(told, expected, killedAt) < 0) {
                wrong.add(chat + " got " + timeline(told, killedAt));
            } else {
                repeats++;
            }
        }
        check("every urgent chat answered once and told once that a person is alerted", wrong.isEmpty(),
                wrong.size() + " chats otherwise" + sample(wrong));
        return repeats;
    }

    /** Each answer's label and when it came, in seconds from the kill: {@code [prompt@-3.1, set@-2.0, ...]}. */
    private static List<String> timeline(List<Call> answers, Instant killedAt) {
        return answers.stream().map(c -> String.format(Locale.ROOT, "%s@%+.1f", label(c),
                Duration.between(killedAt, c.at()).toMillis() / 1000.0)).toList();
    }

    /** Where one answer came twice, the first copy before the kill and the second after: its index, or -1. */
    private static int repeatAcrossKill(List<Call> answers, List<String> expected, Instant killedAt) {
        for (int i = 1; i < answers.size(); i++) {
            List<Call> without = new ArrayList<>(answers);
            without.remove(i);
            if (label(answers.get(i)).equals(label(answers.get(i - 1))) && answers.get(i - 1).at().isBefore(killedAt)
                    && answers.get(i).at().isAfter(killedAt)
                    && without.stream().map(TwoInstancesIntegrationTest::label).toList().equals(expected)) {
                return i;
            }
        }
        return -1;
    }

    /** Each urgent chat's case in one alert to the responders' group; returns the cases alerted again after it. */
    private int alertedOnce(FakeTelegram telegram, Instant killedAt) {
        Map<String, List<Call>> alerts = new TreeMap<>();
        for (Call call : telegram.messagesTo(SafetyNet.GROUP)) {
            call.buttonData().stream().filter(data -> data.startsWith("s:claim:"))
                    .forEach(data -> alerts.computeIfAbsent(data.substring("s:claim:".length()),
                            id -> new ArrayList<>()).add(call));
        }
        long urgentChats = Stream.iterate(FIRST_CHAT, c -> c + 1).limit(CHATS)
                .filter(TwoInstancesIntegrationTest::urgent).count();
        List<String> many = alerts.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " x" + e.getValue().size()).toList();
        int repeats = (int) alerts.values().stream().filter(copies -> copies.size() == 2
                && copies.get(0).at().isBefore(killedAt) && copies.get(1).at().isAfter(killedAt)).count();
        check("every urgent message alerted once to the responders", alerts.size() == urgentChats
                && many.size() == repeats, alerts.size() + " cases alerted for " + urgentChats
                + " urgent chats; alerted more than once: " + many.size() + sample(many));
        return repeats;
    }

    /**
     * Never more than the outbox's rate overall, nor closer than its interval to one chat or group. The rate is judged
     * over two seconds, in which the stand-in's stamps, a few milliseconds off the bot's even spacing, average out,
     * with 10% to spare (30 a second measured 61 to 62); two instances sending at once make twice as many.
     */
    private void withinRates(FakeTelegram telegram) {
        List<Call> sends = sends(telegram);
        int allowed = (int) (2 * PER_SECOND * 1.1);
        note("busiest second", busiest(sends, Duration.ofSeconds(1)) + " sends");
        int busiest = busiest(sends, Duration.ofSeconds(2));
        check("at most " + allowed + " sends in any two seconds", busiest <= allowed, "busiest two seconds: "
                + busiest + " of " + sends.size() + " sends");
        List<String> tooClose = new ArrayList<>();
        sends.stream().collect(Collectors.groupingBy(Call::chatId, TreeMap::new, Collectors.toList()))
                .forEach((chat, calls) -> {
                    Duration interval = chat.startsWith("-") ? GROUP_INTERVAL : CHAT_INTERVAL;
                    for (int i = 1; i < calls.size(); i++) {
                        Duration gap = Duration.between(calls.get(i - 1).at(), calls.get(i).at());
                        if (gap.plus(STAMP_JITTER).compareTo(interval) < 0) {
                            tooClose.add(chat + ": " + gap.toMillis() + " ms");
                        }
                    }
                });
        check("sends to one chat at least " + CHAT_INTERVAL.toMillis() + " ms apart, to the group "
                + GROUP_INTERVAL.toMillis() + " ms", tooClose.isEmpty(), tooClose.size() + " too close"
                + sample(tooClose));
    }

    /** The most sends stamped within any {@code window}. */
    private static int busiest(List<Call> sends, Duration window) {
        int busiest = 0;
        for (int first = 0, last = 0; last < sends.size(); last++) {
            while (sends.get(first).at().plus(window).isBefore(sends.get(last).at())) {
                first++;
            }
            busiest = Math.max(busiest, last - first + 1);
        }
        return busiest;
    }

    private static List<Call> sends(FakeTelegram telegram) {
        return SENDS.stream().flatMap(method -> telegram.attempts(method).stream())
                .sorted(Comparator.comparing(Call::at)).toList();
    }

    private void check(String what, boolean passed, String detail) {
        findings.put((passed ? "PASS " : "FAIL ") + what, detail);
        if (!passed) {
            failed.add(what);
        }
    }

    private void note(String what, String detail) {
        findings.put("NOTE " + what, detail);
    }

    private static String sample(List<String> items) {
        return items.isEmpty() ? "" : ", e.g. " + items.stream().limit(8).collect(Collectors.joining("; "));
    }
}
