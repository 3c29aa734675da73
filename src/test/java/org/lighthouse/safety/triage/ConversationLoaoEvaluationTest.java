package org.lighthouse.safety.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.lighthouse.safety.Confusion;
import org.lighthouse.safety.TriageResult;
import org.lighthouse.safety.TriageResult.Level;
import org.lighthouse.safety.triage.JudgedConversations.Judged;
import org.lighthouse.safety.triage.JudgedConversations.Words;

/**
 * The conversation triage measured leaving one author out (LOAO): each of the seventeen sets of labelled
 * conversations is judged by a conversation model and a words model trained on the sixteen others, as a new author's
 * conversations would be. The rules were written while reading the five development sets, so their figures there
 * flatter them; the twelve fresh sets are the rules' only unseen authors. The shipped one is asserted; every variant
 * tried is printed on request.
 */
class ConversationLoaoEvaluationTest {

    private static final List<String> AUTHORS = JudgedConversations.AUTHORS;
    /** The thresholds ({@link Blend}: URGENT at, raised at) tried, fixed before any was measured. */
    private static final List<Blend> GRID = List.of(new Blend(0.25, 0.3), new Blend(0.3, 0.3), new Blend(0.35, 0.3),
            new Blend(0.4, 0.3), new Blend(0.45, 0.3), new Blend(0.5, 0.3), new Blend(0.3, 0.4), new Blend(0.35, 0.4),
            new Blend(0.4, 0.4), new Blend(0.45, 0.4), new Blend(0.5, 0.4), new Blend(0.4, 0.5), new Blend(0.5, 0.5));
    private static final double[] PENALTIES = {0.3, 1, 3};

