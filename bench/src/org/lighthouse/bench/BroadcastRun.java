package org.lighthouse.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The broadcast run: counts the announcements the bot sends, answers 429 with {@code retry_after} whenever the bot
 * goes over Telegram's limits (more than {@code perSecond} messages in any second overall, or two messages to one chat
 * less than a second apart), and at the end tells how long it took against the ideal, how many 429s there were, and
 * which messages were lost, sent twice or out of order. Arguments: {@code messages perSecond deadlineSeconds}.
 */
final class BroadcastRun implements StandIn.Scenario {

    private static final Pattern NUMBER = Pattern.compile("#(\\d+) of");
    private static final long SECOND = 1_000_000_000L;

    private final int total;
    private final int perSecond;
    private final long deadlineSeconds;
    private final int[] received;
    private final ArrayDeque<Long> lastSecond = new ArrayDeque<>();
    private final Map<Long, Long> lastToChat = new HashMap<>();
    private final Map<Long, Integer> lastNumberToChat = new HashMap<>();
    private int distinct;
    private int duplicated;
    private int outOfOrder;
    private int tooMany;
    private long first;
    private long lastNew;
    private long previous;
    private long longestPause;

    BroadcastRun(String[] args) {
        this.total = Integer.parseInt(args[0]);
        this.perSecond = Integer.parseInt(args[1]);
        this.deadlineSeconds = Long.parseLong(args[2]);
        this.received = new int[total];
    }

    @Override
    public void start(StandIn standIn) {
        Thread watch = new Thread(this::watch, "broadcast-watch");
        watch.setDaemon(true);
        watch.start();
    }

    @Override
    public synchronized StandIn.Refusal onMessage(String method, long chatId, int messageId, JsonNode body, long now) {
        Matcher m = NUMBER.matcher(body.path("text").asText(""));
        if (!m.find()) {
            return null;
        }
        while (!lastSecond.isEmpty() && lastSecond.peekFirst() <= now - SECOND) {
            lastSecond.pollFirst();
        }
        Long lastHere = lastToChat.get(chatId);
        if (lastSecond.size() >= perSecond || lastHere != null && now - lastHere < SECOND) {
            tooMany++;
            return new StandIn.Refusal(429, "Too Many Requests: retry after 1", 1);
        }
        lastSecond.addLast(now);
        lastToChat.put(chatId, now);
        int n = Integer.parseInt(m.group(1));
        if (lastNumberToChat.getOrDefault(chatId, -1) > n) {
            outOfOrder++;
        }
        lastNumberToChat.put(chatId, n);
        if (first == 0) {
            first = now;
        } else {
            longestPause = Math.max(longestPause, now - previous);
        }
        previous = now;
        if (received[n]++ == 0) {
            distinct++;
            lastNew = now;
        } else {
            duplicated++;
        }
        return null;
    }

    @Override
    public synchronized String status() {
        return "distinct=" + distinct + " duplicated=" + duplicated + " too_many=" + tooMany + "\n";
    }

    private void watch() {
        long deadline = System.nanoTime() + deadlineSeconds * SECOND;
        while (System.nanoTime() < deadline) {
            synchronized (this) {
                if (distinct == total && System.nanoTime() - lastNew > 5 * SECOND) {
                    break;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
        synchronized (this) {
            double seconds = (lastNew - first) / 1e9;
            double ideal = (double) total / perSecond;
            int lost = total - distinct;
            System.out.println(String.format(Locale.ROOT, "broadcast: %d messages sent in %.1f s, ideal %.1f s at %d/s"
                    + " (%.0f%% of ideal); longest pause %.1f s (the restart); 429 answers %d; lost %d, duplicated %d,"
                    + " out of order %d", total, seconds, ideal, perSecond, 100 * ideal / seconds, longestPause / 1e9,
                    tooMany, lost, duplicated, outOfOrder));
            System.out.println(String.format(Locale.ROOT, "BROADCAST messages=%d seconds=%.1f ideal_s=%.1f"
                    + " pause_s=%.1f too_many=%d lost=%d duplicated=%d out_of_order=%d", total, seconds, ideal,
                    longestPause / 1e9, tooMany, lost, duplicated, outOfOrder));
            StandIn.exit(lost == 0 && duplicated == 0 && outOfOrder == 0 ? 0 : 4);
        }
    }
}
