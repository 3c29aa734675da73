package org.lighthouse.channel.inbox;

import org.lighthouse.shared.HealthStatuses;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The inbox's part of {@code /actuator/health}: how many events wait, and DEGRADED while events that could not be
 * handled (passed to the responders instead) are among those of the last days.
 */
@Component("inboxHealthIndicator")
class InboxHealth extends AbstractHealthIndicator {

    private final Inbox inbox;
    private final MongoTemplate mongo;

    InboxHealth(Inbox inbox, MongoTemplate mongo) {
        this.inbox = inbox;
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        long unhandled = mongo.count(Query.query(Criteria.where("setAside").is(true)), InboxEntry.class);
        builder.status(unhandled > 0 ? HealthStatuses.DEGRADED : Status.UP)
                .withDetail("waiting", inbox.pending()).withDetail("unhandled", unhandled);
    }
}
