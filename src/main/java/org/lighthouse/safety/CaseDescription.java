package org.lighthouse.safety;

/** A case in words a responder reads: its level, channel, what the person was doing, what opened it, the signals. */
public record CaseDescription(String level, String channel, String context, String trigger, String signals) {
}