    @Test
    void theLearnedModelBeatsTheRulesOnAuthorsItNeverSaw() {
        Figures rules = Figures.of(held -> held.rules().level());
        System.out.println(rules.report("rules alone"));
        Figures learned = chosenLeavingOneOut(Words.SHIPPED, "all features", UnaryOperator.identity(),
                Nesting.SHARED);
        Map<String, ConversationModel> models = modelsLeavingOneOut(ConversationModel.SHIPPED_LEARNING, "all features",
                UnaryOperator.identity(), Words.SHIPPED, Nesting.SHARED);
        Function<Judged, Level> shipped = held -> held.earlier().isEmpty() || !ConversationWords.enoughToRead(
                held.words()) ? held.rules().level()
                : Blend.SHIPPED.levelOf(models.get(held.author()).classify(features(held)), held.keptUrgent());
        System.out.println(Figures.of(held -> highest(held, j -> j.rules().level())).report(
                "rules alone, the highest level reached at any message, as the bot answers in a chat"));
        Figures inChat = Figures.of(held -> highest(held, shipped));
        System.out.println(inChat.report(
                "conversation model at the shipped thresholds, the highest level reached at any message"));

        // seventeen authors, when the twelfth fresh set joined with the rules unchanged: measured 0.956 / 0.921 /
        // 0.042, across messages only 0.932 / 0.908 (fresh-12 held out 0.900 / 0.925 / 0.000), thresholds chosen
        // 0.40 / 0.50 and four combinations kept URGENT (fresh-12 unkept sextortion and threats across messages); rules alone
        // 0.824 / 0.891 / 0.122, 0.716 / 0.879 (fresh-12 0.820 / 0.825 / 0.071). The URGENT across bar is lowered
        // to just under that (0.94 -> 0.93).
        // Sixteen authors: measured 0.961 / 0.921 / 0.041, across messages only 0.943 / 0.908, with six combinations
        // kept URGENT over the model; the bars are just under that (were 0.95 / 0.895 / 0.065, 0.92 / 0.88). When the
        // eleventh fresh set joined with the rules unchanged: 0.960 / 0.921 / 0.040, across messages only 0.940 /
        // 0.908 (fresh-11 held out 0.940 / 1.000 / 0.043); rules alone 0.824 / 0.895 / 0.125, 0.716 / 0.878 (fresh-11
        // 0.740 / 0.925 / 0.271).
        // Fifteen authors: measured 0.961 / 0.919 / 0.041, across messages only 0.947 / 0.912 (fresh-10 held out 0.900
        // / 0.950 / 0.000); rules alone 0.831 / 0.893 / 0.116, 0.733 / 0.874. When the tenth fresh set joined with
        // the rules unchanged: measured 0.955 / 0.915 / 0.037,
        // across messages only 0.939 / 0.906 (fresh-10 held out 0.900 / 0.950 / 0.000); rules alone 0.829 / 0.893 /
        // 0.116, 0.730 / 0.874 (fresh-10 0.760 / 0.900 / 0.157).
        // Fourteen authors: measured 0.951 / 0.918 / 0.046, across messages only 0.925 / 0.913 (fresh-9 held out 0.920
        // / 0.950 / 0.043); rules alone 0.835 / 0.893 / 0.113, 0.740 / 0.866. When the ninth fresh set joined with the
        // rules unchanged, 0.953 / 0.913 / 0.045, 0.934 / 0.903 (fresh-9 held out 0.860 / 0.975 / 0.043); rules alone
        // 0.832 / 0.893 / 0.113, 0.737 / 0.866. The URGENT bars are just under the fourteen authors' measurement.
        // Thirteen authors, when the eighth fresh set joined with the rules unchanged: measured 0.958 / 0.898 / 0.063,
        // across messages only 0.939 / 0.884 (fresh-8 held out 0.860 / 0.900 / 0.057); rules alone 0.851 / 0.890 /
        // 0.116, 0.767 / 0.864. The bars are just under that: the thirteenth author is the hardest yet (rules alone
        // 0.640 on its URGENT), and a bar guards what is measured over the authors there are.
        // Twelve authors: measured 0.968 / 0.915 / 0.046, across messages only 0.947 / 0.904 (when the seventh fresh
        // set joined, before the phrases and traits for what the authors' misses share, 0.951 / 0.906 / 0.051, 0.919
        // / 0.893); rules alone 0.872 / 0.896 / 0.110, 0.792 / 0.868 (0.858 / 0.894 / 0.110, 0.768 / 0.865 before).
        // Eleven authors: 0.959 / 0.912 / 0.057, 0.930 / 0.893 (before the phrases narrowed and widened for them,
        // 0.953 / 0.905 / 0.069, 0.930 / 0.889). Ten authors: 0.947 / 0.897 / 0.057, 0.914 / 0.880. Nine authors:
        // 0.936 / 0.894 / 0.067, 0.904 / 0.873, and nested strictly 0.956 / 0.894 / 0.067, 0.938 / 0.877. Targets
        // 0.95 / 0.90 / 0.15, 0.90 / 0.85
        assertThat(learned.pooled.recall(Level.URGENT)).as("URGENT recall").isGreaterThanOrEqualTo(0.955);
        assertThat(learned.pooled.recall(Level.CONCERN)).as("CONCERN recall").isGreaterThanOrEqualTo(0.915);
        assertThat(learned.pooled.noneRaised()).as("NONE raised").isLessThanOrEqualTo(0.045);
        assertThat(learned.across.recall(Level.URGENT)).as("URGENT across").isGreaterThanOrEqualTo(0.93);
        assertThat(learned.across.recall(Level.CONCERN)).as("CONCERN across").isGreaterThanOrEqualTo(0.905);
        // in a chat, where the bot answers the highest level reached at any message, measured over seventeen authors
        // 0.966 / 0.909 / 0.156 at the thresholds shipped (0.40 / 0.50; 0.969 / 0.906 / 0.163 at 0.35 / 0.40): the
        // URGENT bar is lowered to just under that (0.97 -> 0.965), the NONE raised bar tightened (0.17 -> 0.16); over
        // sixteen authors
        // 0.974 / 0.911 / 0.165 at the thresholds shipped (0.35 / 0.40; before six combinations were kept URGENT,
        // 0.971 / 0.913 / 0.164, and 0.967 / 0.914 / 0.160 at 0.40 / 0.50; bars were 0.955 / 0.89 / 0.175); over
        // fifteen 0.969 / 0.912 / 0.151 at the thresholds shipped then (0.40 / 0.50; with the rules before, 0.964 /
        // 0.910 / 0.149, and 0.967 / 0.897 / 0.158 at 0.30 / 0.40); over
        // fourteen 0.968 / 0.904 / 0.161 at the thresholds shipped then (0.30 / 0.40; with the rules before, 0.971 /
        // 0.891 / 0.167 at 0.25 / 0.30, 0.960 / 0.907 / 0.157 at 0.35 / 0.40); over thirteen
        // 0.958 / 0.894 / 0.172 at the thresholds shipped (0.954 / 0.902 / 0.161 at 0.40 / 0.50), over twelve 0.972
        // / 0.909 / 0.159 (rules alone 0.881 / 0.896 / 0.175; a single message is the rules' alone): a harmless
        // conversation is often raised by its first message, before the message that explains it comes, and a CONCERN
        // one made URGENT by a message on the way
        assertThat(inChat.pooled.recall(Level.URGENT)).as("URGENT in a chat").isGreaterThanOrEqualTo(0.965);
        assertThat(inChat.pooled.recall(Level.CONCERN)).as("CONCERN in a chat").isGreaterThanOrEqualTo(0.905);
        assertThat(inChat.pooled.noneRaised()).as("NONE raised in a chat").isLessThanOrEqualTo(0.16);
        assertThat(learned.pooled.recall(Level.URGENT)).isGreaterThanOrEqualTo(rules.pooled.recall(Level.URGENT));
        assertThat(learned.pooled.recall(Level.CONCERN)).isGreaterThan(rules.pooled.recall(Level.CONCERN));
        assertThat(learned.pooled.noneRaised()).isLessThan(rules.pooled.noneRaised());
    }

