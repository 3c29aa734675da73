package org.lighthouse.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lighthouse.shared.DataField;
import org.lighthouse.shared.DataFile;

/**
 * What the normaliser knows of how people write, read from one file per language and one of chat symbols. Each file
 * has one or more of these maps:
 *
 * <ul>
 *   <li>{@code words}: a short form or a joined spelling, as a folded word, and the words it stands for
 *       ({@code ko: khong}, {@code haujlwm: hauj lwm});
 *   <li>{@code accented}: a word with its diacritics, in lower case, that folding would make ambiguous, and what it
 *       reads as instead ({@code gấp: khan cap}, urgent, not {@code gap}, to meet);
 *   <li>{@code symbols}: a symbol (no letters, digits or spaces) and the word it stands for ({@code 😂: haha});
 *   <li>{@code units}: short forms of {@code words} that after a number are units, kept as typed: "300 k" is three
 *       hundred thousand, not "300 không", and the money reader reads it so.
 * </ul>
 *
 * What a key stands for is folded words, so that the two views of a normalised text read it alike. A key that two
 * files give different meanings is refused: which file wins would otherwise depend on the order they are read in.
 */
record Dictionary(Map<String, String> words, Map<String, String> accented, Map<String, String> symbols,
        Set<String> units) {

    static final List<String> SHIPPED = List.of("text/dictionary-vi.yml", "text/dictionary-en.yml",
            "text/dictionary-hmn.yml", "text/chat-symbols.yml");

    private static final Set<String> MAPS = Set.of("words", "accented", "symbols");
    private static final Pattern FOLDED_WORD = Pattern.compile("[a-z0-9]+");
    private static final Pattern FOLDED_WORDS = Pattern.compile("[a-z0-9]+(?: [a-z0-9]+)*");
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("[\\p{Ll}\\p{M}]+");
    private static final Pattern SYMBOL = Pattern.compile("[^\\p{L}\\p{N}\\p{Z}\\s]+");

    static Dictionary read(List<String> files) {
        Dictionary dictionary = new Dictionary(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashSet<>());
        for (String name : files) {
            DataField top = DataFile.read(name);
            top.allowOnly(Set.of("words", "accented", "symbols", "units"));
            if (MAPS.stream().noneMatch(field -> top.find(field).isPresent())) {
                throw top.problem("needs 'words', 'accented' or 'symbols'");
            }
            top.find("words").ifPresent(map -> putAll(dictionary.words, map, FOLDED_WORD.asMatchPredicate(),
                    "a short form must be one folded word (lower case, no diacritics)"));
            top.find("accented").ifPresent(map -> putAll(dictionary.accented, map, LOWER_CASE_WORD.asMatchPredicate(),
                    "an accented word must be one word in lower case"));
            top.find("symbols").ifPresent(map -> putAll(dictionary.symbols, map, SYMBOL.asMatchPredicate(),
                    "a symbol must hold no letter, digit or space"));
            top.find("units").ifPresent(list -> list.items().forEach(unit -> {
                if (!dictionary.words.containsKey(unit.text())) {
                    throw unit.problem("is no short form of 'words' in this file or before it");
                }
                dictionary.units.add(unit.text());
            }));
        }
        return new Dictionary(Map.copyOf(dictionary.words), Map.copyOf(dictionary.accented),
                Map.copyOf(dictionary.symbols), Set.copyOf(dictionary.units));
    }

    private static void putAll(Map<String, String> into, DataField map, Predicate<String> goodKey, String badKey) {
        Map<String, DataField> entries = map.entries();
        if (entries.isEmpty()) {
            throw map.problem("must map at least one key to what it stands for");
        }
        entries.forEach((key, value) -> {
            String meaning = value.text();
            if (!goodKey.test(key)) {
                throw value.problem(badKey);
            }
            if (!FOLDED_WORDS.matcher(meaning).matches()) {
                throw value.problem("must be folded words (lower case, no diacritics, one space between words)");
            }
            String earlier = into.putIfAbsent(Normalizer.normalize(key, Normalizer.Form.NFC), meaning);
            if (earlier != null && !earlier.equals(meaning)) {
                throw value.problem("gives '" + meaning + "', but another file has '" + earlier + "'");
            }
        });
    }

    /** What an accented word reads as, looked up in lower case; null when it is none of them. */
    @Nullable String accentedReading(String word) {
        return accented.get(Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFC));
    }
}
