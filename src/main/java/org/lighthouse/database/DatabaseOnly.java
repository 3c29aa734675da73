package org.lighthouse.database;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * The database alone, for a command-line tool that starts a small Spring context of its own (with Boot's MongoDB
 * auto-configuration): {@code MONGODB_URI} or the embedded store in {@code LIGHTHOUSE_DATA_DIR}, chosen as the bot
 * chooses, without its health checks, probes or erasure listeners. Not a component, so the bot's own scan leaves it.
 */
@Import(DatabaseConfiguration.class)
@EnableConfigurationProperties(DatabaseSettings.class)
public final class DatabaseOnly {

    private DatabaseOnly() {
    }
}
