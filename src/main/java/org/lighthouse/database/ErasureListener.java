package org.lighthouse.database;

import org.lighthouse.privacy.PersonErased;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the embedded database that a person's data was erased, so that its files soon keep none of it. */
@Component
class ErasureListener {

    private final DatabaseSettings settings;
    private final ObjectProvider<EmbeddedMongo> embedded;

    ErasureListener(DatabaseSettings settings, ObjectProvider<EmbeddedMongo> embedded) {
        this.settings = settings;
        this.embedded = embedded;
    }

    /** On a real MongoDB, nothing to do here: its own files are its operator's concern. */
    @EventListener
    void on(PersonErased erased) {
        if (settings.embedded()) {
            embedded.getObject().erased();
        }
    }
}
