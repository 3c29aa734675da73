package org.lighthouse.safety.triage;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
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
