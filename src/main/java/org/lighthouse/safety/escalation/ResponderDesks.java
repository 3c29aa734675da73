package org.lighthouse.safety.escalation;

import java.util.Map;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Which of their cases each responder is talking in now: what they type goes to that case's person. */
@Component
class ResponderDesks {

    private static final String COLLECTION = "responder_desks";

    private final MongoTemplate mongo;

    ResponderDesks(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<String> current(String responder) {
        Map<?, ?> desk = mongo.findById(responder, Map.class, COLLECTION);
        return desk == null ? Optional.empty() : Optional.ofNullable((String) desk.get("case"));
    }

    void use(String responder, String caseId) {
        mongo.upsert(Query.query(Criteria.where("_id").is(responder)), Update.update("case", caseId), COLLECTION);
    }
}
