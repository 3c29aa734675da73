package org.lighthouse.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lighthouse.privacy.PersonalData;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.Texts;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** A learner's progress and quiz answers, as they see them in /mydata and as /delete removes them. */
@Component
class LearningData implements PersonalData {

    private final Progresses progresses;
    private final MongoTemplate mongo;
    private final Texts texts;

    LearningData(Progresses progresses, MongoTemplate mongo, Texts texts) {
        this.progresses = progresses;
        this.mongo = mongo;
        this.texts = texts;
    }

    @Override
    public List<String> describe(String person, Language language) {
        List<String> lines = new ArrayList<>();
        progresses.findById(person).ifPresent(progress -> lines.add(texts.get(language, "privacy.learning", Map.of(
                "lessons", progress.lessons().values().stream().filter(LessonRecord::completed).count(),
                "reviews", progress.reviews().size()))));
        long answers = mongo.count(byLearner(person), QuizAttempt.class);
        if (answers > 0) {
            lines.add(texts.get(language, "privacy.quizzes", Map.of("count", answers)));
        }
        return lines;
    }

    @Override
    public void erase(String person) {
        progresses.deleteById(person);
        mongo.remove(byLearner(person), QuizAttempt.class);
    }

    private static Query byLearner(String person) {
        return Query.query(Criteria.where("learner").is(person));
    }
}
