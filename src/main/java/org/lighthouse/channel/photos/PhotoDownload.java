package org.lighthouse.channel.photos;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.BufferedSource;
import org.lighthouse.channel.PhotoFetch;

/**
 * Downloads a photo into memory, never to a file: at most a given size (a larger one is cut off as soon as it shows,
 * by its Content-Length or by reading one byte past the limit), the whole call within a timeout.
 */
public final class PhotoDownload {

    private static final OkHttpClient HTTP = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
            .build();

    private PhotoDownload() {
    }

    /** Fetches {@code address}; the outcome never names it (it may hold a token). Never throws. */
    public static PhotoFetch fetch(HttpUrl address, long maxBytes, Duration timeout) {
        Call call = HTTP.newCall(new Request.Builder().url(address).get().build());
        call.timeout().timeout(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
        try (Response response = call.execute()) {
            if (!response.isSuccessful()) {
                return new PhotoFetch.Failed("HTTP " + response.code());
            }
            if (response.body().contentLength() > maxBytes) {
                return new PhotoFetch.TooLarge();
            }
            BufferedSource body = response.body().source();
            return body.request(maxBytes + 1) ? new PhotoFetch.TooLarge()
                    : new PhotoFetch.Fetched(body.readByteArray());
        } catch (IOException e) {
            return new PhotoFetch.Failed("network (" + e.getClass().getSimpleName() + ")");
        } catch (RuntimeException e) {
            return new PhotoFetch.Failed("unexpected (" + e.getClass().getSimpleName() + ")");
        }
    }
}
