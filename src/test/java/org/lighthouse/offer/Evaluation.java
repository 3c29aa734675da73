package org.lighthouse.offer;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Counts how well the offer check agrees with labelled offers: per flag, over all flags, and on the risk level. */
final class Evaluation {

    private final Map<RedFlag, int[]> counts = new EnumMap<>(RedFlag.class);
    private final Map<String, Evaluation> byLanguage = new TreeMap<>();
    private int offers;
    private int rightRisks;
    private int rightKinds;
    private final Map<Risk, Map<Risk, Integer>> risks = new EnumMap<>(Risk.class);
    private final Map<RiskBasis, Integer> tooHigh = new EnumMap<>(RiskBasis.class);

    private static final int TRUE_POSITIVES = 0;
    private static final int FALSE_POSITIVES = 1;
    private static final int FALSE_NEGATIVES = 2;

    Evaluation() {
        for (RedFlag flag : RedFlag.values()) {
            counts.put(flag, new int[3]);
        }
    }

    void add(LabelledOffer expected, OfferAssessment found) {
        byLanguage.computeIfAbsent(expected.language(), language -> new Evaluation()).count(expected, found);
        count(expected, found);
    }

    private void count(LabelledOffer expected, OfferAssessment found) {
        offers++;
        rightRisks += expected.risk() == found.risk() ? 1 : 0;
        rightKinds += expected.kind() == found.kind() ? 1 : 0;
        risks.computeIfAbsent(expected.risk(), r -> new EnumMap<>(Risk.class)).merge(found.risk(), 1, Integer::sum);
        if (found.risk().compareTo(expected.risk()) < 0) {
            tooHigh.merge(found.basis(), 1, Integer::sum);
        }
        for (RedFlag flag : RedFlag.values()) {
            boolean labelled = expected.flags().contains(flag);
            boolean flagged = found.flags().contains(flag);
            if (labelled && flagged) {
                counts.get(flag)[TRUE_POSITIVES]++;
            } else if (flagged) {
                counts.get(flag)[FALSE_POSITIVES]++;
            } else if (labelled) {
                counts.get(flag)[FALSE_NEGATIVES]++;
            }
        }
    }

    double riskAccuracy() {
        return (double) rightRisks / offers;
    }

    /** The share of offers labelled HIGH that the check also rates HIGH: the misses that matter most. */
    double highRecall() {
        Map<Risk, Integer> found = risks.getOrDefault(Risk.HIGH, Map.of());
        int labelled = found.values().stream().mapToInt(Integer::intValue).sum();
        return labelled == 0 ? 1.0 : (double) found.getOrDefault(Risk.HIGH, 0) / labelled;
    }

    double kindAccuracy() {
        return (double) rightKinds / offers;
    }

    double microF1() {
        int tp = sum(TRUE_POSITIVES);
        int errors = sum(FALSE_POSITIVES) + sum(FALSE_NEGATIVES);
        // no flag expected and none found is perfect agreement
        return tp + errors == 0 ? 1.0 : 2.0 * tp / (2.0 * tp + errors);
    }

    String report(String title) {
        StringBuilder out = new StringBuilder(String.format("%n%s: %d offers, risk accuracy %.3f, HIGH recall %.3f,"
                + " flag micro-F1 %.3f, kind accuracy %.3f%n", title, offers, riskAccuracy(), highRecall(), microF1(),
                kindAccuracy()));
        out.append(String.format("  %-20s %9s %6s %6s %4s %4s %4s%n", "flag", "precision", "recall", "", "tp",
                "fp", "fn"));
        counts.forEach((flag, c) -> out.append(String.format("  %-20s %9s %6s %6s %4d %4d %4d%n", flag,
                ratio(c[TRUE_POSITIVES], c[TRUE_POSITIVES] + c[FALSE_POSITIVES]),
                ratio(c[TRUE_POSITIVES], c[TRUE_POSITIVES] + c[FALSE_NEGATIVES]), "", c[TRUE_POSITIVES],
                c[FALSE_POSITIVES], c[FALSE_NEGATIVES])));
        risks.forEach((expected, found) -> out.append(String.format("  labelled %-6s found %s%n", expected, found)));
        out.append(String.format("  rated too high, by what decided the risk: %s%n", tooHigh));
        out.append(String.format("  errors by kind: %s%n", errorKinds()));
        byLanguage.forEach((language, part) -> out.append(String.format(
                "  %-9s %3d offers, risk accuracy %.3f, flag micro-F1 %.3f%n", language, part.offers,
                part.riskAccuracy(), part.microF1())));
        return out.toString();
    }

    /** How often each flag is missed and found where it is not, most often first: the kinds of error to work on. */
    String errorKinds() {
        Map<String, Integer> kinds = new TreeMap<>();
        counts.forEach((flag, c) -> {
            kinds.put("missed " + flag, c[FALSE_NEGATIVES]);
            kinds.put("extra " + flag, c[FALSE_POSITIVES]);
        });
        return kinds.entrySet().stream().filter(kind -> kind.getValue() > 0)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(kind -> kind.getKey() + " " + kind.getValue()).collect(Collectors.joining(", "));
    }

    private int sum(int which) {
        return counts.values().stream().mapToInt(c -> c[which]).sum();
    }

    private static String ratio(int part, int whole) {
        return whole == 0 ? "-" : String.format("%.2f", (double) part / whole);
    }

    static Set<RedFlag> difference(Set<RedFlag> a, Set<RedFlag> b) {
        return a.stream().filter(f -> !b.contains(f))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RedFlag.class)));
    }
}