    /** The combinations kept URGENT over the model are those the same choice makes with all seventeen authors. */
    @Test
    void theCombinationsKeptUrgentAreChosenAmongEveryAuthor() {
        assertThat(JudgedConversations.combinationsKeptUrgent(AUTHORS))
                .isEqualTo(TriageEngine.rulesOnly().combinationsKeptUrgent());
    }

    /** The shipped thresholds are those the same choice makes with all seventeen authors. */
    @Test
    void theShippedThresholdsAreChosenLeavingOneAuthorOut() {
        assertThat(chosen(List.of(), Words.SHIPPED, "all features", UnaryOperator.identity(), Nesting.SHARED))
                .isEqualTo(Blend.SHIPPED);
    }

    /**
     * The variants tried and not kept: the model's most likely level, the shipped thresholds with other penalties or
     * a cutoff of 3, features without the names of traits, or of frames and of why messages were set aside, and the
     * rules' level changed only where the model is sure (URGENT lowered, CONCERN lifted or lowered, NONE raised, each
     * at its own threshold). On request only ({@code -Dlighthouse.variants=true}): it trains about 70 models, half a
     * minute the suite need not spend to print figures the README keeps.
     */
    @Test
    @EnabledIfSystemProperty(named = "lighthouse.variants", matches = "true")
    void theVariantsTriedAreReported() {
        chosenLeavingOneOut(Words.SHIPPED, "all features", UnaryOperator.identity(), Nesting.STRICT);
        chosenLeavingOneOut(Words.SHIPPED, "without the words' view", features -> Arrays.stream(features)
                .filter(feature -> !feature.startsWith("words ")).toArray(String[]::new), Nesting.SHARED);
        UnaryOperator<String[]> wordsOnly = words -> Arrays.stream(words).filter(word -> !word.contains("_"))
                .toArray(String[]::new);
        for (Words words : List.of(new Words("words and pairs, cutoff 3", new ConversationModel.Learning(100, 3, 1),
                UnaryOperator.identity()), new Words("words and pairs, L2 3", new ConversationModel.Learning(100, 2,
                3), UnaryOperator.identity()), new Words("words and pairs, L2 0.3", new ConversationModel.Learning(
                100, 2, 0.3), UnaryOperator.identity()), new Words("words only, cutoff 2",
                new ConversationModel.Learning(100, 2, 1), wordsOnly), new Words("words only, L2 3",
                new ConversationModel.Learning(100, 2, 3), wordsOnly), new Words("words and pairs, 50 iterations",
                new ConversationModel.Learning(50, 2, 1), UnaryOperator.identity()))) {
            chosenLeavingOneOut(words, "all features", UnaryOperator.identity(), Nesting.SHARED);
        }
        for (double penalty : PENALTIES) {
            ConversationModel.Learning learning = new ConversationModel.Learning(100, 1, penalty);
            Map<String, ConversationModel> models = modelsLeavingOneOut(learning, "all features",
                    UnaryOperator.identity(), Words.SHIPPED, Nesting.SHARED);
            System.out.println(Figures.of(held -> models.get(held.author()).classify(features(held)).best())
                    .report("most likely level, L2 " + penalty));
            System.out.println(Figures.of(held -> Blend.SHIPPED.levelOf(models.get(held.author())
                    .classify(features(held)), held.keptUrgent())).report("shipped thresholds, L2 " + penalty));
            System.out.println(Figures.of(held -> Blend.SHIPPED.levelOf(models.get(held.author())
                    .classify(features(held)), false)).report("shipped thresholds, L2 " + penalty
                    + ", without keeping an URGENT phrase URGENT"));
            for (double[] sure : new double[][] {{0.2, 0.8, 0.8, 0.8}, {0.3, 0.7, 0.7, 0.7}, {0.2, 1, 1, 1},
                    {0, 1, 1, 0.6}}) {
                System.out.println(Figures.of(held -> overridden(held.rules().level(), models.get(held.author())
                        .classify(features(held)), sure)).report("rules changed where the model is sure "
                        + Arrays.toString(sure) + ", L2 " + penalty));
            }
        }
        reportVariant("cutoff 3", new ConversationModel.Learning(100, 3, 1.0), UnaryOperator.identity());
        reportVariant("without the names of traits", ConversationModel.SHIPPED_LEARNING,
                features -> Arrays.stream(features).filter(feature -> !feature.startsWith("trait="))
                        .toArray(String[]::new));
        reportVariant("without the names of frames and of why messages were set aside",
                ConversationModel.SHIPPED_LEARNING, features -> Arrays.stream(features)
                        .map(feature -> feature.replaceFirst("^(frame|aside)=.*", "$1")).distinct()
                        .toArray(String[]::new));
    }

