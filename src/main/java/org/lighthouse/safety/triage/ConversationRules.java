package org.lighthouse.safety.triage;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lighthouse.safety.TriageResult.Level;

/**
 * How earlier messages of one person change the reading of later ones ({@code safety/triage-conversations.yml}): which
 * frames carry over to the messages that follow and for how long, which frames only ask a question, what breaks a
 * frame, what reveals the message before as a joke or a scene, what shows a plan to be legitimate, what shows an
 * offer still being weighed and what shows it taken, the traits a message can show, and the combinations of traits
 * that show a level across messages.
 */
record ConversationRules(Duration frameSpan, Set<String> carriedFrames, Set<String> questionFrames, List<Cue> frames,
        PhraseSet breaks, PhraseSet reveals, PhraseSet legitimate, Set<String> offer, Set<String> arrival,
        Set<String> aboutOthers,
        List<Cue> traits, List<Combination> combinations) {

    /** Separates the traits of one group, any of which will do: {@code gifts | secrecy}. */
    private static final Pattern ALTERNATIVES = Pattern.compile("\\s*\\|\\s*");

    static ConversationRules read(String name, PhraseBook book, Concepts concepts) {
        DataFile file = DataFile.read(name);
        DataFile.Entry top = file.top();
        int minutes = file.field("frame-minutes").asInt(-1);
        if (minutes <= 0) {
            throw file.problem("frame-minutes", "must be a whole number of minutes above 0");
        }
        Set<String> known = new HashSet<>(book.frames().stream().map(Cue::name).toList());
        Set<String> carried = new LinkedHashSet<>(top.texts("carried-frames", true));
        carried.stream().filter(frame -> !known.contains(frame)).findFirst().ifPresent(frame -> {
            throw file.problem("carried-frames", "names '" + frame + "', which no phrase file's frames define");
        });
        List<Cue> traits = file.list("traits").stream().map(entry -> Cue.of(entry, "name")).toList();
        Set<String> names = new HashSet<>(traits.stream().map(Cue::name).toList());
        book.signals().forEach(signal -> names.add(signal.reason()));
        names.addAll(concepts.words());
        List<Combination> combinations = file.list("combinations").stream()
                .map(entry -> combination(entry, names)).toList();
        Set<String> offer = known(top, "offer", names);
        Set<String> arrival = known(top, "arrival", names);
        Set<String> aboutOthers = known(top, "about-others", names);
        List<Cue> frames = file.list("frames").stream().map(entry -> Cue.of(entry, "reason")).toList();
        Set<String> questions = new LinkedHashSet<>(top.texts("question-frames", true));
        questions.stream().filter(frame -> !known.contains(frame)).findFirst().ifPresent(frame -> {
            throw file.problem("question-frames", "names '" + frame + "', which no phrase file's frames define");
        });
        questions.add(Involvement.GENERAL_QUESTION);
        return new ConversationRules(Duration.ofMinutes(minutes), Set.copyOf(carried), Set.copyOf(questions), frames,
                Phrases.required(top, "breaks"), Phrases.required(top, "reveals"), Phrases.required(top, "legitimate"), offer, arrival,
                aboutOthers, traits,
                combinations);
    }

    private static Set<String> known(DataFile.Entry top, String field, Set<String> names) {
        Set<String> listed = Set.copyOf(top.texts(field, true));
        listed.stream().filter(name -> !names.contains(name)).findFirst().ifPresent(name -> {
            throw top.problem(field, "names '" + name + "', which is neither a trait nor a signal's reason");
        });
        return listed;
    }

    private static Combination combination(DataFile.Entry entry, Set<String> names) {
        String levelName = entry.text("level");
        Level level = levelName.equals("URGENT") ? Level.URGENT : levelName.equals("CONCERN") ? Level.CONCERN : null;
        if (level == null) {
            throw entry.problem("level", "must be URGENT or CONCERN, not '" + levelName + "'");
        }
        List<String> groups = entry.texts("all", true);
        if (groups.size() < 2) {
            throw entry.problem("all", "must list at least two groups of traits");
        }
        List<Set<String>> read = groups.stream().map(group -> Set.of(ALTERNATIVES.split(group.strip()))).toList();
        read.stream().flatMap(Set::stream).filter(trait -> !names.contains(trait)).findFirst().ifPresent(trait -> {
            throw entry.problem("all", "names '" + trait + "', which is neither a trait nor a signal's reason");
        });
        return new Combination(entry.text("reason"), level, read);
    }

    /**
     * The frame a message sets up for those that follow: one of the phrase files' frames that carries, or one that
     * only conversations read; null when none.
     */
    @Nullable String frameOf(Reading reading) {
        return reading.frames().stream().filter(carriedFrames::contains).findFirst()
                .or(() -> ownFrameOf(reading)).orElse(null);
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
