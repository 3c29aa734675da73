package org.lighthouse.offer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lighthouse.shared.TextFolding;

/**
 * Tells whether an offer names its employer: a capitalised name next to a business noun ("Quán phở Bà Lý",
 * "Hoa Ban Homestay", "Mr. Sinh's tea farm"), not a place ("a Sa Pa hotel"). Capitals are the signal here, so this
 * reads the original text.
 */
final class NamedEmployers {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|[.!?](?=\\s|$)|[,;:()]");
    private static final int MAX_GAP = 3;
    private static final int MIN_NAME_WORDS = 2;

    private final EmployerWords vocabulary;

    NamedEmployers(EmployerWords words) {
        this.vocabulary = words;
    }

    boolean named(String original) {
        List<Word> text = tokens(original);
        List<int[]> nouns = businessNouns(text);
        return names(text).stream().anyMatch(name -> nouns.stream().anyMatch(noun -> near(noun, name, text))
                || (titled(name, text) && locatedAfter(name, text)));
    }

    /** A word, or a punctuation mark that ends a sentence or a phrase (such a mark is never part of a name). */
    private record Word(String folded, boolean capitalised, boolean breaks) {
    }

    private List<Word> tokens(String original) {
        List<Word> words = new ArrayList<>();
        Matcher word = WORD.matcher(original);
        while (word.find()) {
            String token = word.group();
            boolean mark = !Character.isLetterOrDigit(token.codePointAt(0));
            // "Mr. Giang": the full stop of a title does not end a sentence
            if (mark && token.equals(".") && !words.isEmpty() && isTitle(words.get(words.size() - 1))) {
                continue;
            }
            words.add(new Word(TextFolding.fold(token), !mark && capitalised(token), mark));
        }
        return words;
    }

    private boolean isTitle(Word word) {
        return vocabulary.titles().contains(word.folded());
    }

    /** "Lý", "A", "Pao" count; "TUYỂN" or "VIP" (shouted or acronyms) do not. */
    private static boolean capitalised(String word) {
        return Character.isUpperCase(word.codePointAt(0))
                && (word.length() == 1 || word.codePoints().skip(1).anyMatch(Character::isLowerCase));
    }

    /** Runs of capitalised words [from, to) with their title: two words or more, or one after a title ("chú Phong"). */
    private List<int[]> names(List<Word> text) {
        List<int[]> names = new ArrayList<>();
        int i = 0;
        while (i < text.size()) {
            int from = isTitle(text.get(i)) ? i + 1 : i;
            int to = from;
            while (to < text.size() && text.get(to).capitalised()) {
                to++;
            }
            boolean place = vocabulary.places().contains(joined(text.subList(from, to)));
            if (!place && (to - from >= MIN_NAME_WORDS || (from > i && to > from))) {
                names.add(new int[] {i, to});
            }
            i = Math.max(to, i + 1);
        }
        return names;
    }

    private boolean titled(int[] name, List<Word> text) {
        return isTitle(text.get(name[0])) && name[1] - name[0] >= MIN_NAME_WORDS;
    }

    /** A person named with a title and a hamlet or village right after ("Bác Sùng ở thôn Lũng Cú") can be found. */
    private boolean locatedAfter(int[] name, List<Word> text) {
        for (int i = name[1]; i < Math.min(text.size(), name[1] + MAX_GAP); i++) {
            Word word = text.get(i);
            if (word.breaks()) {
                return false;
            }
            if (vocabulary.localities().contains(word.folded())) {
                return true;
            }
        }
        return false;
    }

    private static String joined(List<Word> words) {
        return String.join(" ", words.stream().map(Word::folded).toList());
    }

    private List<int[]> businessNouns(List<Word> text) {
        List<int[]> nouns = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            for (List<String> noun : vocabulary.businesses()) {
                if (startsAt(text, i, noun)) {
                    nouns.add(new int[] {i, i + noun.size()});
                }
            }
        }
        return nouns;
    }

    private static boolean startsAt(List<Word> text, int at, List<String> noun) {
        if (at + noun.size() > text.size()) {
            return false;
        }
        for (int k = 0; k < noun.size(); k++) {
            if (!text.get(at + k).folded().equals(noun.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The noun overlaps the name, or a few words without a stop word ("in", "ở") lie between them. */
    private boolean near(int[] noun, int[] name, List<Word> text) {
        if (noun[0] < name[1] && name[0] < noun[1]) {
            return true;
        }
        int from = Math.min(noun[1], name[1]);
        int to = Math.max(noun[0], name[0]);
        return to - from <= MAX_GAP
                && text.subList(from, to).stream()
                        .noneMatch(w -> w.breaks() || vocabulary.stopWords().contains(w.folded()));
    }
}
