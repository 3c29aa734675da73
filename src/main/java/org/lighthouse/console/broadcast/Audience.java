package org.lighthouse.console.broadcast;

import org.jspecify.annotations.Nullable;

/**
 * Who a broadcast is for: everyone who wrote to the bot in the last {@code days} days, or the students of one class.
 *
 * @param className the class's name when it was chosen, for the pages and the audit log
 */
record Audience(@Nullable Integer days, @Nullable String classId, @Nullable String className) {

    static Audience activeWithin(int days) {
        return new Audience(days, null, null);
    }

    static Audience ofClass(String classId, String className) {
        return new Audience(null, classId, className);
    }

    public boolean isClass() {
        return classId != null;
    }

    /** For the audit log, in English as its other lines are. */
    String describe() {
        return isClass() ? "class " + className + " (" + classId + ")"
                : "everyone active in the last " + days + " days";
    }
}
