package org.lighthouse.channel.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Reply;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/** Outbox messages keep their kind in the database, and those stored before broadcasts had one still load. */
class OutboxMessageMappingUnitTest {

    private final MappingMongoConverter converter = converter();

    /** A broadcast's message waiting over a restart still goes after the others. */
    @Test
    void aBroadcastMessageStaysOneWhenReadAgain() {
        OutboxMessage read = converter.read(OutboxMessage.class, write(message(Precedence.BULK)));

        assertThat(read.bulk()).isTrue();
        assertThat(read.fence()).isEqualTo(3);
        assertThat(Precedence.of(read)).isEqualTo(Precedence.BULK);
    }

    /**
     * A message stored before broadcasts had a kind loads as an ordinary one, and one stored before the lease with no
     * fence, which any holder may claim; their other fields as they were.
     */
    @Test
    void aMessageStoredBeforeTheseFieldsLoadsAsAReplyWithNoFence() {
        OutboxMessage stored = message(Precedence.REPLY);
        Document document = write(stored);
        document.remove("bulk");
        document.remove("fence");

        OutboxMessage read = converter.read(OutboxMessage.class, document);

        assertThat(read).isEqualTo(new OutboxMessage(stored.id(), stored.chat(), stored.seq(), stored.reply(),
                stored.status(), 0, stored.acceptedAt(), null, null, null, false, 0, null, false));
        assertThat(Precedence.of(read)).isEqualTo(Precedence.REPLY);
    }

    private Document write(OutboxMessage message) {
        Document document = new Document();
        converter.write(message, document);
        return document;
    }

    private static OutboxMessage message(Precedence precedence) {
        return OutboxMessage.pending("bc:B-1:tg:42#0", ChatRef.telegram(42), 7, Reply.text("Thứ Bảy này"),
                Instant.now().truncatedTo(ChronoUnit.MILLIS), precedence, 3);
    }

    /** Spring Data's converter as the application's MongoTemplate has it: with the default conversions. */
    private static MappingMongoConverter converter() {
        MongoCustomConversions conversions = new MongoCustomConversions(List.of());
        MongoMappingContext context = new MongoMappingContext();
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        context.afterPropertiesSet();
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        return converter;
    }
}
