package org.lighthouse.safety.triage;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lighthouse.safety.TriageResult;
import org.lighthouse.safety.TriageResult.Level;
import org.lighthouse.safety.Written;

/**
 * Reads one person's recent messages as a responder would. A frame set up in one message (a film retold, a quiz, an
 * exam) holds for the messages that follow it until it lapses or a message breaks it ("this is real"), so "they
 * locked her in" after "I watched a drama" stays NONE; a message that says the one before was a joke or a scene
 * ("sorry, I mean in the drama") sets that one aside too, and so does laughter. The traits of the messages outside a
 * frame accumulate, and a combination of them raises the conversation although no message alone does. The level is
 * the highest the conversation reached by its last message.
 */
final class ConversationJudge {

    private static final String LAUGHTER = "laughter";
    private static final String TOLD_LIGHTLY = "told as a joke or a scene";
    private static final String SHOWN_LEGITIMATE = "a contract, a licence or a public office behind it";
    private static final String UNSUPPORTED = "the model alone, unsure, with nothing else in the conversation";
    /** How many messages after a raised one may say it was a joke or a scene. */
    private static final int REVEALS_BACK = 2;
    private static final int READINGS_KEPT = 20_000;
    /** The model's probability for its level above which a message it alone raised needs nothing else to count. */
    static final double SURE_ALONE = 0.8;
    /** How many raised messages leaning URGENT make a conversation URGENT, when nothing else does. */
    static final int LEANING_URGENT = 2;
    /** The fewest words in which the message model reads more than its prior, in a conversation. */
    static final int WORDS_TO_READ = 4;
    private static final ModelScores UNREAD = new ModelScores(0, 0, 1);

    private final ConversationRules rules;
    /** The reasons of the combinations that keep a conversation URGENT ({@code kept-urgent}). */
    private final Set<String> keptUrgentReasons;
    private final TriageEngine messages;
    /**
     * Each new message is judged with up to seven earlier ones, read already when they came: keeping the readings of
     * recent texts makes a conversation cost about one message's reading rather than eight.
     */
    private final Cache<String, Alone> readings = Caffeine.newBuilder().maximumSize(READINGS_KEPT).build();

    ConversationJudge(ConversationRules rules, TriageEngine messages) {
        this.rules = rules;
        this.keptUrgentReasons = rules.combinations().stream().filter(Combination::keptUrgent)
                .map(Combination::reason).collect(Collectors.toUnmodifiableSet());
        this.messages = messages;
    }

    TriageResult judge(List<Written> conversation) {
        return weigh(conversation).result();
    }

