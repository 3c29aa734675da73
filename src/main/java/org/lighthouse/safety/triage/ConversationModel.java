package org.lighthouse.safety.triage;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.lighthouse.safety.TriageResult.Level;

/**
 * A maxent model (OpenNLP's, trained by L-BFGS with an L2 penalty) of the level a responder gives a whole
 * conversation, from {@link ConversationFeatures}: what the rules computed. Trained on labelled conversations away
 * from the service and shipped as a file, since reading every message of them at start-up would cost seconds.
 */
final class ConversationModel {

    /** Where the shipped model is, trained on every labelled conversation ({@code ConversationLoaoEvaluationTest}). */
    static final String SHIPPED_FILE = "safety/triage-conversation-model.bin";
    /**
     * Leaving one author out, L2 penalties of 0.3, 1 and 3 came within 0.01 of each other pooled; 1 gave the best
     * CONCERN recall, and 3, without the URGENT phrase kept URGENT, left one author's URGENT recall at 0.72.
     */
    static final Learning SHIPPED_LEARNING = new Learning(100, 1, 1.0);

    private final MaxentModel model;

    private ConversationModel(MaxentModel model) {
        this.model = model;
    }

    /** The shipped model, read once per process. */
    static ConversationModel shipped() {
        return Shipped.MODEL;
    }

    private static final class Shipped {

        static final ConversationModel MODEL = read(SHIPPED_FILE);
    }

    /** Trains on the examples in their order, the same model each time. */
    static ConversationModel train(List<Example> examples, Learning learning) {
        return new ConversationModel(LevelModels.train(examples.stream()
                .map(example -> new Event(example.level().name(), example.features())).toList(), learning));
    }

    /** The model of a class path resource, written by {@link #write}. */
    static ConversationModel read(String name) {
        return new ConversationModel(LevelModels.read(name, "a conversation model"));
    }

    void write(OutputStream out) throws IOException {
        LevelModels.write(model, out);
    }

    ModelScores classify(String[] features) {
        return LevelModels.classify(model, features);
    }

    /** A conversation's features and the level a responder gave it. */
    record Example(Level level, String[] features) {
    }

    /** How hard the model may fit: L-BFGS iterations, the least count of a feature, and the L2 penalty. */
    record Learning(int iterations, int cutoff, double l2) {
    }
}
