package org.lighthouse.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * A load balancer with retries in front of several instances, on loopback: each request goes to the next instance in
 * turn; one that refuses the connection, breaks it, or does not answer in time is skipped for the next, as nginx's
 * {@code proxy_next_upstream error timeout} does; 502 when none answered. An instance's own answer, whatever its
 * status, is passed back as it is.
 */
public final class RoundRobinProxy implements AutoCloseable {

    /** Headers that belong to one connection, or that the client sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "keep-alive",
            "transfer-encoding", "upgrade", "expect");
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(20);

    private final List<String> instances;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicIntegerArray answered;
    private final AtomicInteger skipped = new AtomicInteger();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final AtomicInteger badGateway = new AtomicInteger();

    private RoundRobinProxy(List<String> instances, HttpServer server) {
        this.instances = List.copyOf(instances);
        this.server = server;
        this.answered = new AtomicIntegerArray(instances.size());
    }

    /** Starts on a free loopback port, in front of the instances' base URLs ({@code http://127.0.0.1:8081}). */
    public static RoundRobinProxy start(List<String> instances) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            RoundRobinProxy proxy = new RoundRobinProxy(instances, server);
            server.createContext("/", proxy::forward);
            server.setExecutor(proxy.threads);
            server.start();
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The proxy's address for a path, such as {@code /webhooks/telegram}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Requests the instance (by its place in the list) answered. */
    public int answeredBy(int instance) {
        return answered.get(instance);
    }

    /** Times an instance failed to answer and the request went on to the next. */
    public int skipped() {
        return skipped.get();
    }

    /** Why instances failed to answer, by instance and exception, with how many times. */
    public Map<String, Integer> failures() {
        return new TreeMap<>(failures);
    }

    /** Requests answered 502, as no instance answered. */
    public int badGateway() {
        return badGateway.get();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = readAll(exchange.getRequestBody());
            int first = Math.floorMod(next.getAndIncrement(), instances.size());
            for (int i = 0; i < instances.size(); i++) {
                int instance = (first + i) % instances.size();
                HttpResponse<byte[]> response = send(instance, exchange, body);
                if (response != null) {
                    answered.incrementAndGet(instance);
                    answer(exchange, response);
                    return;
                }
                skipped.incrementAndGet();
            }
            badGateway.incrementAndGet();
            exchange.sendResponseHeaders(502, -1);
        }
    }

    /** The instance's answer, or null when it gave none: connection refused or broken, or no answer in time. */
    private HttpResponse<byte[]> send(int instance, HttpExchange exchange, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(instances.get(instance)
                + exchange.getRequestURI()))
                .timeout(ANSWER_WITHIN)
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            failures.merge(instance + ": " + e, 1, Integer::sum);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void answer(HttpExchange exchange, HttpResponse<byte[]> response) throws IOException {
        response.headers().map().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.statusCode(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }
}
