package org.lighthouse.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The throughput run: {@code chats} people, each doing {@code perChat} things one after another, each waiting for the
 * bot's answer before the next (as a person does), all chats at once. Latency is measured here, from the getUpdates
 * answer that delivered an update to the first message the bot sent or edited in that chat after it.
 *
 * <p>{@code echo}: every update is a text, answered by one message. {@code bot}: Lighthouse's journeys: /start, the
 * language, the menu, a series and its lessons card by card with their quizzes (pressing the buttons the bot really
 * sent), free texts that triage reads (harmless, worrying, offers to check, and for a few people a message of danger at
 * the end), and the menu again now and then.
 *
 * <p>Arguments: {@code chats perChat textsFile [staleFile [botPidFile]]}. With the bot's pid, the CPU time the bot used
 * during the run is reported too (per update: a figure that other load on the machine disturbs less). With
 * {@code -Dbench.warmup=N}, as many other chats first do {@code N} things each, and are reported apart: the JVM compiles
 * the code it runs most during the first tens of thousands of updates, and the measured run then shows the steady state.
 * With {@code -Dbench.paced=N}, N more chats then do as many things each at {@code -Dbench.pacedRate} updates a second
 * in all (30, the most messages a second Telegram lets a bot send), each pausing between an answer and its next action
 * as people do: the latency of a bot that is not saturated, reported apart (its p99 as {@code paced_p99_ms}).
 */
final class ThroughputRun implements StandIn.Scenario {

    private static final long FIRST_CHAT = 700_000_000L;
    private static final long WARM_UP_CHATS = 1_000_000L;
    private static final long STALL_NANOS = 30_000_000_000L;

    /** When the answer to an action is complete. */
    enum Done { ANY, KEYBOARD }

    /** A text typed, or a button pressed ({@code =data} exactly, or {@code ~forward} / {@code ~resume}). */
    record Action(String text, String press, Done done, String kind) {
        static Action text(String text, Done done) {
            return new Action(text, null, done, "text");
        }

        static Action press(String selector) {
            return new Action(null, selector, Done.KEYBOARD, "press");
        }

        Action as(String kind) {
            return new Action(text, press, done, kind);
        }
    }

    /** A set of chats run together and reported together. */
    private final class Phase {
        final String name;
        final List<Chat> chats = new ArrayList<>();
        final AtomicInteger measured = new AtomicInteger();
        final AtomicInteger completed = new AtomicInteger();
        final AtomicLong firstDelivery = new AtomicLong();
        volatile long[] botTicksAtStart;
        volatile long[] ownTicksAtStart;
        int total;
        long[] latencies;
        /** Of each latency, in the same order: what the person did, and when the answer came (ms since the epoch). */
        String[] kinds;
        long[] answeredAt;

        Phase(String name) {
            this.name = name;
        }

        void add(Chat chat) {
            chats.add(chat);
            total += chat.script.size();
        }
    }

    private final class Chat {
        final Phase phase;
        final long id;
        final List<Action> script;
        final Random random;
        final Map<Integer, List<String>> buttons = new HashMap<>();
        final Map<Integer, Long> touched = new HashMap<>();
        long touch;
        int next;
        int userMessageId;
        boolean waiting;
        boolean delivered;
        long deliveredAt;
        int replies;
        Done expected;
        /** The button data pressed last, up to its second part (the bench's label of a press), or null. */
        String pressed;
        /** The bot answered danger: a responder may now get the person's texts, without an answer from the bot. */
        boolean inTouch;

        Chat(Phase phase, long id, List<Action> script, Random random) {
            this.phase = phase;
            this.id = id;
            this.script = script;
            this.random = random;
        }
    }

