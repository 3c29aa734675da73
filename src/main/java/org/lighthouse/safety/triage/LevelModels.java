package org.lighthouse.safety.triage;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingConfiguration;
import opennlp.tools.util.TrainingParameters;
import org.lighthouse.safety.TriageResult.Level;
import org.lighthouse.shared.ConfigurationProblem;

/** What the message model and the conversation model share: maxent models over the levels, shipped as files. */
final class LevelModels {

    private LevelModels() {
    }

    /**
     * The model of a class path resource, written by {@link #write}.
     *
     * @param what what the model is, for the error that says it cannot be read
     */
    static MaxentModel read(String name, String what) {
        try (InputStream in = LevelModels.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new ConfigurationProblem(name + " is missing from the class path");
            }
            return new GenericModelReader(new BinaryFileDataReader(in)).getModel();
        } catch (IOException e) {
            throw new ConfigurationProblem(name + " cannot be read as " + what + ": " + e.getMessage());
        }
    }

    /** A maxent model trained by L-BFGS on the events in their order: the same model each time. */
    static MaxentModel train(List<Event> events, ConversationModel.Learning learning) {
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        parameters.put(TrainingParameters.ITERATIONS_PARAM, learning.iterations());
        parameters.put(TrainingParameters.CUTOFF_PARAM, learning.cutoff());
        parameters.put("L1Cost", 0.0);
        parameters.put("L2Cost", learning.l2());
        try {
            return TrainerFactory.getEventTrainer(parameters, new HashMap<>(),
                    new TrainingConfiguration(new QuietProgress(), null)).train(
                    ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(MaxentModel model, OutputStream out) throws IOException {
        new GenericModelWriter((AbstractModel) model, new DataOutputStream(out)).persist();
    }

    /** The model's probability of each level for a context. */
    static ModelScores classify(MaxentModel model, String[] context) {
        double[] probabilities = model.eval(context);
        return new ModelScores(probability(model, probabilities, Level.URGENT),
                probability(model, probabilities, Level.CONCERN), probability(model, probabilities, Level.NONE));
    }

    private static double probability(MaxentModel model, double[] probabilities, Level level) {
        int index = model.getIndex(level.name());
        return index < 0 ? 0 : probabilities[index];
    }
}
