package org.lighthouse.database;

import java.nio.file.Path;
import org.lighthouse.shared.ConfigurationProblem;

/**
 * The embedded database's directory is locked by another running Lighthouse. A command-line tool that needs the
 * database tells its user to stop the bot first, rather than showing this as a start-up failure.
 */
public class DataDirectoryInUse extends ConfigurationProblem {

    private final Path dir;

    DataDirectoryInUse(Path dir, Throwable cause) {
        super("the embedded database in " + dir.toAbsolutePath() + " is in use: is another Lighthouse running on the"
                + " same LIGHTHOUSE_DATA_DIR?", cause);
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }
}
