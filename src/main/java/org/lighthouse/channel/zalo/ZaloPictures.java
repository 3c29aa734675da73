package org.lighthouse.channel.zalo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.Reply;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Zalo sends photos from an address, not from bytes: a lesson's picture is kept here (named by its SHA-256, so each
 * picture once) and served at {@code <ZALO_PUBLIC_BASE_URL>/zalo/pictures/<name>}. Only pictures meant to be shown
 * (lesson images, the same for everyone) are published this way, never files such as a class's QR code or report; a
 * picture not sent for 30 days is forgotten.
 */
class ZaloPictures {

    static final String PATH = "/zalo/pictures/";
    private static final Duration KEEP = Duration.ofDays(30);

    @Document("zalo_pictures")
    record Picture(@Id String name, String mediaType, byte[] content, Instant at) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;
    private final @Nullable String base;

    ZaloPictures(MongoTemplate mongo, Clock clock, ZaloSettings settings) {
        this.mongo = mongo;
        this.clock = clock;
        this.base = settings.publicBaseUrl();
    }

    /** The public address of the picture, kept for Zalo to fetch; empty without a public address, or for a file. */
    Optional<String> publish(Reply.Document document) {
        if (base == null || !document.picture()) {
            return Optional.empty();
        }
        String name = hash(document.content()) + extension(document.mediaType());
        mongo.save(new Picture(name, document.mediaType(), document.content(), clock.instant()));
        return Optional.of(base + PATH + name);
    }

    Optional<Picture> find(String name) {
        return Optional.ofNullable(mongo.findById(name, Picture.class));
    }

    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT5M")
    void forgetOld() {
        mongo.remove(Query.query(Criteria.where("at").lt(clock.instant().minus(KEEP))), Picture.class);
    }

    private static String extension(String mediaType) {
        return switch (mediaType) {
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "image/gif" -> ".gif";
            case "image/webp" -> ".webp";
            default -> "";
        };
    }

    private static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean wellFormed(String name) {
        return name.matches("[0-9a-f]{64}(\\.[a-z]{3,4})?") && name.getBytes(StandardCharsets.US_ASCII).length <= 69;
    }
}
