package org.lighthouse.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's view of the console without a browser: an HTTP client that keeps the session cookie, asks for HTML,
 * follows no redirect by itself (tests look at them), and sends forms with the CSRF token of the page they are on.
 */
public final class ConsoleHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final RunningBot bot;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;

    public ConsoleHttp(RunningBot bot) {
        this.bot = bot;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A page, as a browser navigating to it asks for it (HTML), with the headers given (name, value, ...). */
    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(bot.url(path)));
        if (!form(headers).containsKey("Accept")) {
            request.header("Accept", "text/html,application/xhtml+xml");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.GET().build());
    }

    /** Follows redirects from a page to the last one. */
    public HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> at = response;
        for (int hops = 0; hops < 5 && at.statusCode() / 100 == 3; hops++) {
            String location = at.headers().firstValue("Location").orElseThrow();
            at = get(URI.create(location).getRawPath() + (URI.create(location).getRawQuery() == null ? ""
                    : "?" + URI.create(location).getRawQuery()));
        }
        return at;
    }

    /** Opens {@code page}, then posts {@code action} with that page's CSRF token and the fields (name, value, ...). */
    public HttpResponse<String> submit(String page, String action, String... fields) {
        Map<String, String> form = form(fields);
        form.put("_csrf", csrf(get(page).body()));
        return post(action, form);
    }

    /** Posts a form as it is, without adding a CSRF token. */
    public HttpResponse<String> post(String action, Map<String, String> form) {
        List<String> pairs = new ArrayList<>();
        form.forEach((name, value) -> pairs.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(URI.create(bot.url(action)))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))).build());
    }

    /** The login form's first step; the answer redirects to the code page, or back to the login page. */
    public HttpResponse<String> logInWithPassword(String login, String password) {
        return submit("/console/login", "/console/login", "username", login, "password", password);
    }

    public static Map<String, String> form(String... fields) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        return form;
    }

    public static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token in the page:\n" + page);
        }
        return m.group(1);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
