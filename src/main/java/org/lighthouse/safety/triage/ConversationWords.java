package org.lighthouse.safety.triage;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lighthouse.safety.triage.ConversationJudge.Step;

/**
 * What a model of a conversation's level from its words reads (a {@link ConversationModel}, OpenNLP maxent by L-BFGS
 * with an L2 penalty): the words and word pairs of each message of the window, as the message model reads them
 * (normalised by {@code text}, harmless uses masked, with the word families found), each counted once. It reads
 * danger told in ways no phrase or trait was written for (a debt that grows, "go with the guest", the boss keeps the
 * phone); the conversation model weighs its view with the rules' findings. Trained away from the service and shipped
 * as a file, as the other two models.
 */
final class ConversationWords {

    /** Where the shipped model is, trained on every labelled conversation ({@code ConversationLoaoEvaluationTest}). */
    static final String SHIPPED_FILE = "safety/triage-conversation-words.bin";
    /**
     * The fewest single words in which the model reads more than its prior. No labelled conversation is shorter, so
     * the models and their figures are the same with or without it; 5 still raised "e ko hiu cau 2".
     */
    static final int WORDS_TO_READ = 8;
    /** A word or pair must come twice to count: what one conversation alone says is that author's, not a new one's. */
    static final ConversationModel.Learning SHIPPED_LEARNING = new ConversationModel.Learning(100, 2, 1.0);

    private ConversationWords() {
    }

    /** The shipped model, read once per process. */
    static ConversationModel shipped() {
        return Shipped.MODEL;
    }

    private static final class Shipped {

        static final ConversationModel MODEL = ConversationModel.read(SHIPPED_FILE);
    }

    /** Whether the words (and pairs) hold enough single words for the model to read more than its prior. */
    static boolean enoughToRead(String[] words) {
        return Arrays.stream(words).filter(word -> !word.contains("_")).count() >= WORDS_TO_READ;
    }

    /** The words and word pairs of the conversation's messages, each once, pairs never across two messages. */
    static String[] of(List<Step> steps) {
        Set<String> features = new LinkedHashSet<>();
        for (Step step : steps) {
            String[] words = step.reading().words();
            for (int i = 0; i < words.length; i++) {
                features.add(words[i]);
                if (i > 0) {
                    features.add(words[i - 1] + "_" + words[i]);
                }
            }
        }
        return features.toArray(String[]::new);
    }
}
