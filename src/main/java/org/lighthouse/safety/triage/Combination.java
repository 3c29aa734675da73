package org.lighthouse.safety.triage;

import java.util.List;
import java.util.Set;
import org.lighthouse.safety.TriageResult.Level;

/**
 * Facts that together show a level although no message shows it alone: an online-only contact, then gifts or secrecy,
 * then a meeting; arrival at a workplace far away, then papers or pay kept, then no way out. Each group is a choice of
 * traits (or signal reasons), and every group must be found.
 *
 * @param keptUrgent whether the conversation stays URGENT once it holds, whatever the conversation model says
 */
record Combination(String reason, Level level, List<Set<String>> groups, boolean keptUrgent) {

    boolean heldBy(Set<String> traits) {
        return groups.stream().allMatch(group -> group.stream().anyMatch(traits::contains));
    }
}