    private final String label;
    private final Map<Long, Chat> chats = new ConcurrentHashMap<>();
    private final Phase warmUp;
    private final Phase run;
    private final Phase paced;
    /** The mean pause of a paced chat between an answer and its next action. */
    private final double pauseNanos;
    private final ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
    /** The closed-loop run's figures, for the last line, once the paced phase is done. */
    private String runFigures;
    private final AtomicInteger stale = new AtomicInteger();
    private final AtomicInteger stalls = new AtomicInteger();
    private final AtomicInteger unattributed = new AtomicInteger();
    private final AtomicInteger noButton = new AtomicInteger();
    private final AtomicInteger steppedOut = new AtomicInteger();
    private final AtomicInteger otherChats = new AtomicInteger();
    private final AtomicInteger queryIds = new AtomicInteger();
    private final List<String> stalePrefixes;
    /**
     * How the bot answers danger and tells a person that a responder will write to them (-Dbench.inTouch: a file of
     * them): the answer to danger may complete an action before the responder is announced.
     */
    private final List<String> inTouchPrefixes;
    private final Map<String, Integer> mix = new ConcurrentHashMap<>();
    private final Path botPidFile;
    private StandIn standIn;

    ThroughputRun(String label, String[] args) {
        this.label = label;
        int chatCount = Integer.parseInt(args[0]);
        int perChat = Integer.parseInt(args[1]);
        Map<String, List<String>> pools = pools(Path.of(args[2]));
        this.stalePrefixes = prefixes(args.length > 3 && !args[3].equals("-") ? args[3] : null);
        this.botPidFile = args.length > 4 ? Path.of(args[4]) : null;
        this.inTouchPrefixes = prefixes(System.getProperty("bench.inTouch"));
        int warmUpPerChat = Integer.getInteger("bench.warmup", 0);
        this.warmUp = warmUpPerChat > 0 ? phase(label + " warm-up", FIRST_CHAT + WARM_UP_CHATS, chatCount,
                warmUpPerChat, pools) : null;
        int pacedChats = Integer.getInteger("bench.paced", 0);
        this.paced = pacedChats > 0 ? phase(label + " paced", FIRST_CHAT + 2 * WARM_UP_CHATS, pacedChats, perChat,
                pools) : null;
        this.pauseNanos = pacedChats / Double.parseDouble(System.getProperty("bench.pacedRate", "30")) * 1e9;
        mix.clear();
        this.run = phase(label, FIRST_CHAT, chatCount, perChat, pools);
    }

    /** The beginnings of the bot's texts listed in a file, one a line (none without a file). */
    private static List<String> prefixes(String file) {
        return file == null ? List.of() : StandIn.lines(Path.of(file)).stream().filter(l -> !l.isBlank())
                .map(l -> l.substring(0, Math.min(24, l.length()))).toList();
    }

    private Phase phase(String name, long firstChat, int chatCount, int perChat, Map<String, List<String>> pools) {
        Phase phase = new Phase(name);
        for (int i = 0; i < chatCount; i++) {
            long id = firstChat + i;
            Random random = new Random(id);
            List<Action> script = label.equals("echo") ? echoScript(pools, perChat, random)
                    : botScript(pools, perChat, random, i % 50 == 7);
            Chat chat = new Chat(phase, id, script, random);
            chats.put(id, chat);
            phase.add(chat);
        }
        phase.latencies = new long[phase.total];
        phase.kinds = new String[phase.total];
        phase.answeredAt = new long[phase.total];
        return phase;
    }

