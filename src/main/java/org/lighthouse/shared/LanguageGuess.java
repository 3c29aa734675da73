package org.lighthouse.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Guesses the language of a first message, before the person has chosen one, so that a first message in H'mong gets
 * H'mong replies. Built for chat: a few words, Vietnamese with or without diacritics and in teencode, English, H'mong
 * in the RPA script. Statistical detectors are wrong or tied on such short texts (STACK.md), so this counts evidence
 * word by word:
 * <ul>
 * <li>a word with Vietnamese diacritics ({@code đ}, {@code ơ}, tone marks) is Vietnamese;
 * <li>a frequent word of a language ({@code shared/language-words.txt}: "em", "ko", "the", "kuv", "tsis") counts for
 * it, half for each language when two list it;
 * <li>a word shaped like an RPA syllable that ends in a tone letter ({@code b j v s g d x}: "ntxhais", "nraug") leans
 * to H'mong, which no Vietnamese word does; an initial only Vietnamese has ("ng", "nh", "tr") leans to Vietnamese.
 * </ul>
 * The language with clearly the most evidence wins. When the text does not decide (one ambiguous word, mixed
 * languages, emoji), the hint decides: the language the person's app is set to, such as Telegram's
 * {@code language_code}; without a usable hint the answer is empty, and the caller asks.
 */
public final class LanguageGuess {

    private static final String WORDS_FILE = "shared/language-words.txt";
    /** What a listed word counts; a word with diacritics counts more, since nothing but Vietnamese has them here. */
    private static final double LISTED = 2;
    private static final double DIACRITICS = 3;
    private static final double SHAPED = 1;
    /** The least evidence that decides: one listed word. */
    private static final double ENOUGH = 2;
    /** How many times the runner-up's evidence the winner needs. */
    private static final double CLEAR_LEAD = 2;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’]+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’]");
    private static final Pattern LINE = Pattern.compile("([a-z]+):((?: +[a-z]+)+) *");
    /** An RPA initial, vowel and tone letter; the tones m and no letter are left out, as Vietnamese words end so. */
    private static final Pattern RPA_SYLLABLE = Pattern.compile(
            "(?:n?(?:p|pl|t|ts|tx|c|k|q|r|dl)h?|d|dh|x|xy|s|z|y|ny|hny|l|hl|m|hm|ml|hml|n|hn|f|v|h)?"
            + "(?:ai|au|aw|ee|ia|oo|ua|[aeiouw])[bjvsgdx]");
    private static final Pattern VIETNAMESE_SHAPE = Pattern.compile("(?:ng|nh|tr|gh|gi)[a-z]*|[a-z]*(?:ng|nh|ch)");

    private static final LanguageGuess SHIPPED = read(WORDS_FILE);

    /** For each listed word, the languages that list it. */
    private final Map<String, List<Language>> words;

    private LanguageGuess(Map<String, List<Language>> words) {
        this.words = Map.copyOf(words);
    }

    /**
     * The language of a text, or the hint's when the text does not decide.
     *
     * @param text what the person wrote, as typed
     * @param hint a language code such as {@code vi}, {@code en-US} or {@code hmn}, from the person's app; ignored when
     *     it names no language Lighthouse speaks
     * @return empty when neither the text nor the hint decides
     */
    public static Optional<Language> of(String text, @Nullable String hint) {
        return SHIPPED.guess(text, hint);
    }

    Optional<Language> guess(String text, @Nullable String hint) {
        Map<Language, Double> evidence = new EnumMap<>(Language.class);
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            weigh(word.group(), evidence);
        }
        Optional<Language> decided = clearWinner(evidence);
        return decided.isPresent() ? decided : fromHint(hint);
    }

    private void weigh(String typed, Map<Language, Double> evidence) {
        String folded = TextFolding.fold(typed);
        if (!folded.equals(typed.toLowerCase(Locale.ROOT))) {
            // it lost a mark or a stroke in folding: only Vietnamese is written so here
            evidence.merge(Language.VI, DIACRITICS, Double::sum);
            return;
        }
        String bare = APOSTROPHES.matcher(folded).replaceAll("");
        List<Language> listing = words.getOrDefault(bare, List.of());
        if (!listing.isEmpty()) {
            listing.forEach(language -> evidence.merge(language, LISTED / listing.size(), Double::sum));
        } else if (RPA_SYLLABLE.matcher(bare).matches()) {
            evidence.merge(Language.HMN, SHAPED, Double::sum);
        } else if (VIETNAMESE_SHAPE.matcher(bare).matches() && !bare.endsWith("ing")) {
            evidence.merge(Language.VI, SHAPED, Double::sum);
        }
    }

    private static Optional<Language> clearWinner(Map<Language, Double> evidence) {
        List<Map.Entry<Language, Double>> ranked = new ArrayList<>(evidence.entrySet());
        ranked.sort(Map.Entry.<Language, Double>comparingByValue().reversed());
        if (ranked.isEmpty() || ranked.get(0).getValue() < ENOUGH) {
            return Optional.empty();
        }
        double runnerUp = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
        return ranked.get(0).getValue() >= CLEAR_LEAD * runnerUp ? Optional.of(ranked.get(0).getKey())
                : Optional.empty();
    }

    private static Optional<Language> fromHint(@Nullable String hint) {
        return hint == null || hint.isBlank() ? Optional.empty() : Language.ofCode(hint.strip().split("[-_]")[0]);
    }

    /**
     * Reads a word file from the class path: lines {@code code: word word ...}, blank lines and {@code #} comments.
     * Every complaint names the file and the line.
     */
    static LanguageGuess read(String name) {
        InputStream in = LanguageGuess.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new ConfigurationProblem(name + " is missing from the class path");
        }
        Map<String, List<Language>> words = new HashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            for (int number = 1; (line = lines.readLine()) != null; number++) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    addLine(line, name + " line " + number, words);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        words.replaceAll((word, languages) -> List.copyOf(languages));
        return new LanguageGuess(words);
    }

    private static void addLine(String line, String where, Map<String, List<Language>> words) {
        Matcher parts = LINE.matcher(line);
        if (!parts.matches()) {
            throw new ConfigurationProblem(where + ": expected 'code: word word ...' in lower-case letters a to z"
                    + " (folded, no diacritics), not '" + line + "'");
        }
        Language language = Language.ofCode(parts.group(1)).orElseThrow(() -> new ConfigurationProblem(where
                + ": the language '" + parts.group(1) + "' must be vi, en or hmn"));
        for (String word : parts.group(2).trim().split(" +")) {
            List<Language> listing = words.computeIfAbsent(word, w -> new ArrayList<>());
            if (listing.contains(language)) {
                throw new ConfigurationProblem(where + ": the word '" + word + "' is listed twice for "
                        + language.code());
            }
            listing.add(language);
        }
    }
}
