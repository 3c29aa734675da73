package org.lighthouse.impact;

import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The store of anonymous check-in answers: inserted, never replaced, read whole for the figures. */
@Component
public class CheckinAnswers {

    private final MongoTemplate mongo;

    CheckinAnswers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void add(List<CheckinAnswer> answers) {
        mongo.insertAll(answers);
    }

    public List<CheckinAnswer> all() {
        return mongo.findAll(CheckinAnswer.class);
    }
}
