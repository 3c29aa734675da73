package org.lighthouse.console.teaching;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn on the server as SVG: no script, prints as it shows, scales to a phone's width (drawn
 * 400 units wide, so that its text stays readable on a 400-pixel phone). Each bar has its label above it and its
 * value after it; bars are as long as their percentage of the full length. Colours are SVG attributes, not style,
 * which the console's Content-Security-Policy would refuse inline.
 */
final class BarChart {

    /** A bar: its label, its length in percent (0 to 100) and the value written after it. */
    record Bar(String label, int percent, String value) {
    }

    static final int WIDTH = 400;
    static final int FULL = 300;
    private static final int ROW = 46;
    private static final int LABEL_CHARS = 46;

    private BarChart() {
    }

    /** The chart, titled for screen readers; with no bar, no chart: an empty text. */
    static String svg(String title, List<Bar> bars) {
        if (bars.isEmpty()) {
            return "";
        }
        int height = bars.size() * ROW + 4;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " class=\"chart\" viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" aria-label=\"%s\">"
                + "<title>%s</title>", WIDTH, height, escape(title), escape(title)));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int top = i * ROW;
            int length = Math.round(FULL * Math.max(0, Math.min(100, bar.percent())) / 100f);
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"14\" fill=\"#1f2933\">%s</text>"
                    + "<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"16\" rx=\"3\" fill=\"#b45309\"/>"
                    + "<text x=\"%d\" y=\"%d\" font-size=\"14\" font-weight=\"600\" fill=\"#1f2933\">%s</text>",
                    top + 15, escape(cut(bar.label())), top + 21, length, length + 6, top + 35,
                    escape(bar.value())));
        }
        return svg.append("</svg>").toString();
    }

    /** Labels longer than a line of the chart are cut; the table beside it has them whole. */
    private static String cut(String label) {
        String line = label.strip().replaceAll("\\s+", " ");
        return line.length() <= LABEL_CHARS ? line : line.substring(0, LABEL_CHARS - 1).strip() + "…";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
