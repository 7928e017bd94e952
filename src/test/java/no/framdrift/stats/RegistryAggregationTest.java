package no.framdrift.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import no.framdrift.domain.Period;
import no.framdrift.domain.TimeAggregation;

class RegistryAggregationTest {

    /**
     * Q1 2025 in two municipalities of a custom area {A, B}, and one outside it (C).
     * <pre>
     *          A         B         A+B
     * jan   10/100    30/100     40/200 = 0.20
     * feb    4/50      6/50      10/100 = 0.10
     * mar   50/150    10/50      60/200 = 0.30
     * </pre>
     */
    static final List<RegistryCell> CELLS = List.of(
            new RegistryCell(Period.month(2025, 1), "A", 10, 100),
            new RegistryCell(Period.month(2025, 1), "B", 30, 100),
            new RegistryCell(Period.month(2025, 2), "A", 4, 50),
            new RegistryCell(Period.month(2025, 2), "B", 6, 50),
            new RegistryCell(Period.month(2025, 3), "A", 50, 150),
            new RegistryCell(Period.month(2025, 3), "B", 10, 50),
            new RegistryCell(Period.month(2025, 1), "C", 900, 1000),
            new RegistryCell(Period.month(2025, 4), "A", 20, 100));

    private final RegistryAggregation registry = new RegistryAggregation();
    private static final Set<String> AREA = Set.of("A", "B");

    @Test
    void ratioOfSumsAndMeanOfMonthsDifferOnTheSameData() {
        RegistryValue sums = registry.share(CELLS, AREA, Period.quarter(2025, 1), TimeAggregation.RATIO_OF_SUMS)
                .orElseThrow();
        RegistryValue meanOfMonths = registry.share(CELLS, AREA, Period.quarter(2025, 1),
                TimeAggregation.MEAN_OF_MONTHS).orElseThrow();

        // (40 + 10 + 60) / (200 + 100 + 200) = 110/500
        assertThat(sums.value()).isCloseTo(0.22, within(1e-12));
        assertThat(sums.numerator()).isEqualTo(110);
        assertThat(sums.denominator()).isEqualTo(500);
        assertThat(sums.periodsCovered()).isEqualTo(3);
        // (0.20 + 0.10 + 0.30) / 3
        assertThat(meanOfMonths.value()).isCloseTo(0.20, within(1e-12));
        assertThat(meanOfMonths.numerator()).isEqualTo(110);
    }

    @Test
    void aggregatesOnlyTheAreasAsked() {
        RegistryValue a = registry.share(CELLS, Set.of("A"), Period.quarter(2025, 1), TimeAggregation.RATIO_OF_SUMS)
                .orElseThrow();
        assertThat(a.value()).isCloseTo(64.0 / 300.0, within(1e-12));
        RegistryValue all = registry.share(CELLS, Set.of("A", "B", "C"), Period.month(2025, 1),
                TimeAggregation.RATIO_OF_SUMS).orElseThrow();
        assertThat(all.value()).isCloseTo(940.0 / 1200.0, within(1e-12));
    }

    @Test
    void monthsRollUpToHalfYearsAndYearsAsRatiosOfSums() {
        RegistryValue half = registry.share(CELLS, AREA, Period.half(2025, 1), TimeAggregation.RATIO_OF_SUMS)
                .orElseThrow();
        // Q1 (110/500) plus April in A (20/100)
        assertThat(half.value()).isCloseTo(130.0 / 600.0, within(1e-12));
        assertThat(half.periodsCovered()).isEqualTo(4);

        List<RegistryValue> quarters = registry.shareSeries(CELLS, AREA, Period.Granularity.QUARTER,
                TimeAggregation.RATIO_OF_SUMS);
        assertThat(quarters).extracting(RegistryValue::period)
                .containsExactly(Period.quarter(2025, 1), Period.quarter(2025, 2));
        assertThat(quarters.get(1).value()).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void countsAreSumsAndSmallCountsAreSuppressed() {
        RegistryValue q1 = registry.count(CELLS, AREA, Period.quarter(2025, 1)).orElseThrow();
        assertThat(q1.value()).isEqualTo(110);
        assertThat(q1.suppressed()).isFalse();

        RegistryValue febInA = registry.share(CELLS, Set.of("A"), Period.month(2025, 2),
                TimeAggregation.RATIO_OF_SUMS).orElseThrow();
        assertThat(febInA.numerator()).isEqualTo(4);
        assertThat(febInA.suppressed()).isTrue();
        RegistryValue febInAWithLowerThreshold = new RegistryAggregation(new SuppressionSettings(30, 3))
                .share(CELLS, Set.of("A"), Period.month(2025, 2), TimeAggregation.RATIO_OF_SUMS).orElseThrow();
        assertThat(febInAWithLowerThreshold.suppressed()).isFalse();

        assertThat(registry.countSeries(CELLS, AREA, Period.Granularity.MONTH))
                .extracting(RegistryValue::value).containsExactly(40.0, 10.0, 60.0, 20.0);
    }

    @Test
    void endOfPeriodIsTheLatestMonthWithDataAndSaysWhichItIs() {
        RegistryValue q1 = registry.share(CELLS, AREA, Period.quarter(2025, 1), TimeAggregation.END_OF_PERIOD)
                .orElseThrow();
        // March over A and B: 60 / 200, however January and February went
        assertThat(q1.value()).isCloseTo(0.30, within(1e-12));
        assertThat(q1.numerator()).isEqualTo(60);
        assertThat(q1.denominator()).isEqualTo(200);
        assertThat(q1.latest()).isEqualTo(Period.month(2025, 3));
        assertThat(q1.reachesEnd()).isTrue();

        RegistryValue q2 = registry.share(CELLS, AREA, Period.quarter(2025, 2), TimeAggregation.END_OF_PERIOD)
                .orElseThrow();
        assertThat(q2.value()).isCloseTo(0.2, within(1e-12));
        assertThat(q2.latest()).isEqualTo(Period.month(2025, 4));
        assertThat(q2.reachesEnd()).isFalse();
        RegistryValue year = registry.share(CELLS, AREA, Period.year(2025), TimeAggregation.END_OF_PERIOD).orElseThrow();
        assertThat(year.value()).isCloseTo(0.2, within(1e-12));
        assertThat(year.periodsCovered()).isEqualTo(4);
    }

    @Test
    void countsFollowTheTimeAggregation() {
        Period q1 = Period.quarter(2025, 1);
        assertThat(registry.count(CELLS, AREA, q1, TimeAggregation.SUM).orElseThrow().value()).isEqualTo(110);
        assertThat(registry.count(CELLS, AREA, q1, TimeAggregation.END_OF_PERIOD).orElseThrow().value()).isEqualTo(60);
        assertThat(registry.count(CELLS, AREA, q1, TimeAggregation.MEAN_OF_MONTHS).orElseThrow().value())
                .isCloseTo(110.0 / 3, within(1e-12));
        // a stock of 4 in its last month is suppressed though the quarter's sum would not be
        RegistryValue febInA = registry.count(CELLS, Set.of("A"), Period.month(2025, 2), TimeAggregation.END_OF_PERIOD)
                .orElseThrow();
        assertThat(febInA.suppressed()).isTrue();
    }

    @Test
    void nothingCoveredGivesNoValue() {
        assertThat(registry.share(CELLS, AREA, Period.quarter(2024, 4), TimeAggregation.RATIO_OF_SUMS)).isEmpty();
        assertThat(registry.count(CELLS, Set.of("Z"), Period.year(2025))).isEmpty();
    }
}
