package org.lighthouse.offer.chat;

import java.time.Instant;
import java.util.Set;
import org.lighthouse.offer.OfferKind;
import org.lighthouse.offer.RedFlag;
import org.lighthouse.offer.Risk;
import org.lighthouse.shared.Language;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One offer check, for aggregate figures: the kind, the flags, the risk, the language, how it was asked and when.
 * Never the offer's text, nor who asked.
 */
@Document("offer_checks")
record OfferRecord(OfferKind kind, Set<RedFlag> flags, Risk risk, Language language, Method method, Instant at) {

    enum Method { TEXT, FORWARDED, GUIDED, PHOTO }
}
