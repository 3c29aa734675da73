package org.lighthouse.safety.escalation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Pseudonymous references for people in cases (P-7KQ2M9XA): the same person gets the same reference, and the
 * reference cannot be turned back into a Telegram account without this installation's secret key. Case ids are
 * random.
 */
@Component
public class Pseudonyms {

    private static final String BASE32 = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    Pseudonyms(MongoTemplate mongo) {
        String fresh = Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32));
        Map<?, ?> stored = mongo.findAndModify(Query.query(Criteria.where("_id").is("pseudonyms")),
                new Update().setOnInsert("key", fresh), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Map.class, "safety_keys");
        this.key = new SecretKeySpec(Base64.getDecoder().decode(String.valueOf(stored.get("key"))), "HmacSHA256");
    }

    public String of(String chat) {
        return "P-" + code(chat, 8);
    }

    /** A random case id: unguessable, and unique with overwhelming odds (32^8 values). */
    static String caseId() {
        StringBuilder out = new StringBuilder("C-");
        for (int i = 0; i < 8; i++) {
            out.append(BASE32.charAt(RANDOM.nextInt(BASE32.length())));
        }
        return out.toString();
    }

    private String code(String text, int length) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] hash = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < length; i++) {
                out.append(BASE32.charAt((hash[i] & 0xff) % BASE32.length()));
            }
            return out.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
