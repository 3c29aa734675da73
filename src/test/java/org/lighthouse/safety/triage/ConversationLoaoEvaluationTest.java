package org.lighthouse.safety.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.lighthouse.safety.Confusion;
import org.lighthouse.safety.TriageResult;
import org.lighthouse.safety.TriageResult.Level;
import org.lighthouse.safety.triage.JudgedConversations.Judged;

/**
 * The conversation triage measured leaving one author out (LOAO): each of the eight sets of labelled conversations is
 * judged by a model trained on the seven others, as a new author's conversations would be. The rules were written
 * while reading the five development sets, so their figures there flatter them; the three fresh sets are the rules'
 * only unseen authors. The shipped one is asserted; every variant tried is printed on request.
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
        Map<String, ConversationModel> models = modelsLeavingOneOut(ConversationModel.SHIPPED_LEARNING, "all features",
                UnaryOperator.identity());
        Map<String, Blend> thresholds = new LinkedHashMap<>();
        for (String author : AUTHORS) {
            thresholds.put(author, chosen(AUTHORS.stream().filter(other -> !other.equals(author)).toList()));
        }
        Figures learned = Figures.of(held -> thresholds.get(held.author())
                .levelOf(models.get(held.author()).classify(held.features()), held.phrasedUrgent()));
        System.out.println(learned.report("conversation model, thresholds chosen within the seven other authors "
                + thresholds.values().stream().map(b -> b.urgentAt() + "/" + b.raisedAt()).toList()));

        Function<Judged, Level> shipped = held -> Blend.SHIPPED.levelOf(models.get(held.author())
                .classify(held.features()), held.phrasedUrgent());
        System.out.println(Figures.of(held -> highest(held, j -> j.rules().level())).report(
                "rules alone, the highest level reached at any message, as the bot answers in a chat"));
        Figures inChat = Figures.of(held -> highest(held, shipped));
        System.out.println(inChat.report(
                "conversation model at the shipped thresholds, the highest level reached at any message"));

        // measured 0.884 / 0.884 / 0.098, across messages only 0.827 / 0.875 (rules alone: 0.884 / 0.868 / 0.113,
        // 0.827 / 0.845; without keeping a last message URGENT by phrase URGENT, 0.884 / 0.890 / 0.084, but plain
        // danger written first in a chat could then be lowered); short of the targets 0.95 / 0.90 / 0.15, 0.90 / 0.85
        assertThat(learned.pooled.recall(Level.URGENT)).as("URGENT recall").isGreaterThanOrEqualTo(0.87);
        assertThat(learned.pooled.recall(Level.CONCERN)).as("CONCERN recall").isGreaterThanOrEqualTo(0.87);
        assertThat(learned.pooled.noneRaised()).as("NONE raised").isLessThanOrEqualTo(0.105);
        assertThat(learned.across.recall(Level.URGENT)).as("URGENT across").isGreaterThanOrEqualTo(0.81);
        assertThat(learned.across.recall(Level.CONCERN)).as("CONCERN across").isGreaterThanOrEqualTo(0.86);
        // in a chat, where the bot answers the highest level reached at any message, measured 0.905 / 0.884 / 0.198
        // (rules alone 0.891 / 0.868 / 0.198): a harmless conversation is often raised by its first message, before
        // the message that explains it comes
        assertThat(inChat.pooled.recall(Level.URGENT)).as("URGENT in a chat").isGreaterThanOrEqualTo(0.89);
        assertThat(inChat.pooled.recall(Level.CONCERN)).as("CONCERN in a chat").isGreaterThanOrEqualTo(0.87);
        assertThat(inChat.pooled.noneRaised()).as("NONE raised in a chat").isLessThanOrEqualTo(0.21);
        assertThat(learned.pooled.recall(Level.URGENT)).isGreaterThanOrEqualTo(rules.pooled.recall(Level.URGENT));
        assertThat(learned.pooled.recall(Level.CONCERN)).isGreaterThan(rules.pooled.recall(Level.CONCERN));
        assertThat(learned.pooled.noneRaised()).isLessThan(rules.pooled.noneRaised());
    }

    /** The shipped thresholds are those the same choice makes with all eight authors. */
    @Test
    void theShippedThresholdsAreChosenLeavingOneAuthorOut() {
        assertThat(chosen(AUTHORS)).isEqualTo(Blend.SHIPPED);
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
        for (double penalty : PENALTIES) {
            ConversationModel.Learning learning = new ConversationModel.Learning(100, 1, penalty);
            Map<String, ConversationModel> models = modelsLeavingOneOut(learning, "all features",
                    UnaryOperator.identity());
            System.out.println(Figures.of(held -> models.get(held.author()).classify(held.features()).best())
                    .report("most likely level, L2 " + penalty));
            System.out.println(Figures.of(held -> Blend.SHIPPED.levelOf(models.get(held.author())
                    .classify(held.features()), held.phrasedUrgent())).report("shipped thresholds, L2 " + penalty));
            System.out.println(Figures.of(held -> Blend.SHIPPED.levelOf(models.get(held.author())
                    .classify(held.features()), false)).report("shipped thresholds, L2 " + penalty
                    + ", without keeping an URGENT phrase URGENT"));
            for (double[] sure : new double[][] {{0.2, 0.8, 0.8, 0.8}, {0.3, 0.7, 0.7, 0.7}, {0.2, 1, 1, 1},
                    {0, 1, 1, 0.6}}) {
                System.out.println(Figures.of(held -> overridden(held.rules().level(), models.get(held.author())
                        .classify(held.features()), sure)).report("rules changed where the model is sure "
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
        Map<String, ConversationModel> models = modelsLeavingOneOut(learning, name, features);
        System.out.println(Figures.of(held -> Blend.SHIPPED.levelOf(models.get(held.author())
                .classify(features.apply(held.features())), held.phrasedUrgent())).report(name
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
            String variant, UnaryOperator<String[]> features) {
        // each model alone is deterministic, so they may be trained side by side
        return AUTHORS.parallelStream().collect(Collectors.toMap(author -> author, author -> JudgedConversations
                .trainedWithout(List.of(author), learning, variant, features)));
    }

    /**
     * The thresholds of the grid that fall least short of the targets leaving one author out among the given ones
     * (then come closest to perfect figures), with the shipped penalty; the first of equals.
     */
    private static Blend chosen(List<String> authors) {
        Map<String, ConversationModel> models = authors.parallelStream().collect(Collectors.toMap(author -> author,
                author -> JudgedConversations.trainedWithout(AUTHORS.stream().filter(other -> other.equals(author)
                        || !authors.contains(other)).toList(), ConversationModel.SHIPPED_LEARNING)));
        Blend best = GRID.get(0);
        double bestCost = Double.MAX_VALUE;
        for (Blend blend : GRID) {
            Confusion pooled = new Confusion();
            JudgedConversations.all().stream().filter(held -> authors.contains(held.author()))
                    .forEach(held -> pooled.add(held.conversation().level(), level(blend.levelOf(models
                            .get(held.author()).classify(held.features()), held.phrasedUrgent()))));
            double cost = shortfall(pooled);
            if (cost < bestCost) {
                bestCost = cost;
                best = blend;
            }
        }
        return best;
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
}
