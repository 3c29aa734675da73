package org.lighthouse.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lighthouse.LighthouseApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Lighthouse as it runs for real (embedded database on a file, web server, Telegram by long polling or by webhook),
 * started in this JVM for a test, against the local Bot API stand-in. Restarting on the same data directory is a restart of the service.
 */
public final class RunningBot implements AutoCloseable {

    /** The webhook's secret in {@link #startInWebhookMode}. */
    public static final String WEBHOOK_SECRET = "test-webhook-secret_0123456789abcdefABCDEF";

    private final ConfigurableApplicationContext context;

    private RunningBot(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts with Telegram on, talking to the stand-in, and fast per-chat sending limits for quick tests. */
    public static RunningBot start(FakeTelegram telegram, Path dataDir, String... settings) {
        return startWithExtras(telegram, dataDir, List.of(), settings);
    }

    private static Map<String, String> telegramProperties(FakeTelegram telegram) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("lighthouse.telegram.token", FakeTelegram.TOKEN);
        properties.put("lighthouse.telegram.api-url", telegram.url());
        properties.put("lighthouse.telegram.poll-timeout", "1s");
        properties.put("lighthouse.outbox.chat-interval", "20ms");
        properties.put("lighthouse.outbox.group-interval", "20ms");
        properties.put("lighthouse.outbox.per-second", "500");
        return properties;
    }

    /**
     * As {@link #start}, in Telegram's webhook mode: on a free port chosen first, since the webhook's URL
     * ({@code http://127.0.0.1:<port>/webhooks/telegram}) is a setting; the secret is {@link #WEBHOOK_SECRET}. Settings
     * given override these.
     */
    public static RunningBot startInWebhookMode(FakeTelegram telegram, Path dataDir, String... settings) {
        int port = freePort();
        List<String> all = new ArrayList<>(List.of("server.port=" + port,
                "lighthouse.telegram.webhook-url=http://127.0.0.1:" + port + "/webhooks/telegram",
                "lighthouse.telegram.webhook-secret=" + WEBHOOK_SECRET));
        all.addAll(List.of(settings));
        return start(telegram, dataDir, all.toArray(String[]::new));
    }

    /** As {@link #start}, with test configurations added to the service (a feature that fails on purpose). */
    public static RunningBot startWithExtras(FakeTelegram telegram, Path dataDir, List<Class<?>> extras,
            String... settings) {
        return startWith(dataDir, telegramProperties(telegram), extras, settings);
    }

    /** Starts without Telegram (web chat only). */
    public static RunningBot startWithoutTelegram(Path dataDir, String... settings) {
        return startWith(dataDir, new LinkedHashMap<>(), List.of(), settings);
    }

    private static RunningBot startWith(Path dataDir, Map<String, String> properties, List<Class<?>> extras,
            String... settings) {
        properties.put("server.port", "0");
        properties.put("lighthouse.database.data-dir", dataDir.toString());
        properties.putIfAbsent("lighthouse.files.root", System.getProperty("user.dir"));
        properties.put("logging.level.org.lighthouse", "WARN");
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            properties.put(setting.substring(0, eq), setting.substring(eq + 1));
        }
        List<String> args = new ArrayList<>();
        properties.forEach((key, value) -> args.add("--" + key + "=" + value));
        return new RunningBot(new SpringApplicationBuilder(LighthouseApplication.class).sources(extras.toArray(Class[]::new))
                .run(args.toArray(String[]::new)));
    }

    /** A loopback port free now, for a setting that names the port a server will take. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** What {@code /actuator/health} answers anyone who asks. */
    public JsonNode health() {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(url("/actuator/health"))).build(), HttpResponse.BodyHandlers.ofString());
            return new ObjectMapper().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
