package org.lighthouse.database;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.Set;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend of the embedded server, made to commit a write to its file before the write is acknowledged.
 *
 * <p>Left alone, H2 commits once a second and a crash loses up to a second of acknowledged writes; a safety case or an
 * outbox message must not be among them. The commit writes to the file without forcing it to the disk, so a crash of
 * the process loses nothing, while a power cut may still lose the last writes (production runs on real MongoDB).
 * Concurrent writes share a commit ({@link GroupCommit}): each is acknowledged only after a commit that began after it
 * was applied.
 */
class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findandmodify", "createindexes",
            "drop", "dropdatabase", "dropindexes", "renamecollection", "create");

    private final GroupCommit group = new GroupCommit(this::commit);

    DurableH2Backend(MVStore store) {
        super(store);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        Document result = super.handleCommand(channel, databaseName, command, query);
        if (WRITE_COMMANDS.contains(command.toLowerCase())) {
            group.awaitCommitted();
        }
        return result;
    }
}