    private static void reportVariant(String name, ConversationModel.Learning learning,
            UnaryOperator<String[]> features) {
        Map<String, ConversationModel> models = modelsLeavingOneOut(learning, name, features, Words.SHIPPED,
                Nesting.SHARED);
        System.out.println(Figures.of(held -> Blend.SHIPPED.levelOf(models.get(held.author())
                .classify(features.apply(features(held))), held.keptUrgent())).report(name
                + ", shipped thresholds"));
    }

    /** The highest level a conversation reached at any of its messages: what the bot answered in the chat. */
    private static Level highest(Judged held, Function<Judged, Level> judge) {
        Level highest = judge.apply(held);
        for (Judged earlier : held.earlier()) {
            Level then = judge.apply(earlier);
            highest = then.above(highest) ? then : highest;
        }
        return highest;
    }

    private static Level overridden(Level rules, ModelScores model, double[] sure) {
        return switch (rules) {
            case URGENT -> model.urgent() < sure[0] ? Level.CONCERN : Level.URGENT;
            case CONCERN -> model.urgent() >= sure[1] ? Level.URGENT
                    : model.none() >= sure[2] ? Level.NONE : Level.CONCERN;
            case NONE -> 1 - model.none() >= sure[3] ? Level.CONCERN : Level.NONE;
        };
    }

