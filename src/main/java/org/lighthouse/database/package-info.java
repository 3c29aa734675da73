/**
 * The database: MongoDB at {@code MONGODB_URI}, or the embedded mongo-java-server, which holds the data in memory and
 * forces every write to a journal file before acknowledging it. Other modules use Spring Data MongoDB and never see
 * which one runs.
 */
@org.jspecify.annotations.NullMarked
package org.lighthouse.database;
