package org.lighthouse.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The two-instance test's load balancer: in turn, on to the next instance when one is gone, 502 when all are. */
class RoundRobinProxyUnitTest {

    private final List<HttpServer> instances = new ArrayList<>();
    private final List<String> received = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        instances.forEach(server -> server.stop(0));
    }

    @Test
    void sendsEachRequestToTheNextInstanceWithItsHeadersAndBodyAndPassesTheAnswerBack() throws Exception {
        try (RoundRobinProxy proxy = RoundRobinProxy.start(List.of(instance("a", 200), instance("b", 500)))) {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                statuses.add(post(proxy, "update " + i).statusCode());
            }
            assertThat(received).containsExactly("a:update 0:s3cret", "b:update 1:s3cret", "a:update 2:s3cret",
                    "b:update 3:s3cret");
            assertThat(statuses).containsExactly(200, 500, 200, 500);
            assertThat(post(proxy, "x").body()).isEqualTo("answer of a");
            assertThat(proxy.answeredBy(0)).isEqualTo(3);
            assertThat(proxy.answeredBy(1)).isEqualTo(2);
            assertThat(proxy.skipped()).isZero();
        }
    }

    @Test
    void skipsAnInstanceThatIsGoneAndAnswers502WhenAllAre() throws Exception {
        String gone = instance("a", 200);
        instances.get(0).stop(0);
        try (RoundRobinProxy proxy = RoundRobinProxy.start(List.of(gone, instance("b", 200)))) {
            assertThat(post(proxy, "one").statusCode()).isEqualTo(200);
            assertThat(post(proxy, "two").statusCode()).isEqualTo(200);
            assertThat(received).containsExactly("b:one:s3cret", "b:two:s3cret");
            assertThat(proxy.skipped()).isEqualTo(1);
            instances.get(1).stop(0);
            assertThat(post(proxy, "three").statusCode()).isEqualTo(502);
            assertThat(proxy.badGateway()).isEqualTo(1);
        }
    }

    private String instance(String name, int status) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        server.createContext("/webhooks/telegram", exchange -> {
            received.add(name + ":" + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
                    + ":" + exchange.getRequestHeaders().getFirst(FakeWebhook.SECRET_HEADER));
            byte[] answer = ("answer of " + name).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
        instances.add(server);
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static HttpResponse<String> post(RoundRobinProxy proxy, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(proxy.url("/webhooks/telegram")))
                .header(FakeWebhook.SECRET_HEADER, "s3cret").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
