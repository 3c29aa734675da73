package org.lighthouse.offer.chat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.lighthouse.offer.OfferFigures;
import org.lighthouse.offer.OfferKind;
import org.lighthouse.offer.Risk;
import org.lighthouse.shared.Period;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The offer checks' figures, from the records {@link OfferChat} keeps. */
@Component
class OfferRecords implements OfferFigures {

    private final MongoTemplate mongo;

    OfferRecords(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Checks> byKindAndRisk(Period period) {
        Map<OfferKind, Map<Risk, Integer>> counts = new EnumMap<>(OfferKind.class);
        Query within = Query.query(Criteria.where("at").gte(period.from()).lt(period.to()));
        mongo.find(within, OfferRecord.class).forEach(record -> counts.computeIfAbsent(record.kind(),
                kind -> new EnumMap<>(Risk.class)).merge(record.risk(), 1, Integer::sum));
        return Arrays.stream(OfferKind.values()).flatMap(kind -> Arrays.stream(Risk.values()).map(risk -> new Checks(
                kind, risk, counts.getOrDefault(kind, Map.of()).getOrDefault(risk, 0)))).toList();
    }
}
