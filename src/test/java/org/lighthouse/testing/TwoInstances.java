package org.lighthouse.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Two Lighthouse instances ({@code a} and {@code b}, each its own JVM) against one database process
 * ({@code database --port}), in Telegram's webhook mode behind a {@link RoundRobinProxy}, as two instances behind a
 * load balancer: the stand-in's deliveries reach whichever instance answers.
 */
public final class TwoInstances implements AutoCloseable {

    public static final List<String> NAMES = List.of("a", "b");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Two Spring Boot starts at once on two shared cores take twice as long as one. */
    private static final Duration BOTH_START_WITHIN = Duration.ofMinutes(3);

    private final BotProcess database;
    private final RoundRobinProxy proxy;
    private final List<Integer> ports;
    private final List<BotProcess> bots = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private TwoInstances(BotProcess database, RoundRobinProxy proxy, List<Integer> ports) {
        this.database = database;
        this.proxy = proxy;
        this.ports = ports;
    }

    /**
     * Starts the database in {@code dir}, then both instances at once, with the responders' settings and
     * {@code environment} added to what points them at the database, the stand-in and the proxy; {@code settings} are
     * arguments to both ({@code --lighthouse.outbox.per-second=30}). Returns once both have started.
     */
    public static TwoInstances start(FakeTelegram telegram, Path dir, Map<String, String> environment,
            String... settings) {
        int databasePort = RunningBot.freePort();
        BotProcess database = BotProcess.start(Map.of("LIGHTHOUSE_DATA_DIR", dir.resolve("database").toString()),
                "database", "--port", Integer.toString(databasePort));
        database.awaitLine("Database: embedded store serving");
        List<Integer> ports = List.of(RunningBot.freePort(), RunningBot.freePort());
        RoundRobinProxy proxy = RoundRobinProxy.start(ports.stream().map(p -> "http://127.0.0.1:" + p).toList());
        TwoInstances pair = new TwoInstances(database, proxy, ports);
        for (int i = 0; i < NAMES.size(); i++) {
            Map<String, String> env = new HashMap<>(environment);
            env.put("MONGODB_URI", "mongodb://127.0.0.1:" + databasePort + "/lighthouse");
            env.put("SERVER_PORT", Integer.toString(ports.get(i)));
            env.put("LIGHTHOUSE_INSTANCE_NAME", NAMES.get(i));
            env.put("LIGHTHOUSE_DATA_DIR", dir.resolve(NAMES.get(i)).toString());
            env.put("TELEGRAM_BOT_TOKEN", FakeTelegram.TOKEN);
            env.put("TELEGRAM_API_URL", telegram.url());
            env.put("TELEGRAM_WEBHOOK_URL", proxy.url("/webhooks/telegram"));
            env.put("TELEGRAM_WEBHOOK_SECRET", RunningBot.WEBHOOK_SECRET);
            env.put("TELEGRAM_RESPONDERS_CHAT_ID", Long.toString(SafetyNet.GROUP));
            env.put("LIGHTHOUSE_RESPONDERS", SafetyNet.HOA + ":Hoa," + SafetyNet.MINH + ":Minh");
            pair.bots.add(BotProcess.start(env, settings));
        }
        try {
            CompletableFuture.allOf(pair.bots.stream().map(bot -> CompletableFuture.runAsync(
                    () -> bot.awaitStarted(BOTH_START_WITHIN)))
                    .toArray(CompletableFuture[]::new)).join();
            return pair;
        } catch (RuntimeException e) {
            pair.close();
            throw e;
        }
    }

    /**
     * The instance's role as its health says ({@code lease} component, {@code role} detail: {@code active} or
     * {@code standby}); {@code none} when health names no lease, {@code unreachable} when it does not answer.
     */
    public String role(int instance) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + ports.get(instance) + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode role = JSON.readTree(response.body()).path("components").path("lease").path("details")
                    .path("role");
            return role.isMissingNode() ? "none" : role.asText();
        } catch (IOException e) {
            return "unreachable";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unreachable";
        }
    }

    /** Kills the instance at once, as {@code kill -9} does. */
    public void kill(int instance) throws InterruptedException {
        bots.get(instance).kill();
    }

    public RoundRobinProxy proxy() {
        return proxy;
    }

    /** What the instance printed, to show when something went wrong. */
    public List<String> output(int instance) {
        return bots.get(instance).output();
    }

    /** Writes what each process printed so far to {@code <name>.log} in {@code dir}, to read after a failure. */
    public void saveOutput(Path dir) {
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < NAMES.size(); i++) {
                Files.write(dir.resolve(NAMES.get(i) + ".log"), bots.get(i).output());
            }
            Files.write(dir.resolve("database.log"), database.output());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            for (BotProcess bot : bots) {
                bot.close();
            }
            database.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            proxy.close();
        }
    }
}
