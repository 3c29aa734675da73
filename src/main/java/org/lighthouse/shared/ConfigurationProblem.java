package org.lighthouse.shared;

import java.util.Optional;

/**
 * A setting that stops Lighthouse from starting. The message says, in one line, what is wrong and what to change.
 */
public class ConfigurationProblem extends RuntimeException {

    public ConfigurationProblem(String whatToFix) {
        super(whatToFix);
    }

    public ConfigurationProblem(String whatToFix, Throwable cause) {
        super(whatToFix, cause);
    }

    /** The first configuration problem in the cause chain of a start-up failure. */
    public static Optional<ConfigurationProblem> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConfigurationProblem problem) {
                return Optional.of(problem);
            }
        }
        return Optional.empty();
    }
}
