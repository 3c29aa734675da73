package org.lighthouse.safety.triage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.lighthouse.safety.LabelledConversation;
import org.lighthouse.safety.TriageResult;
import org.lighthouse.safety.TriageResult.Level;

/**
 * The seventeen sets of labelled conversations, one per author, each judged by the rules alone once per test run: what
 * the conversation model learns from, and is measured on, leaving one author out.
 */
final class JudgedConversations {

    /** One set per author: the five development sets and the twelve fresh ones, all development data now. */
    static final List<String> AUTHORS = List.of("dev-a", "dev-b", "dev-c", "dev-d", "dev-e", "fresh", "fresh-2",
            "fresh-3", "fresh-4", "fresh-5", "fresh-6", "fresh-7", "fresh-8", "fresh-9", "fresh-10", "fresh-11",
            "fresh-12");

    /** The fewest URGENT conversations a combination is kept URGENT on, fixed before it was measured. */
    private static final int KEPT_URGENT_AT_LEAST = 5;
    private static final Map<String, Set<String>> KEPT_URGENT = new ConcurrentHashMap<>();

    private static List<Judged> judged;
    /** Models already trained in this run, by the authors left out and the learning: many tests ask again. */
    private static final Map<String, ConversationModel> TRAINED = new ConcurrentHashMap<>();
    private static final Map<String, ConversationModel> WORDS = new ConcurrentHashMap<>();
    private static final Map<String, Map<Identity, String[]>> VIEWS = new ConcurrentHashMap<>();

    private JudgedConversations() {
    }

    /**
     * A conversation, its author, the rules' result, the features the conversation model reads of the rules and the
     * words the words model reads, at its last message; {@code earlier} holds the same at each earlier message, as
     * the bot judged it then.
     */
    record Judged(String author, LabelledConversation conversation, TriageResult rules, boolean phrasedUrgent,
            Set<String> urgentCombinations, String[] features, String[] words, List<Judged> earlier) {

        /**
         * Whether the conversation stays URGENT whatever the model says: a phrase of its last message, or a
         * combination chosen among the other authors' conversations.
         */
        boolean keptUrgent() {
            return phrasedUrgent || urgentCombinations.stream().anyMatch(keptUrgentWithout(author)::contains);
        }
    }

    /**
     * The URGENT combinations the shipped choice keeps URGENT over the model when only these authors are read: those
     * whose conversations, URGENT by no phrase of their last message, were URGENT at least five times and never
     * CONCERN nor harmless.
     */
    static Set<String> combinationsKeptUrgent(Collection<String> authors) {
        Map<String, int[]> byLevel = new TreeMap<>();
        all().stream().filter(held -> authors.contains(held.author()) && !held.phrasedUrgent()).forEach(held ->
                held.urgentCombinations().forEach(reason -> byLevel.computeIfAbsent(reason,
                        r -> new int[Level.values().length])[held.conversation().level().ordinal()]++));
        return byLevel.entrySet().stream().filter(entry -> entry.getValue()[Level.URGENT.ordinal()]
                >= KEPT_URGENT_AT_LEAST && entry.getValue()[Level.CONCERN.ordinal()] == 0
                && entry.getValue()[Level.NONE.ordinal()] == 0).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The combinations kept URGENT as chosen without the author: one author's conversations never choose their own. */
    private static Set<String> keptUrgentWithout(String author) {
        return KEPT_URGENT.computeIfAbsent(author, leftOut -> combinationsKeptUrgent(AUTHORS.stream()
                .filter(other -> !other.equals(leftOut)).toList()));
    }

    static synchronized List<Judged> all() {
        if (judged == null) {
            TriageEngine engine = TriageEngine.rulesOnly();
            List<Judged> read = new ArrayList<>();
            for (String author : AUTHORS) {
                for (LabelledConversation conversation : LabelledConversation.readAll(
                        "safety/conversations-" + author + ".jsonl")) {
                    List<Judged> earlier = new ArrayList<>();
                    for (int end = 1; end <= conversation.messages().size(); end++) {
                        ConversationJudge.Weighed weighed = engine.weigh(conversation.messages().subList(0, end));
                        earlier.add(new Judged(author, conversation, weighed.result(), weighed.phrasedUrgent(),
                                weighed.urgentCombinations(), engine.featuresOf(weighed),
                                ConversationWords.of(weighed.steps()), List.copyOf(earlier)));
                    }
                    read.add(earlier.get(earlier.size() - 1));
                }
            }
            judged = List.copyOf(read);
        }
        return judged;
    }

    /**
     * What the conversation model reads of a conversation when the authors of the fold are left out: the rules'
     * findings and the view of a words model trained without the fold's authors nor the conversation's own, so that
     * the words model never judges what it learnt from, in training as when measured.
     */
    static String[] features(Judged judged, Collection<String> fold, Words words) {
        Set<String> without = new TreeSet<>(fold);
        without.add(judged.author());
        // every fold and threshold of the grid asks again for the same conversations
        return VIEWS.computeIfAbsent(without + " " + words.name() + " " + words.learning(),
                key -> new ConcurrentHashMap<>()).computeIfAbsent(new Identity(judged), identity ->
                ConversationFeatures.withWords(judged.features(), words.read().apply(judged.words()),
                        wordsTrainedWithout(without, words)));
    }

    /** A conversation at one of its messages, by identity: its record holds arrays, equal only to themselves. */
    private record Identity(Judged judged) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.judged == judged;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(judged);
        }
    }

    /** The words model trained on every conversation but those of the given authors, in the order of the sets. */
    static ConversationModel wordsTrainedWithout(Collection<String> leftOut, Words words) {
        return WORDS.computeIfAbsent(new TreeSet<>(leftOut) + " " + words.name() + " " + words.learning(),
                key -> ConversationModel.train(all().stream().filter(judged -> !leftOut.contains(judged.author()))
                        .map(judged -> new ConversationModel.Example(judged.conversation().level(),
                                words.read().apply(judged.words()))).toList(), words.learning()));
    }

    /** A words model: how it learns, and which of the conversation's words it reads, named for the figures. */
    record Words(String name, ConversationModel.Learning learning, UnaryOperator<String[]> read) {

        static final Words SHIPPED = new Words("shipped", ConversationWords.SHIPPED_LEARNING,
                UnaryOperator.identity());
    }

    /**
     * The shipped kind of model trained on every conversation but those of the given authors, in the order of the
     * sets, the words' view given by models that left those authors out too.
     */
    static ConversationModel trainedWithout(List<String> leftOut, ConversationModel.Learning learning) {
        return trainedWithout(leftOut, leftOut, learning, "all features", UnaryOperator.identity(), Words.SHIPPED);
    }

    /**
     * The model trained without the authors left out, the words' view given by models trained without the fold's
     * authors, on features changed by a variant that names it.
     */
    static ConversationModel trainedWithout(List<String> leftOut, List<String> fold,
            ConversationModel.Learning learning, String variant, UnaryOperator<String[]> features, Words words) {
        return TRAINED.computeIfAbsent(new TreeSet<>(leftOut) + " " + new TreeSet<>(fold) + " " + learning + " "
                + variant + " " + words.name() + " " + words.learning(), key -> ConversationModel.train(all().stream()
                .filter(judged -> !leftOut.contains(judged.author()))
                .map(judged -> new ConversationModel.Example(judged.conversation().level(),
                        features.apply(features(judged, fold, words)))).toList(), learning));
    }
}
