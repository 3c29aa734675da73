package org.lighthouse.offer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.ml.naivebayes.NaiveBayesTrainer;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.lighthouse.shared.DataFile;
import org.lighthouse.shared.DataProblem;
import org.lighthouse.text.NormalisedText;
import org.lighthouse.text.Normaliser;

/**
 * Guesses the kind of an offer when the user has not said it: an OpenNLP document categorizer (naive Bayes over words
 * and word pairs), trained at start-up on {@code offer/kinds-training.txt}, a small set of made-up offers, each
 * line {@code KIND text}. It reads normalized text, so unaccented Vietnamese and teencode classify like the rest.
 */
final class KindClassifier {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}$]+");

    private final DocumentCategorizerME categorizer;

    KindClassifier(String resource, Normaliser normalizer) {
        categorizer = new DocumentCategorizerME(train(samples(resource, normalizer)));
    }

    OfferKind classify(NormalisedText text) {
        String[] words = words(text);
        if (words.length == 0) {
            return OfferKind.FRIENDSHIP;
        }
        return OfferKind.valueOf(categorizer.getBestCategory(categorizer.categorize(words)));
    }

    private static List<DocumentSample> samples(String resource, Normaliser normalizer) {
        List<DocumentSample> samples = new ArrayList<>();
        List<String> lines = DataFile.lines(resource);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] kindAndText = line.split("\\s+", 2);
            if (kindAndText.length < 2 || OfferKind.named(kindAndText[0]).isEmpty()) {
                throw DataProblem.inFile(resource, "line " + (i + 1)
                        + " must start with JOB, MARRIAGE or FRIENDSHIP, then the offer's text");
            }
            OfferKind kind = OfferKind.named(kindAndText[0]).orElseThrow();
            samples.add(new DocumentSample(kind.name(), words(normalizer.normalise(kindAndText[1]))));
        }
        return samples;
    }

    private static String[] words(NormalisedText text) {
        return WORD.matcher(text.text()).results().map(MatchResult::group).toArray(String[]::new);
    }

    private static DoccatModel train(List<DocumentSample> samples) {
        TrainingParameters parameters = TrainingParameters.defaultParams();
        // naive Bayes guessed best from two hundred short sentences; a cutoff of 0 keeps every word they have
        parameters.put(TrainingParameters.ALGORITHM_PARAM, NaiveBayesTrainer.NAIVE_BAYES_VALUE);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 0);
        try {
            DoccatFactory features = new DoccatFactory(
                    new FeatureGenerator[] {new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)});
            return DocumentCategorizerME.train("mul", ObjectStreamUtils.createObjectStream(samples), parameters,
                    features);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
