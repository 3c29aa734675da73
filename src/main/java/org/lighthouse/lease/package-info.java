/**
 * Active and standby: any number of instances may run against one database, and exactly one of them is active. It
 * holds the lease document, renews it every few seconds, and alone polls the platforms, sends the outbox and runs the
 * scheduled jobs; a standby takes the lease over when it lapses. The lease's token grows at every takeover and fences
 * the writes that must not happen twice: a paused old holder that wakes up finds them refused.
 */
@org.jspecify.annotations.NullMarked
package org.lighthouse.lease;
