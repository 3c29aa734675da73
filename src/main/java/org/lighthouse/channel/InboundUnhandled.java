package org.lighthouse.channel;

/**
 * Published when an event could not be handled, however often it was tried: what the person sent must still reach a
 * person, so whoever listens passes it on.
 */
public record InboundUnhandled(Inbound inbound, String failure) {
}
