package org.lighthouse.offer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lighthouse.shared.DataField;
import org.lighthouse.shared.DataFile;

/** Reads the language files ({@code offer/lexicon-*.yml}) into one {@link Lexicon}. */
final class LexiconReader {

    private static final Set<String> FILE_FIELDS = Set.of("language", "terms", "offerWords", "employers", "flags");
    private static final Set<String> RULE_FIELDS = Set.of("patterns", "kinds", "unless", "unlessText", "requires",
            "unlessFlags", "unlessEmployerNamed", "aloneIn");

    private final List<FlagRule> rules = new ArrayList<>();
    private final List<RulePattern> offerWords = new ArrayList<>();
    private final List<List<String>> businesses = new ArrayList<>();
    private final Set<String> titles = new HashSet<>();
    private final Set<String> localities = new HashSet<>();
    private final Set<String> stopWords = new HashSet<>();
    private final Set<String> places = new HashSet<>();

    private LexiconReader() {
    }

    static Lexicon read(Collection<String> resources) {
        LexiconReader reader = new LexiconReader();
        resources.forEach(reader::readFile);
        reader.rules.sort((a, b) -> a.flag().compareTo(b.flag()));
        return new Lexicon(List.copyOf(reader.rules), List.copyOf(reader.offerWords), new EmployerWords(
                reader.businesses, reader.titles, reader.localities, reader.stopWords, reader.places));
    }

    private void readFile(String resource) {
        DataField root = DataFile.read(resource);
        root.allowOnly(FILE_FIELDS);
        root.get("language").text();
        Terms terms = new Terms(root.find("terms").map(DataField::textEntries).orElse(Map.of()));
        offerWords.addAll(terms.patterns(root.get("offerWords")));
        readEmployers(root.get("employers"));
        root.get("flags").entries().forEach((name, field) -> readFlag(name, field, terms));
    }

    private void readEmployers(DataField field) {
        field.allowOnly(Set.of("businesses", "titles", "localities", "stopWords", "places"));
        field.get("businesses").texts().forEach(words -> businesses.add(Arrays.asList(words.split(" "))));
        titles.addAll(field.get("titles").texts());
        field.find("localities").ifPresent(list -> localities.addAll(list.texts()));
        stopWords.addAll(field.get("stopWords").texts());
        field.find("places").ifPresent(list -> places.addAll(list.texts()));
    }

    private void readFlag(String name, DataField field, Terms terms) {
        RedFlag flag = field.constantNamed(name, RedFlag.class);
        for (DataField rule : field.items()) {
            rules.add(readRule(flag, rule, terms));
        }
    }

    private static FlagRule readRule(RedFlag flag, DataField rule, Terms terms) {
        rule.allowOnly(RULE_FIELDS);
        Set<OfferKind> kinds = kindsIn(rule, "kinds");
        Set<RedFlag> requires = rule.find("requires").map(f -> earlierFlags(f, flag)).orElse(Set.of());
        Set<RedFlag> unlessFlags = rule.find("unlessFlags").map(f -> earlierFlags(f, flag)).orElse(Set.of());
        return new FlagRule(flag, kinds, terms.patterns(rule.get("patterns")), optionalPatterns(rule, "unless", terms),
                optionalPatterns(rule, "unlessText", terms), requires, unlessFlags,
                rule.find("unlessEmployerNamed").map(DataField::flag).orElse(false), kindsIn(rule, "aloneIn"));
    }

    private static Set<OfferKind> kindsIn(DataField rule, String name) {
        return rule.find(name).map(f -> constants(f, OfferKind.class)).orElse(EnumSet.allOf(OfferKind.class));
    }

    private static List<RulePattern> optionalPatterns(DataField rule, String name, Terms terms) {
        return rule.find(name).map(terms::patterns).orElse(List.of());
    }

    /** The constants a list field names. */
    static <E extends Enum<E>> Set<E> constants(DataField field, Class<E> type) {
        Set<E> constants = EnumSet.noneOf(type);
        field.items().forEach(item -> constants.add(item.constant(type)));
        return constants;
    }

    /** Flags are decided in the taxonomy's order, so a rule can only depend on flags that come before its own. */
    private static Set<RedFlag> earlierFlags(DataField field, RedFlag flag) {
        Set<RedFlag> flags = constants(field, RedFlag.class);
        flags.stream().filter(other -> other.compareTo(flag) >= 0).findFirst().ifPresent(other -> {
            throw field.problem("names " + other + ", which is decided after " + flag + "; only earlier flags work");
        });
        return flags;
    }
}
