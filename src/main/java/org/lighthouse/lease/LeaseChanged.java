package org.lighthouse.lease;

/**
 * This instance became active (holding {@code token}) or went to standby. Published after the change, in the order
 * the changes happened, on a thread of the lease's own; an instance that is active from its start publishes nothing
 * (its services ask {@link Lease#active()} as they start).
 */
public record LeaseChanged(boolean active, long token) {
}
