package org.lighthouse.shared;

/**
 * Whether other Lighthouse instances may share this instance's database: never the embedded one, which lives in this
 * process and holds its data directory; always a MongoDB at {@code MONGODB_URI}.
 *
 * @param exclusive whether this instance is the only one that can reach the database
 */
public record DatabaseScope(boolean exclusive) {
}