    @Override
    public void start(StandIn standIn) {
        this.standIn = standIn;
        begin(warmUp != null ? warmUp : run);
        Thread watchdog = new Thread(this::watch, "watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private void begin(Phase phase) {
        phase.chats.forEach(chat -> {
            synchronized (chat) {
                pushNext(chat);
            }
        });
    }

    @Override
    public void delivered(List<StandIn.Pending> updates, long nanos) {
        for (StandIn.Pending p : updates) {
            Chat chat = (Chat) p.owner;
            if (chat.phase.firstDelivery.compareAndSet(0, nanos)) {
                chat.phase.botTicksAtStart = botTicks();
                chat.phase.ownTicksAtStart = ticks("self");
                // the bench reads the bot's GC log between these marks
                System.out.println("STANDIN-PHASE " + chat.phase.name + " began_ms=" + System.currentTimeMillis());
            }
            synchronized (chat) {
                chat.delivered = true;
                chat.deliveredAt = nanos;
            }
        }
    }

    @Override
    public StandIn.Refusal onMessage(String method, long chatId, int messageId, JsonNode body, long nanos) {
        Chat chat = chats.get(chatId);
        if (chat == null) {
            otherChats.incrementAndGet();
            return null;
        }
        List<String> data = StandIn.buttonData(body);
        synchronized (chat) {
            chat.buttons.put(messageId, data);
            chat.touched.put(messageId, ++chat.touch);
            String text = body.path("text").asText("");
            if (inTouchPrefixes.stream().anyMatch(text::startsWith)) {
                chat.inTouch = true;
            }
            if (!chat.waiting || !chat.delivered) {
                unattributed.incrementAndGet();
                return null;
            }
            if (chat.replies++ == 0) {
                int i = chat.phase.measured.getAndIncrement();
                chat.phase.latencies[i] = nanos - chat.deliveredAt;
                chat.phase.kinds[i] = chat.pressed == null ? chat.script.get(chat.next).kind()
                        : "press " + chat.pressed;
                chat.phase.answeredAt[i] = System.currentTimeMillis();
            }
            if (stalePrefixes.stream().anyMatch(text::startsWith)) {
                stale.incrementAndGet();
            }
            // a responder called in is the whole answer: nothing more comes from the bot
            if (chat.inTouch || chat.expected == Done.ANY || chat.expected == Done.KEYBOARD && !data.isEmpty()) {
                complete(chat, nanos);
            }
        }
        return null;
    }

    @Override
    public String status() {
        return "completed=" + run.completed.get() + " of " + run.total;
    }

    // ---- the loop --------------------------------------------------------------------------------------------------

    private void complete(Chat chat, long nanos) {
        chat.waiting = false;
        chat.next++;
        if (chat.phase.completed.incrementAndGet() == chat.phase.total) {
            finish(chat.phase, nanos);
        } else if (chat.next < chat.script.size() && chat.phase == paced) {
            pushLater(chat, pause(chat));
        } else if (chat.next < chat.script.size()) {
            pushNext(chat);
        }
    }

    /** A person's pause before the next action: exponential, as independent people's actions arrive. */
    private long pause(Chat chat) {
        return (long) (-Math.log(1 - chat.random.nextDouble()) * pauseNanos);
    }

    private void pushLater(Chat chat, long nanos) {
        pacer.schedule(() -> {
            synchronized (chat) {
                pushNext(chat);
            }
        }, nanos, TimeUnit.NANOSECONDS);
    }

    private void pushNext(Chat chat) {
        Action action = chat.script.get(chat.next);
        chat.waiting = true;
        chat.delivered = false;
        chat.replies = 0;
        chat.pressed = null;
        chat.expected = action.done();
        if (chat.inTouch) {
            // a scripted learner is not in danger: instead of the next action they step back out to the menu, in one
            // command, as anyone may; else every later text goes to the responder unanswered and stalls the run
            chat.inTouch = false;
            chat.expected = Done.KEYBOARD;
            steppedOut.incrementAndGet();
            standIn.push("message", StandIn.textMessage(chat.id, ++chat.userMessageId, "/menu"), chat);
            return;
        }
        if (action.text() != null) {
            standIn.push("message", StandIn.textMessage(chat.id, ++chat.userMessageId, action.text()), chat);
            return;
        }
        int[] target = new int[1];
        String data = select(chat, action.press(), target);
        if (data == null) {
            noButton.incrementAndGet();
            standIn.push("message", StandIn.textMessage(chat.id, ++chat.userMessageId, "/menu"), chat);
            return;
        }
        chat.pressed = data.replaceAll("^([^:]*:?[^:]*).*", "$1");
        standIn.push("callback_query", StandIn.buttonPress(chat.id, target[0], data, queryIds.incrementAndGet()), chat);
    }

    /** The button a person would press now, on the newest message that has it; null when there is none. */
    private static String select(Chat chat, String selector, int[] target) {
        List<Integer> newestFirst = new ArrayList<>(chat.buttons.keySet());
        newestFirst.sort((a, b) -> Long.compare(chat.touched.get(b), chat.touched.get(a)));
        for (int messageId : newestFirst) {
            List<String> data = chat.buttons.get(messageId);
            String chosen = switch (selector) {
                case "~forward" -> forward(data, chat.random);
                case "~resume" -> first(data, "l:c").orElseGet(() -> first(data, "l:s:").orElse(null));
                default -> data.contains(selector.substring(1)) ? selector.substring(1) : null;
            };
            if (chosen != null) {
                target[0] = messageId;
                return chosen;
            }
            if (selector.equals("~forward") && data.stream().anyMatch(d -> d.startsWith("l:"))
                    && !data.contains("s:talk")) {
                return null;
            }
        }
        return null;
    }

    /** On a learning screen: next card, the quiz, an answer, the next question, the next lesson, or continue. */
    private static String forward(List<String> data, Random random) {
        if (data.contains("s:talk")) {
            return null;
        }
        List<String> answers = data.stream().filter(d -> d.startsWith("l:a:")).toList();
        if (!answers.isEmpty()) {
            return answers.get(random.nextInt(answers.size()));
        }
        for (String prefix : new String[] {"l:n:", "l:z:", "l:q:", "l:o:", "l:c"}) {
            var found = first(data, prefix);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return null;
    }

    private static java.util.Optional<String> first(List<String> data, String prefix) {
        return data.stream().filter(d -> d.startsWith(prefix)).findFirst();
    }

    private void watch() {
        while (true) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (Chat chat : chats.values()) {
                synchronized (chat) {
                    if (chat.waiting && chat.delivered && now - chat.deliveredAt > STALL_NANOS) {
                        if (stalls.incrementAndGet() <= 5) {
                            Action a = chat.script.get(chat.next);
                            System.out.println("stand-in: chat " + chat.id + " got " + chat.replies
                                    + " messages and no complete answer to action " + chat.next + " "
                                    + (a.text() != null ? "text '" + a.text() + "'" : "press " + a.press()));
                        }
                        complete(chat, now);
                    }
                }
            }
        }
    }

    /**
     * What the slowest answers were for, and when they came (to set beside the bot's GC log, whose lines carry the
     * same clock): where a p99 is lost.
     */
    private static void printTail(Phase phase, int n) {
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingLong(i -> -phase.latencies[i]));
        int tail = Math.max(1, n / 100);
        Map<String, Integer> byKind = new TreeMap<>();
        StringBuilder slowest = new StringBuilder();
        for (int k = 0; k < tail; k++) {
            int i = order[k];
            byKind.merge(phase.kinds[i], 1, Integer::sum);
            if (k < 10) {
                slowest.append(String.format(Locale.ROOT, " %s %.0fms@%d", phase.kinds[i], phase.latencies[i] / 1e6,
                        phase.answeredAt[i]));
            }
        }
        Map<String, List<Long>> perKind = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            perKind.computeIfAbsent(phase.kinds[i], kind -> new ArrayList<>()).add(phase.latencies[i]);
        }
        StringBuilder kinds = new StringBuilder();
        perKind.forEach((kind, all) -> {
            long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
            kinds.append(String.format(Locale.ROOT, " %s n=%d p50=%.1f p99=%.1f;", kind, sorted.length,
                    ms(sorted, 0.50), ms(sorted, 0.99)));
        });
        System.out.println(phase.name + ": by what the person did:" + kinds);
        System.out.println(phase.name + ": the slowest " + tail + " answers " + byKind + "; slowest:" + slowest);
    }

    private void finish(Phase phase, long end) {
        System.out.println("STANDIN-PHASE " + phase.name + " ended_ms=" + System.currentTimeMillis());
        int n = phase.measured.get();
        long[] sorted = Arrays.copyOf(phase.latencies, n);
        Arrays.sort(sorted);
        double seconds = (end - phase.firstDelivery.get()) / 1e9;
        long ups = Math.round(phase.total / seconds);
        String line = String.format(Locale.ROOT, "%s: %d updates from %d chats in %.2f s = %d updates/s; reply latency"
                + " p50 %.1f ms, p99 %.1f ms, max %.1f ms", phase.name, phase.total, phase.chats.size(), seconds, ups,
                ms(sorted, 0.50), ms(sorted, 0.99), sorted.length == 0 ? 0 : sorted[n - 1] / 1e6);
        System.out.println(line);
        printTail(phase, n);
        long[] bot = botTicks();
        if (phase.botTicksAtStart != null && bot != null) {
            double user = (bot[0] - phase.botTicksAtStart[0]) * 10.0; // USER_HZ is 100 on Linux
            double system = (bot[1] - phase.botTicksAtStart[1]) * 10.0;
            double jit = Math.max(0, bot[2] - phase.botTicksAtStart[2]) * 10.0; // compiler threads come and go
            double cpuMs = user + system;
            System.out.println(String.format(Locale.ROOT, phase.name + ": CPU %.1f s during the run (%.1f user, %.1f"
                    + " system; %.1f of it the JIT compilers), %.2f ms per update, %.0f%% of the machine's 2 cores",
                    cpuMs / 1000, user / 1000, system / 1000, jit / 1000, cpuMs / phase.total,
                    cpuMs / 1000 / seconds / Runtime.getRuntime().availableProcessors() * 100));
        }
        long[] own = ticks("self");
        if (phase.ownTicksAtStart != null && own != null) {
            double cpuMs = (own[0] + own[1] - phase.ownTicksAtStart[0] - phase.ownTicksAtStart[1]) * 10.0;
            System.out.println(String.format(Locale.ROOT, phase.name + ": the stand-in's own CPU %.1f s, %.2f ms per"
                    + " update", cpuMs / 1000, cpuMs / phase.total));
        }
        if (phase == warmUp) {
            begin(run);
            return;
        }
        String figures = String.format(Locale.ROOT, "p50_ms=%.1f p99_ms=%.1f max_ms=%.1f", ms(sorted, 0.50),
                ms(sorted, 0.99), sorted.length == 0 ? 0 : sorted[n - 1] / 1e6);
        if (phase == run) {
            runFigures = "ups=" + ups + " " + figures;
            if (paced != null) {
                // the first actions spread over one pause, not all at once
                paced.chats.forEach(chat -> pushLater(chat, (long) (chat.random.nextDouble() * pauseNanos)));
                return;
            }
        }
        if (label.equals("bot")) {
            System.out.println("bot: mix " + new TreeMap<>(mix) + "; refused as stale " + stale.get()
                    + ", no button to press " + noButton.get() + ", stepped out of a responder's conversation "
                    + steppedOut.get() + ", stalled " + stalls.get() + ", unattributed "
                    + unattributed.get() + ", messages to other chats (responders) " + otherChats.get());
        }
        System.out.println("STANDIN " + runFigures + " stalls=" + stalls.get()
                + (phase == paced ? " paced_ups=" + ups + " paced_" + figures.replace(" ", " paced_") : ""));
        StandIn.exit(stalls.get() == 0 ? 0 : 3);
    }

    /**
     * The bot process's CPU time so far, in clock ticks (user, system, and the part of both its JIT compiler threads
     * used), or null when not known.
     */
    private long[] botTicks() {
        if (botPidFile == null) {
            return null;
        }
        try {
            String pid = java.nio.file.Files.readString(botPidFile).strip();
            long[] ticks = ticks(pid);
            if (ticks == null) {
                return null;
            }
            long jit = 0;
            try (var threads = java.nio.file.Files.list(Path.of("/proc", pid, "task"))) {
                for (Path thread : threads.toList()) {
                    String stat = java.nio.file.Files.readString(thread.resolve("stat"));
                    if (stat.contains("(C1 CompilerThre") || stat.contains("(C2 CompilerThre")) {
                        long[] compiler = userAndSystem(stat);
                        jit += compiler[0] + compiler[1];
                    }
                }
            }
            return new long[] {ticks[0], ticks[1], jit};
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /** A process's CPU time so far, in clock ticks (user, system), or null when not known. */
    private static long[] ticks(String pid) {
        try {
            return userAndSystem(java.nio.file.Files.readString(Path.of("/proc", pid, "stat")));
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /** The user and system clock ticks of a process's or thread's {@code stat} line (after its name, fields 14, 15). */
    private static long[] userAndSystem(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12])};
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    // ---- scripts ---------------------------------------------------------------------------------------------------

    private static Map<String, List<String>> pools(Path file) {
        Map<String, List<String>> pools = new HashMap<>();
        for (String line : StandIn.lines(file)) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                pools.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>()).add(line.substring(tab + 1));
            }
        }
        for (String pool : List.of("none", "concern", "offer", "urgent")) {
            if (pools.getOrDefault(pool, List.of()).isEmpty()) {
                throw new IllegalStateException("no '" + pool + "' texts in " + file);
            }
        }
        return pools;
    }

    private static List<Action> echoScript(Map<String, List<String>> pools, int perChat, Random random) {
        List<String> all = new ArrayList<>();
        pools.values().forEach(all::addAll);
        List<Action> script = new ArrayList<>();
        while (script.size() < perChat) {
            script.add(Action.text(all.get(random.nextInt(all.size())), Done.ANY));
        }
        return script;
    }

    private List<Action> botScript(Map<String, List<String>> pools, int perChat, Random random, boolean danger) {
        List<Action> script = new ArrayList<>();
        double l = random.nextDouble();
        String series = List.of("sm", "os", "kt").get(random.nextInt(3));
        add(script, "start", Action.text("/start", Done.KEYBOARD));
        add(script, "press", Action.press("=lang:" + (l < 0.7 ? "vi" : l < 0.9 ? "en" : "hmn")));
        add(script, "press", Action.press("=m:learn"));
        add(script, "press", Action.press("=l:s:" + series));
        add(script, "press", Action.press("=l:o:" + series + "-1"));
        int end = danger ? perChat - 1 : perChat;
        while (script.size() < end) {
            double x = random.nextDouble();
            if (x < 0.64) {
                add(script, "press", Action.press("~forward"));
            } else if (x < 0.78) {
                add(script, "text", Action.text(pick(pools, "none", random), Done.KEYBOARD));
            } else if (x < 0.86) {
                // the triage reads it with the chat's earlier texts: a first worry is asked about, later ones answered
                add(script, "worrying", Action.text(pick(pools, "concern", random), Done.ANY));
            } else if (x < 0.94) {
                add(script, "offer", Action.text(pick(pools, "offer", random), Done.KEYBOARD));
            } else if (script.size() + 3 <= end) {
                add(script, "menu", Action.text("/menu", Done.KEYBOARD));
                add(script, "press", Action.press("=m:learn"));
                add(script, "press", Action.press("~resume"));
            }
        }
        if (danger) {
            // its first answer: the triage reads it with the chat's earlier texts, so it may ask rather than alert
            add(script, "danger", Action.text(pick(pools, "urgent", random), Done.ANY));
        }
        return script;
    }

    private void add(List<Action> script, String kind, Action action) {
        script.add(action.as(kind));
        mix.merge(kind, 1, Integer::sum);
    }

    private static String pick(Map<String, List<String>> pools, String pool, Random random) {
        List<String> texts = pools.get(pool);
        return texts.get(random.nextInt(texts.size()));
    }
}
