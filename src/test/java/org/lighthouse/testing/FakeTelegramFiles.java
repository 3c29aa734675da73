package org.lighthouse.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import okhttp3.mockwebserver.MockResponse;
import okio.Buffer;

/**
 * The files side of {@link FakeTelegram}, as the Bot API serves files to bots: a photo comes in several sizes (here a
 * 90-pixel thumbnail and the picture itself), each with its own {@code file_id}; {@code getFile} gives a
 * {@code file_path}, downloaded from {@code /file/bot<token>/<file_path>}. As Telegram: an unknown file id gets 400
 * "invalid file_id", and a file over 20 MB cannot be downloaded by a bot ("file is too big").
 */
final class FakeTelegramFiles {

    /** The largest file a bot may download from the Bot API. */
    static final long MOST_DOWNLOADED = 20L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A file Telegram keeps: its bytes, the size it says, and where getFile puts it. */
    private record Stored(byte[] bytes, long size, String path) {
    }

    private final Map<String, Stored> byId = new ConcurrentHashMap<>();
    private final Map<String, Stored> byPath = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger(1);

    /** The {@code photo} field of a message: the picture's sizes, smallest first, as Telegram lists them. */
    ArrayNode photoSizes(byte[] png) {
        BufferedImage picture = read(png);
        ArrayNode sizes = JSON.createArrayNode();
        BufferedImage thumbnail = thumbnail(picture);
        sizes.add(size(store(OfferPictures.png(thumbnail), -1), thumbnail.getWidth(), thumbnail.getHeight()));
        sizes.add(size(store(png, -1), picture.getWidth(), picture.getHeight()));
        return sizes;
    }

    /** The {@code photo} field of a message whose only size is a file of {@code size} bytes (its content is none). */
    ArrayNode photoOfSize(long size) {
        ArrayNode sizes = JSON.createArrayNode();
        sizes.add(size(store(new byte[0], size), 4000, 3000));
        return sizes;
    }

    /** The {@code voice} (or {@code audio}) field of a message: an OGG recording the bot can fetch with getFile. */
    ObjectNode voice(byte[] ogg, int seconds) {
        String id = store(ogg, -1, "voice", "oga");
        return JSON.createObjectNode().put("file_id", id).put("file_unique_id", "u" + id).put("duration", seconds)
                .put("mime_type", "audio/ogg").put("file_size", ogg.length);
    }

    /**
     * The message sendVoice or sendAudio sent, with the file as Telegram then keeps it: an upload gets a new file id,
     * by which the bot may send it again.
     */
    JsonNode withVoice(JsonNode sent, FakeTelegram.Call call) {
        String field = call.method().equals("sendvoice") ? "voice" : "audio";
        byte[] uploaded = call.uploaded();
        String id = uploaded != null ? store(uploaded, -1, "voice", "oga") : String.valueOf(call.fields().get(field));
        ((ObjectNode) sent).remove("text");
        ((ObjectNode) sent).putObject(field).put("file_id", id).put("file_unique_id", "u" + id).put("duration", 1);
        return sent;
    }

    /** Telegram refuses to send by a file id it never gave. */
    Optional<String> unknownVoice(FakeTelegram.Call call) {
        if (!call.isVoice() || call.uploaded() != null) {
            return Optional.empty();
        }
        Object id = call.fields().get(call.method().equals("sendvoice") ? "voice" : "audio");
        return byId.containsKey(String.valueOf(id)) ? Optional.empty()
                : Optional.of("Bad Request: wrong file identifier/HTTP URL specified");
    }

    /** Forgets every file, as Telegram does for another bot's token: their ids are refused from now on. */
    void forgetAll() {
        byId.clear();
        byPath.clear();
    }

    /** getFile's answer, or why Telegram refuses it. */
    Optional<String> refusal(Map<String, Object> fields) {
        Stored file = byId.get(String.valueOf(fields.get("file_id")));
        if (file == null) {
            return Optional.of("Bad Request: invalid file_id");
        }
        return file.size() > MOST_DOWNLOADED ? Optional.of("Bad Request: file is too big") : Optional.empty();
    }

    JsonNode getFile(Map<String, Object> fields) {
        String id = String.valueOf(fields.get("file_id"));
        Stored file = byId.get(id);
        return JSON.createObjectNode().put("file_id", id).put("file_unique_id", "u" + id)
                .put("file_size", file.size()).put("file_path", file.path());
    }

    /** {@code GET /file/bot<token>/<path>}: the file, or 404 as Telegram answers an unknown path. */
    MockResponse download(String path) {
        Stored file = byPath.get(path);
        if (file == null) {
            return new MockResponse().setResponseCode(404).setHeader("Content-Type", "application/json")
                    .setBody("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
        }
        return new MockResponse().setHeader("Content-Type", "image/png").setBody(new Buffer().write(file.bytes()));
    }

    private String store(byte[] bytes, long claimedSize) {
        return store(bytes, claimedSize, "photo", "png");
    }

    private String store(byte[] bytes, long claimedSize, String kind, String extension) {
        int n = next.getAndIncrement();
        String id = "AgACAgIAAxkBAAI" + n + kind;
        Stored file = new Stored(bytes, claimedSize < 0 ? bytes.length : claimedSize,
                kind + "s/file_" + n + "." + extension);
        byId.put(id, file);
        byPath.put(file.path(), file);
        return id;
    }

    private ObjectNode size(String fileId, int width, int height) {
        return JSON.createObjectNode().put("file_id", fileId).put("file_unique_id", "u" + fileId)
                .put("width", width).put("height", height).put("file_size", byId.get(fileId).size());
    }

    private static BufferedImage thumbnail(BufferedImage picture) {
        int height = Math.max(1, picture.getHeight() * 90 / picture.getWidth());
        BufferedImage small = new BufferedImage(90, height, BufferedImage.TYPE_INT_RGB);
        small.createGraphics().drawImage(picture, 0, 0, 90, height, null);
        return small;
    }

    private static BufferedImage read(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
