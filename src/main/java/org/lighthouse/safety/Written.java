package org.lighthouse.safety;

import java.time.Instant;

/** One private message a person wrote, and when: what the triage reads a conversation from. */
public record Written(String text, Instant at) {
}
