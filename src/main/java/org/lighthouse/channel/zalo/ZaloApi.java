package org.lighthouse.channel.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Calls the Zalo Bot API: JSON over POST to {@code <ZALO_API_URL>/bot<token>/<method>}, its answer read as a JSON
 * tree. Never throws: every outcome is a {@link ZaloAnswer}, and none names the token.
 */
class ZaloApi {

    private static final MediaType JSON_BODY = MediaType.get("application/json; charset=utf-8");
    /** How long a call to send a message may take. */
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final OkHttpClient http;
    private final HttpUrl base;
    private final ObjectMapper json = new ObjectMapper();

    ZaloApi(OkHttpClient http, ZaloSettings settings) {
        this.http = http;
        this.base = HttpUrl.get(settings.apiUrl()).newBuilder().addPathSegment("bot" + settings.token()).build();
    }

    ObjectNode fields() {
        return json.createObjectNode();
    }

    /** Calls a method and waits for its answer; {@code timeout} bounds the whole call, a long poll included. */
    ZaloAnswer call(String method, ObjectNode fields, Duration timeout) {
        Call call = http.newCall(request(method, fields));
        call.timeout().timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (Response response = call.execute()) {
            return answer(response);
        } catch (IOException e) {
            return new ZaloAnswer.Failed("network (" + e.getClass().getSimpleName() + ")");
        } catch (RuntimeException e) {
            return new ZaloAnswer.Failed("unexpected (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Calls a method without waiting: for sending, so that a slow answer holds up no other chat. */
    CompletableFuture<ZaloAnswer> send(String method, ObjectNode fields) {
        CompletableFuture<ZaloAnswer> answer = new CompletableFuture<>();
        Call call = http.newCall(request(method, fields));
        call.timeout().timeout(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        call.enqueue(new Callback() {
            @Override
            public void onResponse(Call done, Response response) {
                try (response) {
                    answer.complete(answer(response));
                } catch (IOException | RuntimeException e) {
                    answer.complete(new ZaloAnswer.Failed("network (" + e.getClass().getSimpleName() + ")"));
                }
            }

            @Override
            public void onFailure(Call failed, IOException e) {
                answer.complete(new ZaloAnswer.Failed("network (" + e.getClass().getSimpleName() + ")"));
            }
        });
        return answer;
    }

    /** Ends the calls under way at once (they answer {@link ZaloAnswer.Failed}): the service is stopping. */
    void cancelAll() {
        http.dispatcher().cancelAll();
    }

    private Request request(String method, ObjectNode fields) {
        return new Request.Builder().url(base.newBuilder().addPathSegment(method).build())
                .post(RequestBody.create(fields.toString(), JSON_BODY)).build();
    }

    private ZaloAnswer answer(Response response) throws IOException {
        ResponseBody body = response.body();
        return read(response.code(), body == null ? "" : body.string());
    }

    /**
     * {@code {"ok":true,"result":...}} or {@code {"ok":false,"error_code":..,"description":..}}; an HTTP error without
     * such a body is a refusal with the HTTP status (a wrong token may get a bare 404), anything else a failure.
     */
    ZaloAnswer read(int status, String body) {
        JsonNode answer;
        try {
            answer = json.readTree(body);
        } catch (IOException e) {
            answer = null;
        }
        if (answer == null || !answer.isObject() || !answer.has("ok")) {
            return status >= 400 && status < 500 ? new ZaloAnswer.Refused(status, "HTTP " + status, null)
                    : new ZaloAnswer.Failed("unreadable answer (HTTP " + status + ")");
        }
        if (answer.path("ok").asBoolean(false)) {
            return new ZaloAnswer.Result(answer.has("result") ? answer.get("result") : NullNode.getInstance());
        }
        JsonNode retry = answer.path("parameters").path("retry_after");
        int code = answer.path("error_code").asInt(0);
        return new ZaloAnswer.Refused(code == 0 ? status : code, answer.path("description").asText(""),
                retry.canConvertToInt() && retry.asInt() > 0 ? Duration.ofSeconds(retry.asInt()) : null);
    }
}
