package org.lighthouse.offer;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lighthouse.shared.DataField;
import org.lighthouse.shared.DataFile;

/**
 * Realistic pay for the kinds of work offers name, from {@code offer/pay-scale.yml}: the top of the usual monthly range
 * in northern Vietnam, raised for work abroad. Pay above it is the "easy work, high pay" lure.
 */
final class PayScale {

    private static final double MILLION = 1_000_000;

    private final Set<OfferKind> judgedKinds;
    private final Set<OfferKind> saidPayKinds;
    private final double defaultTop;
    private final List<Scaled> work;
    private final List<Scaled> destinations;

    /** A kind of work with its top monthly pay, or a destination with the factor it raises pay by. */
    private record Scaled(double value, List<RulePattern> words) {

        boolean in(String text) {
            return words.stream().anyMatch(word -> word.isIn(text));
        }
    }

    PayScale(String resource) {
        DataField root = DataFile.read(resource);
        root.allowOnly(Set.of("judgedKinds", "saidPayKinds", "defaultTopMillions", "work", "destinations"));
        judgedKinds = kinds(root.get("judgedKinds"));
        saidPayKinds = root.find("saidPayKinds").map(PayScale::kinds).orElse(Set.of());
        defaultTop = root.get("defaultTopMillions").positiveNumber() * MILLION;
        work = scaled(root.get("work"), "topMillions", MILLION);
        destinations = scaled(root.get("destinations"), "factor", 1);
    }

    /**
     * The pay that is far above what the offer's work pays where it is, if any. In a job offer a sum that is not a fee
     * or a cost is taken for pay, whether or not the text says so.
     */
    Optional<Amount> unrealistic(OfferReading reading, List<Amount> amounts) {
        boolean judged = judgedKinds.contains(reading.kind());
        if (!judged && !saidPayKinds.contains(reading.kind())) {
            return Optional.empty();
        }
        String text = reading.text().text();
        double top = topPay(text) * destinationFactor(text);
        return amounts.stream().filter(a -> judged ? a.use() != Amount.Use.FEE : a.use() == Amount.Use.PAY)
                .filter(a -> a.monthlyVnd() > top)
                .max(Comparator.comparingDouble(Amount::monthlyVnd));
    }

    /** When an offer names several kinds of work, the best paid one is judged: doubt goes to the offer. */
    private double topPay(String text) {
        return work.stream().filter(w -> w.in(text)).mapToDouble(Scaled::value).max().orElse(defaultTop);
    }

    private double destinationFactor(String text) {
        return destinations.stream().filter(d -> d.in(text)).mapToDouble(Scaled::value).max().orElse(1);
    }

    private static Set<OfferKind> kinds(DataField list) {
        Set<OfferKind> kinds = EnumSet.noneOf(OfferKind.class);
        list.items().forEach(item -> kinds.add(item.constant(OfferKind.class)));
        return kinds;
    }

    private static List<Scaled> scaled(DataField list, String valueName, double unit) {
        return list.items().stream().map(item -> {
            item.allowOnly(Set.of("name", valueName, "words"));
            item.get("name").text();
            return new Scaled(item.get(valueName).positiveNumber() * unit, Terms.NONE.patterns(item.get("words")));
        }).toList();
    }
}
