package org.lighthouse.safety.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lighthouse.text.Normaliser;

/** The first words of a phrase, read from its syntax, and the shortcut they allow. */
class OpenersTest {

    /** Words, alternatives and groups give the words a match starts with. */
    @Test
    void readsTheFirstWordsOfCommonForms() {
        assertThat(Openers.of("took ~ passport")).contains(Set.of("took"));
        assertThat(Openers.of("(took|kept) (my|her) passport|locked in")).contains(Set.of("took", "kept", "locked"));
        assertThat(Openers.of("(bi |dang bi )(nhot|giam)")).contains(Set.of("bi", "dang"));
        assertThat(Openers.of("(tien )?no (van )?tang")).contains(Set.of("tien", "no"));
        assertThat(Openers.of("wants? (me|her) to marry")).contains(Set.of("wants", "want"));
        assertThat(Openers.of("(?<!nghien )cuu (em|toi)")).contains(Set.of("cuu"));
        assertThat(Openers.of("\\d+ ?trieu")).contains(Set.of(Openers.NUMBER));
    }

    /** A start that cannot be read as words gives no answer, so the pattern always runs. */
    @Test
    void givesNoAnswerWhenTheStartIsNotWords() {
        assertThat(Openers.of("^(what|why)")).isEmpty();
        assertThat(Openers.of("kidnap\\w*")).isEmpty();
        assertThat(Openers.of("(\\S+ ){0,2}locked")).isEmpty();
        assertThat(Openers.of("[a-z]+ locked")).isEmpty();
        assertThat(Openers.of(List.of("locked in", "(?:trapped)"))).isEmpty();
    }

    /** With the shipped phrase files, the shortcut finds exactly what a full search finds, on every corpus message. */
    @Test
    void theShortcutNeverChangesAResult() {
        PhraseBook book = PhraseBook.read(List.of("safety/triage-phrases-en.yml", "safety/triage-phrases-vi.yml",
                "safety/triage-phrases-hmn.yml"));
        List<PhraseSet> sets = new ArrayList<>();
        book.signals().forEach(signal -> sets.addAll(List.of(signal.phrases(), signal.with(), signal.unless(),
                signal.everyday())));
        List.of(book.frames(), book.calm(), book.harmless()).forEach(cues -> cues.forEach(cue -> sets.add(cue.phrases())));
        sets.addAll(book.involvement().personal());
        sets.addAll(book.involvement().questions());
        Normaliser normaliser = Normaliser.shipped();
        for (LabelledMessage message : LabelledMessage.readAll(LabelledMessage.TRAINING_CORPORA)) {
            Text text = Text.of(normaliser.normalise(message.text()).words());
            for (PhraseSet set : sets) {
                assertThat(set.isIn(text)).as("%s in %s", set.pattern(), message.id())
                        .isEqualTo(set.pattern().matcher(text.value()).find());
            }
        }
        assertThat(sets.stream().filter(set -> !set.openers().isEmpty()).count()).isGreaterThan(sets.size() / 2);
    }

    /** Optional.empty() and an empty set differ: a phrase list with no first words at all cannot exist. */
    @Test
    void aListOfReadablePhrasesHasFirstWords() {
        assertThat(Openers.of(List.of("a b", "c"))).isEqualTo(Optional.of(Set.of("a", "c")));
    }
}
