/**
 * The database: MongoDB at {@code MONGODB_URI}, or the embedded mongo-java-server on an H2 file that commits every write
 * before acknowledging it. Other modules use Spring Data MongoDB and never see which one runs.
 */
@org.jspecify.annotations.NullMarked
package org.lighthouse.database;
