package org.lighthouse.channel.telegram;

import java.time.Duration;
import okhttp3.HttpUrl;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Inbound;
import org.lighthouse.channel.PhotoFetch;
import org.lighthouse.channel.PhotoFetcher;
import org.lighthouse.channel.photos.PhotoDownload;

/**
 * Fetches a photo a person sent on Telegram as the Bot API says: {@code getFile} with its file id gives a path, valid
 * for an hour, under {@code <api>/file/bot<token>/}. Telegram lets bots download files of up to 20 MB: getFile refuses
 * a larger one ("file is too big").
 */
class TelegramPhotos implements PhotoFetcher {

    private final BotApi api;
    private final HttpUrl files;

    TelegramPhotos(BotApi api, TelegramSettings settings) {
        this.api = api;
        this.files = HttpUrl.get(settings.apiUrl().toString()).newBuilder().addPathSegment("file")
                .addPathSegment("bot" + settings.token()).build();
    }

    @Override
    public boolean covers(ChatRef chat) {
        return chat.channel() == ChatRef.Channel.TELEGRAM;
    }

    @Override
    public PhotoFetch fetch(Inbound photo, long maxBytes, Duration timeout) {
        if (photo.media() == null) {
            return new PhotoFetch.Failed("no file id");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        ApiAnswer answer = api.call("getFile", api.fields().put("file_id", photo.media()), timeout);
        if (answer instanceof ApiAnswer.Refused refused && refused.description().contains("file is too big")) {
            return new PhotoFetch.TooLarge();
        }
        if (!(answer instanceof ApiAnswer.Result file) || !file.value().path("file_path").isTextual()) {
            return new PhotoFetch.Failed("getFile: " + (answer instanceof ApiAnswer.Refused refused
                    ? refused.code() + " " + refused.description() : answer.kind()));
        }
        if (file.value().path("file_size").asLong(0) > maxBytes) {
            return new PhotoFetch.TooLarge();
        }
        HttpUrl address = files.newBuilder().addPathSegments(file.value().get("file_path").asText()).build();
        return PhotoDownload.fetch(address, maxBytes, Duration.ofNanos(deadline - System.nanoTime()));
    }
}