    private static Map<String, ConversationModel> modelsLeavingOneOut(ConversationModel.Learning learning,
            String variant, UnaryOperator<String[]> features, Words words, Nesting nesting) {
        // each model alone is deterministic, so they may be trained side by side
        return AUTHORS.parallelStream().collect(Collectors.toMap(author -> author, author -> JudgedConversations
                .trainedWithout(List.of(author), nesting.fold(List.of(author)), learning, variant, features,
                        words)));
    }

    /**
     * Each author judged by the model trained on the others at the thresholds chosen among those others, with the
     * shipped penalty, the given words model and features changed by a variant that names it; printed.
     */
    private static Figures chosenLeavingOneOut(Words words, String variant, UnaryOperator<String[]> features,
            Nesting nesting) {
        Map<String, ConversationModel> models = modelsLeavingOneOut(ConversationModel.SHIPPED_LEARNING, variant,
                features, words, nesting);
        Map<String, Blend> thresholds = new LinkedHashMap<>();
        for (String author : AUTHORS) {
            thresholds.put(author, chosen(List.of(author), words, variant, features, nesting));
        }
        Figures figures = Figures.of(held -> thresholds.get(held.author()).levelOf(models.get(held.author())
                .classify(features.apply(features(held, words))), held.keptUrgent()));
        if (Boolean.getBoolean("lighthouse.misses")) {
            printMisses(held -> thresholds.get(held.author()), models, features, words);
        }
        System.out.println(figures.report("conversation model, " + variant + ", words model " + words.name() + ", "
                + nesting + ", thresholds chosen within the other authors "
                + thresholds.values().stream().map(b -> b.urgentAt() + "/" + b.raisedAt()).toList()));
        return figures;
    }

    /**
     * Each conversation held out that was URGENT and judged lower, or judged URGENT and was not, with the model's
     * scores, the rules' level and reasons, its features and its messages: what to read to see which ways of telling
     * danger the authors share. On request ({@code -Dlighthouse.misses=true}).
     */
    private static void printMisses(Function<Judged, Blend> thresholds, Map<String, ConversationModel> models,
            UnaryOperator<String[]> features, Words words) {
        for (Judged held : JudgedConversations.all()) {
            String[] read = features.apply(features(held, words));
            ModelScores scores = models.get(held.author()).classify(read);
            Level expected = held.conversation().level();
            Level given = thresholds.apply(held).levelOf(scores, held.keptUrgent());
            if (given != expected && (expected == Level.URGENT || given == Level.URGENT)) {
                System.out.printf(Locale.ROOT, "miss %s %s %s%s -> %s, model URGENT %.2f NONE %.2f, rules %s %s %s%n"
                        + "  %s%n", held.author(), held.conversation().id(), expected,
                        held.conversation().across() ? " (across)" : "", given, scores.urgent(), scores.none(),
                        held.rules().level(), held.rules().signals(), held.rules().setAside(), String.join(", ", read));
                held.conversation().messages().forEach(message -> System.out.println("    | " + message.text()));
            }
        }
    }

