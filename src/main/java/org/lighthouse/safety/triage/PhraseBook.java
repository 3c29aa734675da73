package org.lighthouse.safety.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.lighthouse.shared.DataField;
import org.lighthouse.shared.DataFile;

/**
 * The phrases of every language's data file, read together: users mix languages (H'mong with Vietnamese, English
 * words in Vietnamese), so every message is read with all of them.
 *
 * @param signals phrases that show URGENT or CONCERN by themselves
 * @param frames phrases that put the message in a frame where nothing is happening to anyone (a film, the news, a
 *     quiz, a hypothetical)
 * @param calm cues that a message is ordinary (a general question, laughter, a family trip, news that someone is
 *     doing well): the model alone must not raise such a message
 * @param harmless harmless uses of alarming words ("sold my bike"), masked before anything else reads the text
 * @param involvement who a message is about, for telling a general question from a personal one
 * @param offers phrases that show the writer weighing an offer ("should I go?", "when I arrive"), whose terms are a
 *     risk in the offer rather than danger now
 */
record PhraseBook(List<Signal> signals, List<Cue> frames, List<Cue> calm, List<Cue> harmless,
        Involvement involvement, List<PhraseSet> offers) {

    /** The word that stands for a masked harmless use, for the model to learn from. */
    static final String HARMLESS = "harmlessuse";

    static PhraseBook read(List<String> files) {
        PhraseBook book = new PhraseBook(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new Involvement(new ArrayList<>(), new ArrayList<>()), new ArrayList<>());
        for (String name : files) {
            DataField file = DataFile.read(name);
            addAll(book.signals, file.get("signals"), Signal::of);
            addAll(book.frames, file.get("frames"), entry -> Cue.of(entry, "reason"));
            addAll(book.calm, file.get("calm"), entry -> Cue.of(entry, "reason"));
            addAll(book.harmless, file.get("harmless"), entry -> Cue.of(entry, "reason"));
            book.involvement.personal().add(Phrases.optional(file.get("personal"), PhraseSet.NOTHING));
            book.involvement.questions().add(Phrases.optional(file.get("questions"), PhraseSet.NOTHING));
            book.offers.add(Phrases.optional(file.get("offers"), PhraseSet.NOTHING));
        }
        return new PhraseBook(List.copyOf(book.signals), List.copyOf(book.frames), List.copyOf(book.calm),
                List.copyOf(book.harmless), new Involvement(List.copyOf(book.involvement.personal()),
                        List.copyOf(book.involvement.questions())), List.copyOf(book.offers));
    }

    /** Each entry of a list that may be absent. */
    private static <T> void addAll(List<T> into, DataField list, Function<DataField, T> reader) {
        if (list.present()) {
            list.list().forEach(entry -> into.add(reader.apply(entry)));
        }
    }

    /** The text with each harmless use replaced by {@link #HARMLESS}. */
    Text mask(Text text) {
        Text masked = text;
        for (Cue use : harmless) {
            masked = use.phrases().replaceIn(masked, HARMLESS);
        }
        return masked;
    }

    /**
     * The signals whose phrases are in the text, before their conditions are read: both the signals of the text and
     * its calm cues start from these, so the phrases are searched once.
     */
    List<Signal> phrasedIn(Text text) {
        return signals.stream().filter(signal -> signal.phrases().isIn(text)).toList();
    }

    /**
     * The signals of the text, out of those phrased in it, as they read in an offer being weighed when {@code inOffer}
     * says it is one.
     */
    static List<Signal> signalsIn(Text text, List<Signal> phrased, boolean inOffer) {
        return phrased.stream().filter(signal -> signal.holdsIn(text))
                .map(signal -> inOffer ? signal.inOffer() : signal).toList();
    }

    boolean weighsOffer(Text text) {
        return offers.stream().anyMatch(set -> set.isIn(text));
    }

    /** The frames of the text; {@code questionMark} says whether the text as typed holds one. */
    List<String> framesIn(Text text, boolean questionMark) {
        List<String> found = new ArrayList<>(reasonsIn(frames, text));
        if (involvement.isGeneralQuestion(text, questionMark)) {
            found.add(Involvement.GENERAL_QUESTION);
        }
        return found;
    }

    /**
     * The calm cues of the text, including signals phrased in it in an everyday sense ("hit me with a pillow"): what
     * the exceptions know keeps the model from raising the message on its own.
     */
    List<String> calmIn(Text text, List<Signal> phrased) {
        List<String> found = new ArrayList<>(reasonsIn(calm, text));
        phrased.stream().filter(signal -> signal.everyday().isIn(text)).map(signal -> "everyday " + signal.reason())
                .distinct().forEach(found::add);
        return found;
    }

    private static List<String> reasonsIn(List<Cue> cues, Text text) {
        return cues.stream().filter(cue -> cue.isIn(text)).map(Cue::name).distinct().toList();
    }
}
