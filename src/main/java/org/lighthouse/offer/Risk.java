package org.lighthouse.offer;

import java.util.Set;

/** How risky an offer looks. {@code LOW} means no warning sign was found in what was shared, never "safe". */
public enum Risk {
    HIGH, MEDIUM, LOW;

    private static final int MANY_FLAGS = 3;

    /** High for any severe flag or three flags and more, medium for one or two others, low for none. */
    public static Risk of(Set<RedFlag> flags) {
        if (flags.size() >= MANY_FLAGS || flags.stream().anyMatch(RedFlag::severe)) {
            return HIGH;
        }
        return flags.isEmpty() ? LOW : MEDIUM;
    }
}
