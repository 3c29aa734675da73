package org.lighthouse.offer.chat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lighthouse.offer.OfferKind;
import org.lighthouse.offer.RedFlag;
import org.lighthouse.shared.ConfigurationProblem;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The guided check's questions per kind of offer, from {@code offer/guide.yml}. */
final class Guide {

    static final String FILE = "offer/guide.yml";

    /** One yes / no / not sure question: the flag it raises and the answers that raise it. */
    record Question(String id, RedFlag flag, Set<Character> risky, @Nullable String onlyIf) {
    }

    private final Map<OfferKind, List<Question>> questions = new EnumMap<>(OfferKind.class);

    Guide() {
        try (InputStream in = Guide.class.getClassLoader().getResourceAsStream(FILE)) {
            JsonNode root = in == null ? null : new YAMLMapper().readTree(in);
            for (OfferKind kind : OfferKind.values()) {
                JsonNode list = root == null ? null : root.get(kind.name());
                if (list == null || !list.isArray() || list.size() < 6 || list.size() > 11) {
                    throw new ConfigurationProblem(FILE + ": '" + kind + "' must list 6 to 10 questions");
                }
                List<Question> read = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    read.add(question(list.get(i), kind + "[" + i + "]"));
                }
                questions.put(kind, List.copyOf(read));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Question> of(OfferKind kind) {
        return questions.get(kind);
    }

    /** The next question to ask after the given answers (one letter per question asked or skipped), if any. */
    Optional<Integer> next(OfferKind kind, String answers) {
        List<Question> list = of(kind);
        for (int i = answers.length(); i < list.size(); i++) {
            String condition = list.get(i).onlyIf();
            if (condition == null || answered(kind, answers, condition) == 'y') {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    Set<RedFlag> flags(OfferKind kind, String answers) {
        Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
        for (int i = 0; i < answers.length(); i++) {
            Question question = of(kind).get(i);
            if (question.risky().contains(answers.charAt(i))) {
                flags.add(question.flag());
            }
        }
        return flags;
    }

    private char answered(OfferKind kind, String answers, String questionId) {
        List<Question> list = of(kind);
        for (int i = 0; i < answers.length(); i++) {
            if (list.get(i).id().equals(questionId)) {
                return answers.charAt(i);
            }
        }
        return '-';
    }

    private static Question question(JsonNode node, String at) {
        String id = node.path("id").asString("");
        Optional<RedFlag> flag = java.util.Arrays.stream(RedFlag.values())
                .filter(f -> f.name().equals(node.path("flag").asString(""))).findFirst();
        if (id.isEmpty() || flag.isEmpty() || !node.path("risky").isArray()) {
            throw new ConfigurationProblem(FILE + ": " + at + " needs 'id', a 'flag' of the taxonomy and 'risky' answers");
        }
        Set<Character> risky = new java.util.HashSet<>();
        node.get("risky").forEach(a -> risky.add(a.asString("?").charAt(0)));
        if (!Set.of('y', 'n', 'u').containsAll(risky)) {
            throw new ConfigurationProblem(FILE + ": " + at + ".risky may only hold y, n and u");
        }
        String onlyIf = node.path("onlyIf").isString() ? node.get("onlyIf").asString() : null;
        return new Question(id, flag.get(), Set.copyOf(risky), onlyIf);
    }
}
