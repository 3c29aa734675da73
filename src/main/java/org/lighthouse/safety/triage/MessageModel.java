package org.lighthouse.safety.triage;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DocumentCategorizerEventStream;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingConfiguration;
import opennlp.tools.util.TrainingParameters;
import org.lighthouse.safety.TriageResult.Level;

/**
 * An OpenNLP maxent document categorizer over words and word pairs of normalised text. The product's is trained on the
 * shipped corpora away from the service and shipped as a file ({@link #SHIPPED_FILE}): training it took about 2.5 s of
 * CPU at every start. It classifies with the maxent model directly, which keeps no state between calls, so one model
 * serves every thread.
 */
final class MessageModel {

    static final String SHIPPED_FILE = "safety/triage-message-model.bin";
    private static final int ITERATIONS = 200;

    private final MaxentModel model;
    private final FeatureGenerator[] features;

    private MessageModel(MaxentModel model, FeatureGenerator[] features) {
        this.model = model;
        this.features = features;
    }

    /** Trains on examples whose words are already normalised. */
    static MessageModel train(List<Example> examples) {
        FeatureGenerator[] features = featureGenerators();
        List<DocumentSample> samples = examples.stream()
                .map(example -> new DocumentSample(example.level().name(), example.words())).toList();
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        try {
            MaxentModel model = TrainerFactory.getEventTrainer(parameters, new HashMap<>(),
                    new TrainingConfiguration(new QuietProgress(), null)).train(
                    new DocumentCategorizerEventStream(ObjectStreamUtils.createObjectStream(samples), features));
            return new MessageModel(model, features);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model of a class path resource, written by {@link #write}. */
    static MessageModel read(String name) {
        return new MessageModel(LevelModels.read(name, "a message model"), featureGenerators());
    }

    void write(OutputStream out) throws IOException {
        LevelModels.write(model, out);
    }

    ModelScores classify(String[] words) {
        List<String> context = new ArrayList<>();
        for (FeatureGenerator generator : features) {
            context.addAll(generator.extractFeatures(words, Map.of()));
        }
        return LevelModels.classify(model, context.toArray(String[]::new));
    }

    private static FeatureGenerator[] featureGenerators() {
        try {
            return new FeatureGenerator[] {new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)};
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("word pairs are a valid n-gram range", e);
        }
    }

    /** A training message: its level and its normalised words. */
    record Example(Level level, String[] words) {
    }
}
