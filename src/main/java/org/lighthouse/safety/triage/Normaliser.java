package org.lighthouse.safety.triage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lighthouse.shared.DataField;
import org.lighthouse.shared.DataFile;
import org.lighthouse.shared.Redaction;
import org.lighthouse.shared.TextFolding;

/**
 * Brings what users type to one spelling before anything reads it: folded (no diacritics, lower case), words and
 * digits only, chat shorthand written out ({@code ko} becomes {@code khong}) and symbols that carry a tone read as a
 * word (a laughing face as {@code haha}), so "ko dc ve", "không được về" and "khong duoc ve" read the same. A
 * phone number, as typed or as blanked before triage sees it ({@value Redaction#PHONE}), reads as the one word
 * {@value #PHONE_NUMBER}: giving one's number is no danger, and it must not read as "phone", which a phone taken
 * is.
 */
final class Normaliser {

    static final String PHONE_NUMBER = "phonenumber";

    private static final Pattern APOSTROPHES = Pattern.compile("['’`]");
    private static final Pattern NOT_WORDS = Pattern.compile("[^a-z0-9]+");

    private final Map<String, String> shorthand;
    private final Map<String, String> symbols;
    private final Pattern symbol;

    private Normaliser(Map<String, String> shorthand, Map<String, String> symbols) {
        this.shorthand = Map.copyOf(shorthand);
        this.symbols = Map.copyOf(symbols);
        this.symbol = Pattern.compile(symbols.isEmpty() ? "(?!)"
                : symbols.keySet().stream().map(Pattern::quote).collect(Collectors.joining("|")));
    }

    /**
     * Reads data files whose field {@code words} maps short forms to long forms, and whose field {@code symbols} maps
     * symbols such as emoji to the word they stand for; each file has one or both.
     */
    static Normaliser read(List<String> names) {
        Map<String, String> shorthand = new HashMap<>();
        Map<String, String> symbols = new HashMap<>();
        for (String name : names) {
            DataField file = DataFile.read(name);
            if (file.find("words").isEmpty() && file.find("symbols").isEmpty()) {
                throw file.problem("needs 'words' or 'symbols'");
            }
            readMap(file.get("words"), shorthand, true);
            readMap(file.get("symbols"), symbols, false);
        }
        return new Normaliser(shorthand, symbols);
    }

    private static void readMap(DataField map, Map<String, String> into, boolean keysFolded) {
        if (!map.present()) {
            return;
        }
        if (!map.isMap() || map.entries().isEmpty()) {
            throw map.problem("must be a map of short forms to long forms");
        }
        map.entries().forEach((key, value) -> {
            String longForm = normalise(value.text(), Map.of());
            if (longForm.isEmpty() || keysFolded && !normalise(key, Map.of()).equals(key)) {
                throw value.problem("must map a folded word to a non-empty text");
            }
            into.put(key, longForm);
        });
    }

    String normalise(String text) {
        return normalise(withSymbolsAsWords(withPhoneNumbersAsWord(text)), shorthand);
    }

    private static String withPhoneNumbersAsWord(String text) {
        return Redaction.phones(text).replace(Redaction.PHONE, " " + PHONE_NUMBER + " ");
    }

    private String withSymbolsAsWords(String text) {
        Matcher matcher = symbol.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        return matcher.replaceAll(found -> Matcher.quoteReplacement(" " + symbols.get(found.group()) + " "));
    }

    private static String normalise(String text, Map<String, String> shorthand) {
        String words = NOT_WORDS.matcher(APOSTROPHES.matcher(TextFolding.fold(text)).replaceAll("")).replaceAll(" ");
        StringBuilder out = new StringBuilder(words.length() + 16);
        for (String word : words.trim().split(" ")) {
            if (!word.isEmpty()) {
                out.append(out.isEmpty() ? "" : " ").append(shorthand.getOrDefault(word, word));
            }
        }
        return out.toString();
    }
}