    /**
     * The thresholds of the grid that fall least short of the targets leaving one author out among all but those
     * held out (then come closest to perfect figures), with the shipped penalty; the first of equals.
     */
    private static Blend chosen(List<String> heldOut, Words words, String variant, UnaryOperator<String[]> features,
            Nesting nesting) {
        List<String> authors = AUTHORS.stream().filter(author -> !heldOut.contains(author)).toList();
        List<String> fold = nesting.fold(heldOut);
        Map<String, ConversationModel> models = authors.parallelStream().collect(Collectors.toMap(author -> author,
                author -> JudgedConversations.trainedWithout(Stream.concat(heldOut.stream(), Stream.of(author))
                        .toList(), fold, ConversationModel.SHIPPED_LEARNING, variant, features, words)));
        Blend best = GRID.get(0);
        double bestCost = Double.MAX_VALUE;
        for (Blend blend : GRID) {
            Confusion pooled = new Confusion();
            JudgedConversations.all().stream().filter(held -> authors.contains(held.author()))
                    .forEach(held -> pooled.add(held.conversation().level(), level(blend.levelOf(models
                            .get(held.author()).classify(features.apply(JudgedConversations.features(held, fold,
                                    words))), held.keptUrgent()))));
            double cost = shortfall(pooled);
            if (cost < bestCost) {
                bestCost = cost;
                best = blend;
            }
        }
        return best;
    }

    /** What the model trained without the conversation's author reads of it. */
    private static String[] features(Judged held) {
        return features(held, Words.SHIPPED);
    }

    private static String[] features(Judged held, Words words) {
        return JudgedConversations.features(held, List.of(held.author()), words);
    }

    private static double shortfall(Confusion figures) {
        double urgent = figures.recall(Level.URGENT);
        double concern = figures.recall(Level.CONCERN);
        double raised = figures.noneRaised();
        return 10 * (Math.max(0, 0.95 - urgent) + Math.max(0, 0.90 - concern) + Math.max(0, raised - 0.15))
                + (1 - urgent) + (1 - concern) + raised;
    }

    private static TriageResult level(Level level) {
        return new TriageResult(level, List.of(), List.of(), null);
    }

    /**
     * Which words models give the view of the conversations a model held-out authors are measured with is trained
     * on. The view of the conversations measured always comes from a words model that never read their author.
     */
    private enum Nesting {

        /**
         * The view of each conversation trained on comes from a words model that read neither its author nor the
         * authors held out: one words model for each pair of authors, and the conversation models of one fold
         * shared with no other.
         */
        STRICT,
        /**
         * The view of each conversation trained on comes from the words model without its author, which read the
         * authors held out: a fifth of the models to train, shared by every fold, so that the suite stays fast.
         * Pessimistic (nine authors): pooled URGENT 0.936 against 0.956 nested strictly, the view of models that
         * read the held-out author being surer of the conversations trained on than of those measured.
         */
        SHARED;

        List<String> fold(List<String> heldOut) {
            return this == STRICT ? heldOut : List.of();
        }
    }

    /** Figures per held-out author and pooled, of all conversations and of those whose level shows only across. */
    private record Figures(Map<String, Confusion> authors, Confusion pooled, Confusion across) {

        static Figures of(Function<Judged, Level> judge) {
            Figures figures = new Figures(new LinkedHashMap<>(), new Confusion(), new Confusion());
            for (Judged held : JudgedConversations.all()) {
                TriageResult result = level(judge.apply(held));
                Level expected = held.conversation().level();
                figures.authors.computeIfAbsent(held.author(), author -> new Confusion()).add(expected, result);
                figures.pooled.add(expected, result);
                if (held.conversation().across()) {
                    figures.across.add(expected, result);
                }
            }
            return figures;
        }

