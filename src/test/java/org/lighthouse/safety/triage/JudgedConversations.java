package org.lighthouse.safety.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.lighthouse.safety.LabelledConversation;
import org.lighthouse.safety.TriageResult;

/**
 * The eight sets of labelled conversations, one per author, each judged by the rules alone once per test run: what
 * the conversation model learns from, and is measured on, leaving one author out.
 */
final class JudgedConversations {

    /** One set per author: the five development sets and the three fresh ones, all development data now. */
    static final List<String> AUTHORS = List.of("dev-a", "dev-b", "dev-c", "dev-d", "dev-e", "fresh", "fresh-2",
            "fresh-3");

    private static List<Judged> judged;
    /** Models already trained in this run, by the authors left out and the learning: many tests ask again. */
    private static final Map<String, ConversationModel> TRAINED = new ConcurrentHashMap<>();

    private JudgedConversations() {
    }

    /**
     * A conversation, its author, the rules' result and the features the conversation model reads, at its last
     * message; {@code earlier} holds the same at each earlier message, as the bot judged it then.
     */
    record Judged(String author, LabelledConversation conversation, TriageResult rules, boolean phrasedUrgent,
            String[] features, List<Judged> earlier) {

        ConversationModel.Example example() {
            return new ConversationModel.Example(conversation.level(), features);
        }
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
                                engine.featuresOf(weighed), List.copyOf(earlier)));
                    }
                    read.add(earlier.get(earlier.size() - 1));
                }
            }
            judged = List.copyOf(read);
        }
        return judged;
    }

    /** The model trained on every conversation but those of the given authors, in the order of the sets. */
    static ConversationModel trainedWithout(List<String> leftOut, ConversationModel.Learning learning) {
        return trainedWithout(leftOut, learning, "all features", UnaryOperator.identity());
    }

    /** The same, on features changed by a variant that names it. */
    static ConversationModel trainedWithout(List<String> leftOut, ConversationModel.Learning learning, String variant,
            UnaryOperator<String[]> features) {
        return TRAINED.computeIfAbsent(new TreeSet<>(leftOut) + " " + learning + " " + variant,
                key -> ConversationModel.train(all().stream().filter(judged -> !leftOut.contains(judged.author()))
                        .map(judged -> new ConversationModel.Example(judged.conversation().level(),
                                features.apply(judged.features()))).toList(), learning));
    }
}
