package org.lighthouse.console.teaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BarChartUnitTest {

    private static final Pattern WIDTHS = Pattern.compile("<rect [^>]*width=\"(\\d+)\"");

    /** A bar is as long as its percentage of the full width: 100% the whole, 50% half, 0% nothing. */
    @Test
    void barsAreProportional() {
        String svg = BarChart.svg("Hardest", List.of(new BarChart.Bar("Q1", 100, "100% wrong"),
                new BarChart.Bar("Q2", 50, "50% wrong"), new BarChart.Bar("Q3", 25, "25% wrong"),
                new BarChart.Bar("Q4", 0, "0% wrong")));
        Matcher m = WIDTHS.matcher(svg);
        List<Integer> widths = m.results().map(r -> Integer.parseInt(r.group(1))).toList();
        assertThat(widths).containsExactly(BarChart.FULL, BarChart.FULL / 2, BarChart.FULL / 4, 0);
        assertThat(svg).startsWith("<svg ").endsWith("</svg>").contains("<title>Hardest</title>")
                .contains(">50% wrong<").doesNotContain("style=").doesNotContain("<script");
    }

    /** Labels and titles come from questions and class names: markup in them is shown as text, never run. */
    @Test
    void labelsAreEscaped() {
        String svg = BarChart.svg("A & \"B\"", List.of(new BarChart.Bar("<script>alert(1)</script> & 'x'", 40,
                "40% <b>")));
        assertThat(svg).doesNotContain("<script>").doesNotContain("<b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;x&#39;").contains("40% &lt;b&gt;")
                .contains("aria-label=\"A &amp; &quot;B&quot;\"");
    }

    /** No question with enough answers: no chart at all (the page says why instead). */
    @Test
    void noBarsNoChart() {
        assertThat(BarChart.svg("Hardest", List.of())).isEmpty();
    }

    /** A label longer than a line of the chart is cut with an ellipsis; its value is kept whole. */
    @Test
    void longLabelsAreCut() {
        String svg = BarChart.svg("Hardest", List.of(new BarChart.Bar("x".repeat(200), 10, "10% wrong")));
        assertThat(svg).contains(">" + "x".repeat(45) + "…</text>").doesNotContain("x".repeat(46))
                .contains(">10% wrong</text>");
    }
}
