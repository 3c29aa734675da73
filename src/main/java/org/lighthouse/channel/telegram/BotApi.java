package org.lighthouse.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Calls the Bot API over plain HTTP and reads the answer as a JSON tree, for the calls whose answers must be read
 * field by field rather than by TelegramBots' strict parser: getUpdates, and the {@link TelegramChatProbe}'s questions.
 */
class BotApi {

    private static final MediaType JSON_BODY = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http;
    private final HttpUrl base;
    private final ObjectMapper json = new ObjectMapper();

    BotApi(OkHttpClient http, TelegramSettings settings) {
        this.http = http;
        this.base = HttpUrl.get(settings.apiUrl().toString()).newBuilder().addPathSegment("bot" + settings.token())
                .build();
    }

    ObjectNode fields() {
        return json.createObjectNode();
    }

    /** Calls a method; never throws. {@code timeout} bounds the whole call, a long poll included. */
    ApiAnswer call(String method, ObjectNode fields, Duration timeout) {
        Request request = new Request.Builder().url(base.newBuilder().addPathSegment(method).build())
                .post(RequestBody.create(fields.toString(), JSON_BODY)).build();
        Call call = http.newCall(request);
        call.timeout().timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (Response response = call.execute()) {
            ResponseBody body = response.body();
            return read(response.code(), body == null ? "" : body.string());
        } catch (IOException e) {
            return new ApiAnswer.Failed("network (" + e.getClass().getSimpleName() + ")");
        } catch (RuntimeException e) {
            // a fault of the HTTP stack must not end the polling thread: it is told like any failed call
            return new ApiAnswer.Failed("unexpected (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Ends the calls under way at once (they answer {@link ApiAnswer.Failed}): the service is stopping. */
    void cancelAll() {
        http.dispatcher().cancelAll();
    }

    private ApiAnswer read(int status, String body) {
        JsonNode answer;
        try {
            answer = json.readTree(body);
        } catch (IOException e) {
            return unreadable(status);
        }
        if (answer == null || !answer.isObject()) {
            return unreadable(status);
        }
        if (answer.path("ok").asBoolean(false)) {
            return answer.has("result") ? new ApiAnswer.Result(answer.get("result")) : unreadable(status);
        }
        JsonNode retry = answer.path("parameters").path("retry_after");
        return new ApiAnswer.Refused(answer.path("error_code").asInt(status), answer.path("description").asText(""),
                retry.canConvertToInt() ? Duration.ofSeconds(Math.max(1, retry.asInt())) : null);
    }

    private static ApiAnswer unreadable(int status) {
        return new ApiAnswer.Failed("unreadable answer (HTTP " + status + ")");
    }
}
