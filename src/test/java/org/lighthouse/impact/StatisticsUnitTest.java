package org.lighthouse.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The impact page's statistics against values worked out by hand and published ones: Newcombe (1998), "Two-sided
 * confidence intervals for the single proportion" and "Interval estimation for the difference between independent
 * proportions", Statistics in Medicine 17; Agresti and Min (2005), Statistics in Medicine 24.
 */
class StatisticsUnitTest {

    private static final Offset<Double> FOUR_PLACES = within(0.00005);

    @Test
    void wilsonIntervalsMatchThePublishedExampleAndTheEdges() {
        assertInterval(new Share(81, 263).interval(), 0.2553, 0.3662);
        assertInterval(new Share(28, 40).interval(), 0.5457, 0.8193);
        assertInterval(new Share(0, 12).interval(), 0.0, 0.2425);
        assertInterval(new Share(12, 12).interval(), 0.7575, 1.0);
        assertThat(new Share(28, 40).proportion()).isEqualTo(0.7);
    }

    @Test
    void independentGroupsUseNewcombesHybridScoreInterval() {
        Difference published = Difference.between(new Share(48, 80), new Share(56, 70));
        assertThat(published.estimate()).isCloseTo(0.2, FOUR_PLACES);
        assertInterval(published.interval(), 0.0524, 0.3339);

        Difference cohort = Difference.between(new Share(10, 40), new Share(18, 25));
        assertThat(cohort.estimate()).isCloseTo(0.47, FOUR_PLACES);
        assertInterval(cohort.interval(), 0.2222, 0.6447);
        assertThat(cohort.hidden()).isFalse();
    }

    @Test
    void theSamePeopleBeforeAndAfterUseAgrestiAndMinsPairedInterval() {
        // 25 people: 2 went from right to wrong, 10 from wrong to right, the rest did not change
        Pairs pairs = new Pairs(8, 2, 10, 5);
        assertThat(pairs.people()).isEqualTo(25);
        assertThat(pairs.before()).isEqualTo(new Share(10, 25));
        assertThat(pairs.after()).isEqualTo(new Share(18, 25));

        Difference change = Difference.paired(pairs);
        assertThat(change.estimate()).isCloseTo(0.32, FOUR_PLACES);
        assertInterval(change.interval(), 0.0596, 0.5330);
    }

    @Test
    void pairsAreCountedOnePersonAtATime() {
        Pairs pairs = Pairs.NONE.add(true, true).add(true, false).add(false, true).add(false, true).add(false, false);
        assertThat(pairs).isEqualTo(new Pairs(1, 1, 2, 1));
    }

    @Test
    void figuresOfFewerThanFivePeopleAreHidden() {
        assertThat(new Share(4, 4).hidden()).isTrue();
        assertThat(new Share(0, 5).hidden()).isFalse();
        assertThat(Difference.between(new Share(3, 4), new Share(30, 40)).hidden()).isTrue();
        assertThat(Difference.between(new Share(30, 40), new Share(3, 4)).hidden()).isTrue();
        assertThat(Difference.paired(new Pairs(1, 1, 1, 1)).hidden()).isTrue();
        assertThat(Difference.paired(new Pairs(1, 1, 2, 1)).hidden()).isFalse();
    }

    @Test
    void anImpossibleShareIsRefused() {
        assertThatThrownBy(() -> new Share(6, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Share(-1, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertInterval(Interval interval, double low, double high) {
        assertThat(interval.low()).isCloseTo(low, FOUR_PLACES);
        assertThat(interval.high()).isCloseTo(high, FOUR_PLACES);
    }
}
