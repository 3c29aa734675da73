package org.lighthouse.safety.triage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.lighthouse.safety.TriageResult.Level;
import org.lighthouse.safety.triage.ConversationJudge.Step;
import org.lighthouse.safety.triage.ConversationJudge.Weighed;

/**
 * What the conversation model reads of a conversation: only what the rules computed already, in few and general
 * features, so that it learns how far to trust the rules rather than the words of the authors it was trained on. The
 * level the rules give, and how (phrases, the message model alone, a combination of traits); how many kept messages
 * were raised alone and how sure the message model was; what was set aside and why; frames and calm cues; the traits
 * found and their order; whether the writer is involved; the number of messages and the time they span.
 */
final class ConversationFeatures {

    private static final double[] SURE = {0.3, 0.5, 0.7, 0.9};
    private static final int[] MESSAGES = {3, 5, 7};
    private static final int[] TRAITS = {2, 3, 4};
    private static final Duration[] SPANS = {Duration.ofHours(1), Duration.ofDays(1)};
    private static final String ONLINE = "online contact";
    private static final String MEETING = "meeting or trip";
    private static final String ARRIVED = "at a workplace";
    private static final Set<String> HELD = Set.of("papers or pay kept", "no way out");

    private final ConversationRules rules;
    private final Involvement involvement;
    private final Set<String> traitNames;

    ConversationFeatures(ConversationRules rules, Involvement involvement) {
        this.rules = rules;
        this.involvement = involvement;
        this.traitNames = Set.copyOf(rules.traits().stream().map(Cue::name).toList());
    }

    String[] of(Weighed weighed) {
        Set<String> features = new LinkedHashSet<>();
        features.add("bias");
        features.add("rules=" + weighed.result().level());
        if (weighed.combined() != Level.NONE) {
            features.add("combined=" + weighed.combined());
        }
        List<Step> kept = new ArrayList<>();
        for (int i = 0; i < weighed.steps().size(); i++) {
            Step step = weighed.steps().get(i);
            String aside = weighed.asides().get(i);
            if (aside == null) {
                kept.add(step);
            } else if (step.alone().level() != Level.NONE) {
                features.add("aside=" + aside);
            }
            step.reading().frames().forEach(frame -> features.add("frame=" + frame));
            rules.ownFrameOf(step.reading()).ifPresent(frame -> features.add("frame=" + frame));
            if (!step.reading().calm().isEmpty()) {
                features.add("calm");
            }
        }
        messages(kept, features);
        atLeast("any urgent", weighed.steps(), step -> step.scores().urgent(), features);
        traits(weighed, kept, features);
        size(weighed.steps(), features);
        if (weighed.weighingOffer()) {
            features.add("weighing an offer");
        }
        if (weighed.reassured()) {
            features.add("reassured");
        }
        return features.toArray(String[]::new);
    }

    /**
     * The features with the view of the model of the conversation's words ({@link ConversationWords}): how sure it
     * is of URGENT, and of any danger, in the same steps as the message model's. A conversation of too few words
     * gives it nothing to read, and its view is then its prior (two in three raised, as in the labelled sets): a name
     * or a "1" typed as an answer was raised to CONCERN by that prior.
     */
    static String[] withWords(String[] features, String[] words, ConversationModel wordsModel) {
        if (!ConversationWords.enoughToRead(words)) {
            return features;
        }
        ModelScores view = wordsModel.classify(words);
        Set<String> all = new LinkedHashSet<>(List.of(features));
        for (double sure : SURE) {
            if (view.urgent() >= sure) {
                all.add("words urgent>=" + sure);
            }
            if (1 - view.none() >= sure) {
                all.add("words raised>=" + sure);
            }
        }
        return all.toArray(String[]::new);
    }

    /** What the kept messages show read alone: how many were raised, by what, and how sure the message model was. */
    private void messages(List<Step> kept, Set<String> features) {
        for (Level level : List.of(Level.URGENT, Level.CONCERN)) {
            long raised = kept.stream().filter(step -> step.alone().level() == level).count();
            for (int count = 1; count <= 2 && count <= raised; count++) {
                features.add("alone " + level + ">=" + count);
            }
            if (kept.stream().anyMatch(step -> step.reading().signals().stream()
                    .anyMatch(signal -> signal.level() == level))) {
                features.add("phrase=" + level);
            }
        }
        if (kept.stream().anyMatch(step -> step.alone().modelAlone())) {
            features.add("model alone");
        }
        atLeast("urgent", kept, step -> step.scores().urgent(), features);
        atLeast("raised", kept, step -> 1 - step.scores().none(), features);
        if (kept.stream().anyMatch(step -> involvement.isPersonal(step.reading().text()))) {
            features.add("personal");
        }
        if (!kept.isEmpty() && kept.get(kept.size() - 1).alone().level() != Level.NONE) {
            features.add("last raised");
        }
    }

    private static void atLeast(String name, List<Step> kept, ToDoubleFunction<Step> score, Set<String> features) {
        double highest = kept.stream().mapToDouble(score).max().orElse(0);
        for (double sure : SURE) {
            if (highest >= sure) {
                features.add(name + ">=" + sure);
            }
        }
    }

    /** The traits of the kept messages, how many, and whether they came in a telling order. */
    private void traits(Weighed weighed, List<Step> kept, Set<String> features) {
        List<String> named = weighed.traits().stream().filter(traitNames::contains).sorted().toList();
        named.forEach(trait -> features.add("trait=" + trait));
        for (int count : TRAITS) {
            if (named.size() >= count) {
                features.add("traits>=" + count);
            }
        }
        if (before(kept, Set.of(ONLINE), Set.of(MEETING))) {
            features.add("online contact, then a meeting");
        }
        if (before(kept, Set.of(ARRIVED), HELD)) {
            features.add("arrival, then held");
        }
    }

    private static boolean before(List<Step> kept, Set<String> first, Set<String> then) {
        int firstSeen = -1;
        for (int i = 0; i < kept.size(); i++) {
            Set<String> traits = kept.get(i).traits();
            if (firstSeen >= 0 && i > firstSeen && traits.stream().anyMatch(then::contains)) {
                return true;
            }
            if (firstSeen < 0 && traits.stream().anyMatch(first::contains)) {
                firstSeen = i;
            }
        }
        return false;
    }

    private static void size(List<Step> steps, Set<String> features) {
        for (int count : MESSAGES) {
            if (steps.size() >= count) {
                features.add("messages>=" + count);
            }
        }
        if (steps.isEmpty()) {
            return;
        }
        Duration span = Duration.between(steps.get(0).message().at(), steps.get(steps.size() - 1).message().at());
        for (Duration least : SPANS) {
            if (span.compareTo(least) >= 0) {
                features.add("span>=" + least);
            }
        }
    }
}
