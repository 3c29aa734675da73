package org.lighthouse.offer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lighthouse.shared.DataField;
import org.lighthouse.shared.DataFile;
import org.lighthouse.text.NormalisedText;

/**
 * Finds sums of money in an offer: {@code 25tr}, {@code 25 triệu}, {@code 25.000.000đ}, {@code 25 củ}, {@code 6tr5},
 * {@code 800$}, {@code $800}, {@code 3000 tệ}, {@code 1500 USD/tháng}, {@code 2 triệu/ngày}, {@code 7.5 to 9 million
 * VND/month}, {@code ib hlis 9 lab}. Units, currencies, periods and the words around pay and fees come from
 * {@code offer/money.yml}.
 */
final class MoneyReader {

    private static final String NUMBER = "\\d{1,3}(?:[.,]\\d{3})+(?![.,]?\\d)|\\d+(?:[.,]\\d+)?";
    private static final int LOOK_BEHIND = 40;
    private static final int LOOK_AHEAD = 30;

    private final Map<String, Double> multipliers;
    private final Map<String, Double> currencies;
    private final Map<String, Double> periods;
    private final Pattern amount;
    private final Pattern periodAfter;
    private final Pattern periodBefore;
    private final Pattern payBefore;
    private final Pattern feeBefore;
    private final Pattern feeAfter;

    MoneyReader(String resource) {
        DataField root = DataFile.read(resource);
        root.allowOnly(Set.of("multipliers", "currencies", "currencyFirst", "periods", "periodMarkers", "payWords",
                "feeWords"));
        multipliers = namedValues(root.get("multipliers"), "factor");
        currencies = namedValues(root.get("currencies"), "vnd");
        periods = namedValues(root.get("periods"), "timesPerMonth");
        String markers = alternatives(root.get("periodMarkers").texts());
        String periodNames = alternatives(periods.keySet());
        String currencyFirst = alternatives(root.get("currencyFirst").texts());
        amount = Pattern.compile("(?<![\\p{L}\\d.,$])(?<pre>" + currencyFirst + "\\s?)?(?<num>" + NUMBER + ")"
                + "(?:\\s?(?:-|–|~|den|toi|to)\\s?(?<num2>" + NUMBER + "))?"
                + "\\s?(?<mult>" + alternatives(multipliers.keySet()) + ")?(?<frac>\\d(?!\\d))?"
                + "\\s?(?<cur>" + alternatives(currencies.keySet()) + ")?");
        periodAfter = Pattern.compile("\\s*(?:(?:/|" + markers + ")\\s*)*(?<period>" + periodNames + ")");
        periodBefore = Pattern.compile("(?:^|\\s)(?:" + markers + ")\\s(?<period>" + periodNames
                + ")\\s(?:\\S+\\s){0,2}$");
        payBefore = Pattern.compile("(?:^|\\s)(?:" + alternatives(root.get("payWords").texts())
                + ")\\W+(?:\\S+\\s){0,3}$");
        String fees = alternatives(root.get("feeWords").texts());
        feeBefore = Pattern.compile("(?:^|\\s)(?:" + fees + ")\\W+(?:\\S+\\s){0,2}$");
        feeAfter = Pattern.compile("\\s?(?:[a-z]+\\s)?(?:" + fees + ")");
    }

    List<Amount> read(NormalisedText normalized) {
        String text = normalized.text();
        List<Amount> amounts = new ArrayList<>();
        Matcher match = amount.matcher(text);
        while (match.find()) {
            if (match.group("mult") == null && match.group("cur") == null && match.group("pre") == null) {
                continue;
            }
            double vnd = value(match);
            double times = timesPerMonth(text, match);
            String words = normalized.original(match.start(), match.end());
            amounts.add(new Amount(vnd, times, use(text, match, times), words));
        }
        return amounts;
    }

    private Amount.Use use(String text, Matcher match, double timesPerMonth) {
        if (feeNear(text, match)) {
            return Amount.Use.FEE;
        }
        return timesPerMonth > 0 || payWordBefore(text, match.start()) ? Amount.Use.PAY : Amount.Use.UNSAID;
    }

    private double value(Matcher match) {
        String number = match.group("num2") != null ? match.group("num2") : match.group("num");
        double value = number(number);
        String multiplier = match.group("mult");
        if (multiplier != null) {
            value *= multipliers.get(multiplier);
            if (match.group("frac") != null) {
                // "6tr5" is six and a half million
                value += multipliers.get(multiplier) * Integer.parseInt(match.group("frac")) / 10;
            }
        }
        String currency = match.group("cur") != null ? match.group("cur") : match.group("pre");
        return value * (currency == null ? 1 : currencies.get(currency.trim()));
    }

    /** Groups of three digits are thousands ("25.000.000", "1,100"); anything else is a decimal ("7.5", "6,5"). */
    static double number(String number) {
        if (number.matches("\\d{1,3}([.,]\\d{3})+")) {
            return Double.parseDouble(number.replaceAll("[.,]", ""));
        }
        return Double.parseDouble(number.replace(',', '.'));
    }

    private double timesPerMonth(String text, Matcher match) {
        int end = Math.min(text.length(), match.end() + LOOK_AHEAD);
        Matcher after = periodAfter.matcher(text).region(match.end(), end);
        if (after.lookingAt()) {
            return periods.get(after.group("period"));
        }
        Matcher before = periodBefore.matcher(text).region(Math.max(0, match.start() - LOOK_BEHIND), match.start());
        return before.find() ? periods.get(before.group("period")) : 0;
    }

    private boolean payWordBefore(String text, int start) {
        return payBefore.matcher(text).region(Math.max(0, start - LOOK_BEHIND), start).find();
    }

    /** A fee word just before the sum ("phí 150 triệu") or right after it ("a 5,000 USD deposit"). */
    private boolean feeNear(String text, Matcher match) {
        return feeBefore.matcher(text).region(Math.max(0, match.start() - LOOK_BEHIND / 2), match.start()).find()
                || feeAfter.matcher(text).region(match.end(), Math.min(text.length(), match.end() + LOOK_AHEAD))
                        .lookingAt();
    }

    private static Map<String, Double> namedValues(DataField list, String valueName) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (DataField entry : list.items()) {
            double value = entry.get(valueName).positiveNumber();
            entry.get("names").texts().forEach(name -> values.put(name, value));
        }
        return values;
    }

    /** A regex alternation of literal words, longest first, each ending at a word's end. */
    private static String alternatives(Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w) + (Character.isLetter(w.charAt(w.length() - 1)) ? "(?![a-z])" : ""))
                .reduce((a, b) -> a + "|" + b).map(a -> "(?:" + a + ")").orElse("(?!)");
    }
}