    /** The level the rules give a conversation, with what they read on the way to it. */
    Weighed weigh(List<Written> conversation) {
        List<Step> steps = steps(conversation);
        List<@Nullable String> asides = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            asides.add(asideReason(steps, i));
        }
        List<Step> kept = new ArrayList<>();
        List<@Nullable String> setAside = new ArrayList<>(asides);
        Outcome outcome = new Outcome();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String aside = asides.get(i);
            if (aside != null) {
                outcome.setAside(step.alone(), aside);
            } else if (unsupported(steps, asides, i)) {
                setAside.set(i, UNSUPPORTED);
                outcome.setAside(step.alone(), UNSUPPORTED);
            } else {
                kept.add(step);
            }
        }
        Set<String> traits = new HashSet<>();
        long messagesWithTraits = kept.stream().filter(step -> rules.questionFrames()
                .containsAll(step.reading().frames())).filter(step -> traits.addAll(step.traits())).count();
        boolean weighingOffer = traits.stream().anyMatch(rules.offer()::contains)
                && traits.stream().noneMatch(rules.arrival()::contains);
        kept.forEach(step -> outcome.raise(weighingOffer ? withoutLift(step) : step.alone()));
        boolean reassured = kept.stream().anyMatch(this::reassures);
        Level combined = Level.NONE;
        Set<String> urgentCombinations = new HashSet<>();
        if (messagesWithTraits > 1) {
            for (Combination combination : rules.combinations()) {
                if (combination.heldBy(traits) && (combination.level() == Level.URGENT || !reassured)) {
                    Level reached = weighingOffer ? Level.CONCERN : combination.level();
                    combined = reached.above(combined) ? reached : combined;
                    outcome.raise(reached, combination.reason());
                    if (reached == Level.URGENT) {
                        urgentCombinations.add(combination.reason());
                    }
                }
            }
        }
        if (!weighingOffer && kept.stream().filter(ConversationJudge::leansUrgent).count() >= LEANING_URGENT) {
            outcome.raise(Level.URGENT, "worrying messages add up");
        }
        boolean phrasedUrgent = !kept.isEmpty() && kept.get(kept.size() - 1) == steps.get(steps.size() - 1)
                && phrasedUrgent(kept.get(kept.size() - 1));
        return new Weighed(steps, setAside, traits, weighingOffer, reassured, combined,
                Set.copyOf(urgentCombinations), phrasedUrgent, outcome.result());
    }

    /**
     * Whether the conversation stays URGENT whatever the conversation model says: its last message is URGENT by a
     * phrase that says so, or it holds a combination ({@code kept-urgent} in {@code triage-conversations.yml}) whose
     * conversations were always URGENT among the authors', where the model lowered some of them.
     */
    boolean keptUrgent(Weighed weighed) {
        return weighed.phrasedUrgent() || !Collections.disjoint(weighed.urgentCombinations(), keptUrgentReasons);
    }

    Set<String> combinationsKeptUrgent() {
        return keptUrgentReasons;
    }

    /**
     * A message of a conversation about an offer not taken yet: URGENT only with a phrase that says so or a model sure
     * of it, since the rest is risk in the offer rather than danger now; what the combinations find still raises it.
     */
    private static TriageResult withoutLift(Step step) {
        TriageResult alone = step.alone();
        boolean phrased = step.reading().signals().stream().anyMatch(signal -> signal.level() == Level.URGENT);
        return alone.level() != Level.URGENT || phrased || step.scores().urgent() >= SURE_ALONE ? alone
                : new TriageResult(Level.CONCERN, alone.signals(), alone.setAside(), alone.model());
    }

    /**
     * A message URGENT by a phrase that says so, or that the message model is sure of, as for an offer weighed: not
     * by an unsure model's lift alone. A safe word is such a phrase: agreed beforehand, it means danger whatever the
     * messages before it say.
     */
    private boolean phrasedUrgent(Step step) {
        return step.alone().level() == Level.URGENT && (step.scores().urgent() >= SURE_ALONE
                || step.reading().signals().stream().anyMatch(signal -> signal.level() == Level.URGENT)
                || messages.isSafeWord(step.message().text()));
    }

    /** A raised message the model reads as URGENT more likely than not. */
    private static boolean leansUrgent(Step step) {
        return step.alone().level() != Level.NONE && step.scores().urgent() >= 0.5 && !unsure(step);
    }

    /**
     * Whether the message was raised by the model alone, without being sure, in a conversation that gives it no
     * support: no other message raised, and no two facts that worry (online contact, gifts, a trip...) in the other
     * messages, or a calm cue somewhere ("he has a border pass"). An everyday follow-up ("he knows the traders for
     * years") reads differently after what came before, which the model never saw.
     */
    private boolean unsupported(List<Step> steps, List<@Nullable String> asides, int index) {
        if (!unsure(steps.get(index))) {
            return false;
        }
        Set<String> facts = new HashSet<>();
        boolean calm = false;
        for (int other = 0; other < steps.size(); other++) {
            Step another = steps.get(other);
            calm |= !another.reading().calm().isEmpty();
            if (other == index || asides.get(other) != null) {
                continue;
            }
            if (another.alone().level() != Level.NONE) {
                return false;
            }
            another.traits().stream().filter(trait -> !Concepts.isConcept(trait)).forEach(facts::add);
        }
        return calm || facts.size() < 2;
    }

    /** Whether only the message model raised the message, without being sure. */
    private static boolean unsure(Step step) {
        return step.alone().modelAlone() && step.scores().of(step.alone().level()) < SURE_ALONE;
    }

    /** Why the message is not what it seems: a frame it or an earlier message set up, or what the next one says. */
    private @Nullable String asideReason(List<Step> steps, int index) {
        Step step = steps.get(index);
        if (step.unmasked()) {
            return null;
        }
        if (step.carried() != null) {
            return step.carried();
        }
        return rules.ownFrameOf(step.reading()).orElseGet(() -> revealedBy(steps, index));
    }

    /** Each message read alone, with the frame of earlier messages that still holds for it. */
    private List<Step> steps(List<Written> conversation) {
        List<Step> steps = new ArrayList<>();
        String frame = null;
        Instant frameSeen = null;
        for (Written message : conversation) {
            Alone alone = readings.get(message.text(), this::alone);
            boolean holds = frame != null && !alone.breaks() && !lapsed(frameSeen, message.at());
            String carried = holds ? frame : null;
            String started = rules.frameOf(alone.reading());
            frame = started != null ? started : carried;
            frameSeen = frame == null ? null : message.at();
            steps.add(new Step(message, alone, carried, false));
        }
        return unmasked(steps);
    }

    /**
     * The steps once a message says that what came before was no film or story after all ("it's not a movie, it's
     * me"): the messages before it are read without their frames.
     */
    private List<Step> unmasked(List<Step> steps) {
        int unmasking = -1;
        for (int i = 0; i < steps.size(); i++) {
            if (rules.breaks().isIn(steps.get(i).reading().text())) {
                unmasking = i;
            }
        }
        List<Step> unmasked = new ArrayList<>(steps);
        for (int i = 0; i < unmasking; i++) {
            Step step = steps.get(i);
            if (step.carried() != null || !step.reading().frames().isEmpty() || rules.ownFrameOf(step.reading())
                    .isPresent()) {
                Alone read = step.read();
                Reading unframed = read.reading().withoutFrames();
                Alone withoutFrames = new Alone(unframed, messages.decide(step.message().text(), unframed,
                        read.scores()), read.scores(), read.traits(), read.breaks());
                unmasked.set(i, new Step(step.message(), withoutFrames, null, true));
            }
        }
        return unmasked;
    }

    /**
     * Why a raised message is not what it seems, from itself or the messages around it: it or the message before it
     * laughs, or it or one of the next two says it was a joke, a scene or a frame; or, for a CONCERN, it or any later
     * message says that the plan has a contract, a licence or a public office behind it, or that the person is fine.
     * Null when nothing says so, or when the message breaks frames.
     */
    private @Nullable String revealedBy(List<Step> steps, int index) {
        Step step = steps.get(index);
        if (step.alone().level() == Level.NONE || step.breaks()) {
            return null;
        }
        if (laughable(step) && laughsOff(step) || rules.reveals().isIn(step.reading().text())) {
            return TOLD_LIGHTLY;
        }
        if (step.alone().level() == Level.CONCERN && reassures(step)) {
            return SHOWN_LEGITIMATE;
        }
        if (index > 0 && laughsOff(steps.get(index - 1)) && laughable(step)
                && !lapsed(steps.get(index - 1).message().at(), step.message().at())) {
            return TOLD_LIGHTLY;
        }
        for (int next = index + 1; next < Math.min(steps.size(), index + 1 + REVEALS_BACK); next++) {
            Step later = steps.get(next);
            if (lapsed(step.message().at(), later.message().at())) {
                break;
            }
            if (rules.reveals().isIn(later.reading().text()) || laughable(step) && laughsOff(later)) {
                return TOLD_LIGHTLY;
            }
            String frame = rules.frameOf(later.reading());
            if (frame != null && rules.lookingBack().contains(frame)) {
                return frame;
            }
        }
        boolean reassuredLater = steps.subList(index + 1, steps.size()).stream().anyMatch(this::reassures);
        return step.alone().level() == Level.CONCERN && reassuredLater ? SHOWN_LEGITIMATE : null;
    }

    /** Whether the message says a worrying plan or absence is above board or over (a contract, "she is home"). */
    private boolean reassures(Step step) {
        return rules.legitimate().isIn(step.reading().text());
    }

    private static boolean laughsOff(Step step) {
        return step.reading().calm().contains(LAUGHTER);
    }

    /**
     * Whether laughter next to the message makes light of it: danger, or what the model alone raised. A risky offer
     * laughed at ("việc nhẹ lương cao lol") is still a risky offer.
     */
    private boolean laughable(Step step) {
        return (step.alone().level() == Level.URGENT || step.alone().modelAlone())
                && step.traits().stream().noneMatch(rules.offer()::contains);
    }

    private Alone alone(String text) {
        Reading reading = messages.read(text);
        ModelScores scores = tooShortToRead(reading) ? UNREAD : messages.classify(reading);
        return new Alone(reading, messages.decide(text, reading, scores), scores, rules.traitsOf(reading),
                breaks(text, reading));
    }

    /**
     * Whether a message is too short for the message model to read more than its prior, which leans to danger as its
     * corpora do: "em đói", "I don't understand", "khó quá" were raised by it alone, and two such messages supported
     * each other. Phrases, frames and calm cues are still read.
     */
    private static boolean tooShortToRead(Reading reading) {
        return reading.text().words().length < WORDS_TO_READ && reading.signals().isEmpty()
                && reading.frames().isEmpty() && reading.calm().isEmpty();
    }

    private boolean breaks(String text, Reading reading) {
        return messages.isSafeWord(text) || rules.breaks().isIn(reading.text());
    }

    private boolean lapsed(@Nullable Instant since, Instant now) {
        return since == null || Duration.between(since, now).compareTo(rules.frameSpan()) > 0;
    }

    /**
     * What the rules read in a conversation: its messages, why each was set aside (null when kept), the traits of
     * those kept, whether an offer is still being weighed or shown above board, the level the combinations of traits
     * reached and the reasons of those that reached URGENT, whether the last message, kept, is URGENT by a phrase that
     * says so, and the level the rules give it.
     */
    record Weighed(List<Step> steps, List<@Nullable String> asides, Set<String> traits, boolean weighingOffer,
            boolean reassured, Level combined, Set<String> urgentCombinations, boolean phrasedUrgent,
            TriageResult result) {
    }

    /** What a message shows read alone, the same in every conversation it is part of. */
    record Alone(Reading reading, TriageResult result, ModelScores scores, Set<String> traits,
            boolean breaks) {
    }

    /**
     * A message, what it shows read alone, the frame an earlier one set that still holds for it, and whether a later
     * message took its frames away ("it's not a movie, it's me").
     */
    record Step(Written message, Alone read, @Nullable String carried, boolean unmasked) {

        Reading reading() {
            return read.reading();
        }

        TriageResult alone() {
            return read.result();
        }

        ModelScores scores() {
            return read.scores();
        }

        Set<String> traits() {
            return read.traits();
        }

        boolean breaks() {
            return read.breaks();
        }
    }

    /** The level reached so far and its reasons. */
    private static final class Outcome {

        private Level level = Level.NONE;
        private final Set<String> signals = new LinkedHashSet<>();
        private final Set<String> setAside = new LinkedHashSet<>();
        private @Nullable String model;

        void setAside(TriageResult alone, String why) {
            if (alone.level() != Level.NONE) {
                setAside.add("about: " + why + " (in the conversation)");
            }
        }

        void raise(TriageResult alone) {
            if (alone.level() == Level.NONE) {
                setAside.addAll(alone.setAside());
                return;
            }
            if (!level.above(alone.level())) {
                level = alone.level();
                signals.addAll(alone.signals());
                model = alone.model() == null ? model : alone.model();
            }
        }

        void raise(Level reached, String reason) {
            if (!level.above(reached)) {
                level = reached;
                signals.add(reason);
            }
        }

        TriageResult result() {
            if (level == Level.NONE) {
                return new TriageResult(Level.NONE, List.of(), new ArrayList<>(setAside), null);
            }
            return new TriageResult(level, new ArrayList<>(signals), List.of(), model);
        }
    }
}
