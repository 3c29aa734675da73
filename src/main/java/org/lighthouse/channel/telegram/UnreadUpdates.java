package org.lighthouse.channel.telegram;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The updates that could not be read ({@code telegram_unread}): noted, kept a batch at a time, counted, forgotten
 * after a week.
 */
class UnreadUpdates {

    private static final Duration KEEP = Duration.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(UnreadUpdates.class);

    private final MongoTemplate mongo;
    private final Clock clock;

    UnreadUpdates(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Logs an update the parser refused, and returns its record for {@link #keep}. */
    UnreadUpdate note(JsonNode update, Exception failure, boolean passedOn) {
        JsonNode id = update.path("update_id");
        Long updateId = id.isIntegralNumber() ? id.asLong() : null;
        String type = type(update);
        String error = describe(failure);
        log.warn("Telegram update {} ({}) could not be read: {}; {}", updateId, type, error,
                passedOn ? "its private text was passed on" : "kept as an unread record");
        return new UnreadUpdate(updateId == null ? "no-id:" + UUID.randomUUID() : UpdateMapper.key(updateId), updateId,
                type, error, clock.instant(), JsonShape.of(update), passedOn);
    }

    /**
     * Stores a batch's records in one write (an update delivered again replaces its record); a failure is logged and
     * never stops the intake.
     */
    void keep(List<UnreadUpdate> records) {
        if (records.isEmpty()) {
            return;
        }
        var bulk = mongo.bulkOps(BulkMode.UNORDERED, UnreadUpdate.class);
        records.forEach(record -> bulk.replaceOne(Query.query(Criteria.where("_id").is(record.id())), record,
                FindAndReplaceOptions.options().upsert()));
        try {
            bulk.execute();
        } catch (DataAccessException e) {
            log.error("Could not keep {} unread updates: {}", records.size(), e.toString());
        }
    }

    /** How many were kept in the last week; empty when the database does not answer. */
    OptionalLong count() {
        try {
            return OptionalLong.of(mongo.count(new Query(), UnreadUpdate.class));
        } catch (DataAccessException e) {
            return OptionalLong.empty();
        }
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void forgetOld() {
        mongo.remove(Query.query(Criteria.where("at").lt(clock.instant().minus(KEEP))), UnreadUpdate.class);
    }

    private static String type(JsonNode update) {
        for (Iterator<String> names = update.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("update_id")) {
                return name;
            }
        }
        return "(none)";
    }

    /**
     * The exception and where it arose, as field names: Jackson's own message may quote the value it could not read,
     * which may be what a person wrote.
     */
    static String describe(Exception failure) {
        StringBuilder text = new StringBuilder(failure.getClass().getSimpleName());
        if (failure instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            text.append(" at ").append(mapping.getPath().stream()
                    .map(step -> step.getFieldName() != null ? step.getFieldName() : "[" + step.getIndex() + "]")
                    .collect(Collectors.joining(".")));
        }
        Throwable cause = failure.getCause();
        if (cause != null && cause != failure) {
            text.append(" (").append(cause.getClass().getSimpleName()).append(')');
        }
        return text.toString();
    }
}