        String report(String title) {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                    "%s%n  pooled URGENT %.3f, CONCERN %.3f, NONE raised %.3f; across messages only URGENT %.3f,"
                            + " CONCERN %.3f%n", title, pooled.recall(Level.URGENT), pooled.recall(Level.CONCERN),
                    pooled.noneRaised(), across.recall(Level.URGENT), across.recall(Level.CONCERN)));
            authors.forEach((author, figures) -> out.append(String.format(Locale.ROOT,
                    "  %-8s URGENT %.3f, CONCERN %.3f, NONE raised %.3f%n", author, figures.recall(Level.URGENT),
                    figures.recall(Level.CONCERN), figures.noneRaised())));
            return out.toString();
        }
    }

    /**
     * The shipped conversation model and words model are those training on every labelled conversation gives today:
     * a change to the phrase files, the normaliser, the rules, the message corpora or the conversation sets changes
     * what they read, and both must be trained again. Nested here so that they run in the JVM of the measures above and
     * share the conversations judged and the words models trained in it. {@code mvn -o -B test
     * -Dtest='ConversationLoaoEvaluationTest$ShippedModelFiles'
     * -Dlighthouse.conversation-model.write=src/main/resources/safety/triage-conversation-model.bin
     * -Dlighthouse.conversation-words.write=src/main/resources/safety/triage-conversation-words.bin} does so.
     */
    @Nested
    class ShippedModelFiles {

        private static final String WRITE = "lighthouse.conversation-model.write";
        private static final String WRITE_WORDS = "lighthouse.conversation-words.write";

        @Test
        void theShippedModelIsTrainedOnEveryLabelledConversation() throws IOException {
            ShippedFile.assertCurrent(ConversationModel.SHIPPED_FILE,
                    bytes(JudgedConversations.trainedWithout(List.of(), ConversationModel.SHIPPED_LEARNING)), WRITE);
        }

        /**
         * The words model the bot reads is trained on every labelled conversation; the conversation model above
         * learnt its view of each conversation from words models that had not read that conversation's author.
         */
        @Test
        void theShippedWordsModelIsTrainedOnEveryLabelledConversation() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JudgedConversations.wordsTrainedWithout(List.of(), Words.SHIPPED).write(out);
            ShippedFile.assertCurrent(ConversationWords.SHIPPED_FILE, out.toByteArray(), WRITE_WORDS);
        }

        @Test
        void trainingTwiceGivesTheSameModel() throws IOException {
            List<ConversationModel.Example> examples = JudgedConversations.all().stream()
                    .filter(judged -> judged.author().equals("dev-a")).map(judged -> new ConversationModel.Example(
                            judged.conversation().level(), judged.features())).toList();
            assertThat(bytes(ConversationModel.train(examples, ConversationModel.SHIPPED_LEARNING)))
                    .isEqualTo(bytes(ConversationModel.train(examples, ConversationModel.SHIPPED_LEARNING)));
        }

        /**
         * What the words model adds to the bot: the model kept in the heap for as long as the bot runs. Reading each
         * file costs a few milliseconds of CPU at start-up (about 3 ms for the conversation model after the message
         * model's training, 50 ms in a JVM that loaded nothing of OpenNLP yet): printed, as a figure, not asserted.
         */
        @Test
        void theWordsModelCostsLittleHeap() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long start = threads.getCurrentThreadCpuTime();
            ConversationModel.read(ConversationModel.SHIPPED_FILE);
            System.out.println("reading the conversation model: "
                    + Duration.ofNanos(threads.getCurrentThreadCpuTime() - start).toMillis() + " ms of CPU");
            long heapBefore = usedAfterGc(memory);
            start = threads.getCurrentThreadCpuTime();
            ConversationModel words = ConversationModel.read(ConversationWords.SHIPPED_FILE);
            Duration spent = Duration.ofNanos(threads.getCurrentThreadCpuTime() - start);
            long heap = usedAfterGc(memory) - heapBefore;
            System.out.printf("reading the words model: %d ms of CPU, %.2f MB of heap%n", spent.toMillis(),
                    heap / 1e6);
            assertThat(words.classify(new String[] {"no"}).none()).isBetween(0.0, 1.0);
            assertThat(heap).isLessThan(3_000_000);
        }

        private static long usedAfterGc(MemoryMXBean memory) {
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            return memory.getHeapMemoryUsage().getUsed();
        }

        private static byte[] bytes(ConversationModel model) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            model.write(out);
            return out.toByteArray();
        }
    }
}
