package org.lighthouse.offer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.lighthouse.shared.DataFile;
import org.lighthouse.shared.DataProblem;
import org.lighthouse.text.NormalisedText;
import org.lighthouse.text.Normaliser;

/**
 * How strongly an offer's words speak for high risk: a naive Bayes model over the folded words and word pairs of
 * labelled offers, one a line ({@code HIGH text} or {@code OTHER text}). It counts each word once per offer and only
 * the words an offer has, each smoothed by one, and gives the log-odds of HIGH.
 */
final class RiskModel {

    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final String HIGH = "HIGH";
    private static final String OTHER = "OTHER";

    /** The features learnt, sorted, and their weights: about 1.3 MB less heap than a map of boxed weights. */
    private final String[] known;
    private final double[] weights;
    private final double prior;

    /** One offer to learn from: its text and whether its author rated it high risk. */
    record Example(boolean high, String text) {
    }

    RiskModel(String resource, Normaliser normaliser) {
        this(examples(resource), normaliser);
    }

    RiskModel(List<Example> examples, Normaliser normaliser) {
        Map<String, int[]> counts = new HashMap<>();
        int[] offers = new int[2];
        for (Example example : examples) {
            int label = example.high() ? 1 : 0;
            offers[label]++;
            features(normaliser.normalise(example.text()))
                    .forEach(f -> counts.computeIfAbsent(f, k -> new int[2])[label]++);
        }
        prior = Math.log((double) offers[1] / offers[0]);
        known = counts.keySet().toArray(String[]::new);
        Arrays.sort(known);
        weights = new double[known.length];
        for (int i = 0; i < known.length; i++) {
            int[] c = counts.get(known[i]);
            weights[i] = Math.log((c[1] + 1.0) / (offers[1] + 2.0)) - Math.log((c[0] + 1.0) / (offers[0] + 2.0));
        }
    }

    private static List<Example> examples(String resource) {
        List<Example> examples = new ArrayList<>();
        List<String> lines = DataFile.lines(resource);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                String[] labelAndText = line.split("\\s+", 2);
                if (labelAndText.length < 2 || !Set.of(HIGH, OTHER).contains(labelAndText[0])) {
                    throw DataProblem.inFile(resource, "line " + (i + 1) + " must start with HIGH or OTHER, then text");
                }
                examples.add(new Example(labelAndText[0].equals(HIGH), labelAndText[1]));
            }
        }
        return examples;
    }

    /** The log-odds that the offer is high risk; words never seen in training count for nothing. */
    double logOdds(NormalisedText text) {
        return prior + features(text).stream().mapToDouble(this::weight).sum();
    }

    private double weight(String feature) {
        int at = Arrays.binarySearch(known, feature);
        return at >= 0 ? weights[at] : 0.0;
    }

    private static Set<String> features(NormalisedText text) {
        List<String> words = WORD.matcher(text.text().replaceAll("[^\\p{L}\\p{N} ]", " ")).results()
                .map(MatchResult::group).toList();
        Set<String> features = new LinkedHashSet<>(words);
        for (int i = 1; i < words.size(); i++) {
            features.add(words.get(i - 1) + " " + words.get(i));
        }
        return features;
    }
}
