package org.lighthouse.safety.triage;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lighthouse.safety.TriageResult.Level;
import org.lighthouse.shared.DataField;
import org.lighthouse.shared.DataFile;

/**
 * How earlier messages of one person change the reading of later ones ({@code safety/triage-conversations.yml}): which
 * frames carry over to the messages that follow and for how long, which frames only ask a question, what breaks a
 * frame, what reveals the message before as a joke or a scene, what shows a plan to be legitimate, what shows an
 * offer still being weighed and what shows it taken, the traits a message can show, and the combinations of traits
 * that show a level across messages.
 */
record ConversationRules(Duration frameSpan, Set<String> carriedFrames, Set<String> questionFrames,
        Set<String> lookingBack, List<Cue> frames, Set<String> ownOnly, PhraseSet breaks, PhraseSet reveals,
        PhraseSet legitimate, Set<String> offer, Set<String> arrival, List<Cue> traits,
        List<Combination> combinations) {

    /** Separates the traits of one group, any of which will do: {@code gifts | secrecy}. */
    private static final Pattern ALTERNATIVES = Pattern.compile("\\s*\\|\\s*");
    private static final String FRAME = "a frame of the phrase files";
    private static final String ANY_FRAME = "a frame of the phrase files or of this file";
    private static final String TRAIT = "a trait, a signal's reason or a word family";

    static ConversationRules read(String name, PhraseBook book, Concepts concepts) {
        DataField top = DataFile.read(name);
        DataField frameMinutes = top.get("frame-minutes");
        double minutes = frameMinutes.positiveNumber();
        if (minutes != Math.rint(minutes)) {
            throw frameMinutes.problem("must be a whole number of minutes above 0");
        }
        Set<String> frameNames = book.frames().stream().map(Cue::name).collect(Collectors.toSet());
        List<Cue> traits = top.get("traits").list().stream().map(entry -> Cue.of(entry, "name")).toList();
        Set<String> names = new HashSet<>(traits.stream().map(Cue::name).toList());
        book.signals().forEach(signal -> names.add(signal.reason()));
        names.addAll(concepts.words());
        Set<String> questions = new LinkedHashSet<>(named(top.get("question-frames"), frameNames, FRAME));
        questions.add(Involvement.GENERAL_QUESTION);
        List<Cue> frames = top.get("frames").list().stream().map(entry -> Cue.of(entry, "reason")).toList();
        Set<String> allFrames = new HashSet<>(frameNames);
        frames.forEach(frame -> allFrames.add(frame.name()));
        return new ConversationRules(Duration.ofMinutes((long) minutes),
                named(top.get("carried-frames"), frameNames, FRAME), Set.copyOf(questions),
                named(top.get("looking-back"), allFrames, ANY_FRAME), frames,
                named(top.get("own-only"), allFrames, ANY_FRAME),
                Phrases.required(top.get("breaks")), Phrases.required(top.get("reveals")),
                Phrases.required(top.get("legitimate")), named(top.get("offer"), names, TRAIT),
                named(top.get("arrival"), names, TRAIT), traits,
                top.get("combinations").list().stream().map(entry -> combination(entry, names)).toList());
    }

    /** The names a list holds, each of which must be among those known. */
    private static Set<String> named(DataField list, Set<String> known, String what) {
        Set<String> listed = new LinkedHashSet<>(list.texts());
        listed.stream().filter(name -> !known.contains(name)).findFirst().ifPresent(name -> {
            throw list.problem("names '" + name + "', which is not " + what);
        });
        return Set.copyOf(listed);
    }

    private static Combination combination(DataField entry, Set<String> names) {
        DataField level = entry.get("level");
        Level read = level.constant(Level.class);
        if (read == Level.NONE) {
            throw level.problem("must be URGENT or CONCERN, not NONE");
        }
        DataField all = entry.get("all");
        List<String> groups = all.texts();
        if (groups.size() < 2) {
            throw all.problem("must list at least two groups of traits");
        }
        List<Set<String>> alternatives = groups.stream().map(group -> Set.of(ALTERNATIVES.split(group.strip())))
                .toList();
        alternatives.stream().flatMap(Set::stream).filter(trait -> !names.contains(trait)).findFirst()
                .ifPresent(trait -> {
                    throw all.problem("names '" + trait + "', which is not " + TRAIT);
                });
        boolean keptUrgent = entry.find("kept-urgent").map(DataField::flag).orElse(false);
        if (keptUrgent && read != Level.URGENT) {
            throw entry.get("kept-urgent").problem("is for URGENT combinations only");
        }
        return new Combination(entry.get("reason").text(), read, alternatives, keptUrgent);
    }

    /**
     * The frame a message sets up for those that follow: one of the phrase files' frames that carries, or one that
     * only conversations read; null when none.
     */
    @Nullable String frameOf(Reading reading) {
        return reading.frames().stream().filter(carriedFrames::contains).findFirst()
                .or(() -> ownFrameOf(reading).filter(frame -> !ownOnly.contains(frame))).orElse(null);
    }

    /** The frame of this file that the message sets up, which sets the message itself aside too. */
    Optional<String> ownFrameOf(Reading reading) {
        return frames.stream().filter(frame -> frame.isIn(reading.text())).map(Cue::name).findFirst();
    }

    /** The traits of a message: those found in its text, its signals' reasons and its word families. */
    Set<String> traitsOf(Reading reading) {
        Set<String> found = new HashSet<>();
        traits.stream().filter(trait -> trait.isIn(reading.text())).forEach(trait -> found.add(trait.name()));
        reading.signals().forEach(signal -> found.add(signal.reason()));
        Arrays.stream(reading.words()).filter(Concepts::isConcept).forEach(found::add);
        return found;
    }
}
