package no.framdrift.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.framdrift.domain.Ambition;
import no.framdrift.domain.Baseline;
import no.framdrift.domain.Period;
import no.framdrift.domain.SeriesBreak;

/**
 * Times are period ends (TimeAxis): the 2023 value sits at 2024.0 and the ambition for 2026 at
 * 2027.0. Baseline 40 % in 2023, ambition 70 % in 2026: the path rises 30 points over 3 years,
 * 10 points a year, so the planned value for 2024 is 50 %.
 */
class ProgressTest {

    static final List<Ambition> AMBITIONS = List.of(
            new Ambition(2026, 70.0, "70 % i 2026"),
            new Ambition(2030, null, "XX % i 2030"));
    static final AmbitionPath PATH = new AmbitionPath(Period.year(2023), 40.0, AMBITIONS);

    private final Progress progress = new Progress(true, new ProgressSettings(2.0, 5));

    private static List<SeriesPoint> series(double... yearAndValue) {
        SeriesPoint[] points = new SeriesPoint[yearAndValue.length / 2];
        for (int i = 0; i < points.length; i++) {
            points[i] = new SeriesPoint(Period.year((int) yearAndValue[2 * i]), yearAndValue[2 * i + 1]);
        }
        return List.of(points);
    }

    @Test
    void plannedValueFollowsTheStraightPathFromBaselineToAmbition() {
        assertThat(PATH.plannedAt(Period.year(2023)).getAsDouble()).isCloseTo(40.0, within(1e-12));
        assertThat(PATH.plannedAt(Period.year(2024)).getAsDouble()).isCloseTo(50.0, within(1e-12));
        assertThat(PATH.plannedAt(Period.year(2026)).getAsDouble()).isCloseTo(70.0, within(1e-12));
        // Q3 2025 ends at 2025.75: 40 + 10·1.75 = 57.5
        assertThat(PATH.plannedAt(Period.quarter(2025, 3)).getAsDouble()).isCloseTo(57.5, within(1e-12));
        assertThat(PATH.plannedAt(Period.year(2022))).isEmpty();
    }

    @Test
    void monthlyPathFromAMonthlyBaseline() {
        // baseline March 2025 (ends 2025.25) at 1.0, 25 % by the end of 2026 (2027.0):
        // October 2025 ends at 2025 + 10/12; planned = 1 + 24·(7/12)/1.75 = 9.0
        AmbitionPath monthly = new AmbitionPath(Period.month(2025, 3), 1.0, List.of(new Ambition(2026, 25.0, "")));
        assertThat(monthly.plannedAt(Period.month(2025, 10)).getAsDouble()).isCloseTo(9.0, within(1e-9));
    }

    @Test
    void statusByTheGapToThePath() {
        assertThat(progress.assess(series(2023, 40, 2024, 49), PATH, List.of()).status())
                .isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(progress.assess(series(2023, 40, 2024, 55), PATH, List.of()).status())
                .isEqualTo(ProgressStatus.ON_TRACK);
        ProgressReport atRisk = progress.assess(series(2023, 40, 2024, 47), PATH, List.of());
        assertThat(atRisk.status()).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(atRisk.gap().getAsDouble()).isCloseTo(-3.0, within(1e-12));
        assertThat(atRisk.planned().getAsDouble()).isCloseTo(50.0, within(1e-12));
        assertThat(progress.assess(series(2023, 40, 2024, 45), PATH, List.of()).status())
                .isEqualTo(ProgressStatus.OFF_TRACK);
    }

    @Test
    void lowerIsBetterTurnsTheGapAround() {
        // e.g. waiting days: 100 in 2023, 70 in 2026 → planned 90 for 2024
        AmbitionPath down = new AmbitionPath(Period.year(2023), 100.0, List.of(new Ambition(2026, 70.0, "")));
        Progress lowerIsBetter = new Progress(false, new ProgressSettings(2.0, 5));
        assertThat(lowerIsBetter.assess(series(2023, 100, 2024, 85), down, List.of()).status())
                .isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(lowerIsBetter.assess(series(2023, 100, 2024, 93), down, List.of()).status())
                .isEqualTo(ProgressStatus.AT_RISK);
        assertThat(lowerIsBetter.assess(series(2023, 100, 2024, 95), down, List.of()).status())
                .isEqualTo(ProgressStatus.OFF_TRACK);
    }

    @Test
    void projectionAndTheYearItReachesTheTarget() {
        // Trend through (2024.0, 40) and (2025.0, 49): 9 a year. At 2027.0 (end of 2026): 67.
        // 70 is reached at t = 2024 + 30/9 = 2027.33, during 2027.
        ProgressReport r = progress.assess(series(2023, 40, 2024, 49), PATH, List.of());
        assertThat(r.trend().orElseThrow().slopePerYear()).isCloseTo(9.0, within(1e-9));
        assertThat(r.projectedAtAmbition().getAsDouble()).isCloseTo(67.0, within(1e-9));
        assertThat(r.reachYear().getAsInt()).isEqualTo(2027);
        assertThat(r.ambition().orElseThrow().year()).isEqualTo(2026);
    }

    @Test
    void leastSquaresOverSeveralPoints() {
        // points at t = 2024, 2025, 2026 with values 40, 46, 49: slope = Σdt·dv/Σdt² = (−1·−5 + 1·4)/2 = 4.5,
        // mean 45 at t = 2025 → at 2027.0: 45 + 2·4.5 = 54; 70 reached at 2025 + 25/4.5 = 2030.56 → 2030
        ProgressReport r = progress.assess(series(2023, 40, 2024, 46, 2025, 49), PATH, List.of());
        assertThat(r.trend().orElseThrow().slopePerYear()).isCloseTo(4.5, within(1e-9));
        assertThat(r.projectedAtAmbition().getAsDouble()).isCloseTo(54.0, within(1e-9));
        assertThat(r.reachYear().getAsInt()).isEqualTo(2030);
    }

    @Test
    void aSeriesBreakRestartsTheProjection() {
        // Before the 2022 break the scale was different (10, 20); after it: 50, 52, 54 — 2 a year.
        List<SeriesPoint> points = series(2020, 10, 2021, 20, 2022, 50, 2023, 52, 2024, 54);
        List<SeriesBreak> breaks = List.of(new SeriesBreak("2022", "ny svarskala"));
        ProgressReport r = progress.assess(points, PATH, breaks);
        Trend trend = r.trend().orElseThrow();
        assertThat(trend.first()).isEqualTo(Period.year(2022));
        assertThat(trend.points()).isEqualTo(3);
        assertThat(trend.slopePerYear()).isCloseTo(2.0, within(1e-9));
        // 54 at 2025.0 rising 2 a year: 58 at 2027.0, 70 at 2033.0 → reached in 2032
        assertThat(r.projectedAtAmbition().getAsDouble()).isCloseTo(58.0, within(1e-9));
        assertThat(r.reachYear().getAsInt()).isEqualTo(2032);

        ProgressReport ignoringTheBreak = progress.assess(points, PATH, List.of());
        assertThat(ignoringTheBreak.trend().orElseThrow().slopePerYear()).isGreaterThan(10.0);
    }

    @Test
    void aFallingTrendDoesNotReachTheTargetAtThisPace() {
        ProgressReport r = progress.assess(series(2023, 40, 2024, 39), PATH, List.of());
        assertThat(r.reachYear()).isEmpty();
        assertThat(r.targetReached()).isFalse();
    }

    @Test
    void anUnsetAmbitionGivesAmbitionNotSetNotAnError() {
        ProgressReport r = progress.assess(series(2023, 40, 2026, 70, 2027, 72), PATH, List.of());
        assertThat(r.status()).isEqualTo(ProgressStatus.AMBITION_NOT_SET);
        assertThat(r.ambition().orElseThrow().year()).isEqualTo(2030);
        assertThat(r.planned()).isEmpty();
        assertThat(r.reachYear()).isEmpty();
    }

    @Test
    void aReachedTargetReportsTheLatestYear() {
        ProgressReport r = progress.assess(series(2023, 40, 2024, 72), PATH, List.of());
        assertThat(r.targetReached()).isTrue();
        assertThat(r.reachYear().getAsInt()).isEqualTo(2024);
    }

    @Test
    void noSeriesOrNoBaselineIsNoData() {
        assertThat(progress.assess(List.of(), PATH, List.of()).status()).isEqualTo(ProgressStatus.NO_DATA);
        assertThat(progress.assess(series(2024, 50), null, List.of()).status()).isEqualTo(ProgressStatus.NO_DATA);
    }

    @Test
    void pathFromTheIndicatorsBaselineLooksUpItsValue() {
        List<SeriesPoint> points = series(2023, 40, 2024, 49);
        AmbitionPath path = AmbitionPath.from(new Baseline("2023", "Utgangspunkt er måling i 2023."), points,
                AMBITIONS).orElseThrow();
        assertThat(path.baselineValue()).isEqualTo(40.0);
        assertThat(AmbitionPath.from(new Baseline("2019", ""), points, AMBITIONS)).isEmpty();
        assertThat(AmbitionPath.from(null, points, AMBITIONS)).isEmpty();
    }

    @Test
    void aSecondAmbitionContinuesThePathFromTheFirst() {
        // 70 in 2026 (t 2027), 90 in 2030 (t 2031): 2028 ends at 2029.0, halfway → 80
        AmbitionPath twoSteps = new AmbitionPath(Period.year(2023), 40.0, List.of(
                new Ambition(2030, 90.0, ""), new Ambition(2026, 70.0, "")));
        assertThat(twoSteps.plannedAt(Period.year(2028)).getAsDouble()).isCloseTo(80.0, within(1e-12));
        assertThat(twoSteps.plannedAt(Period.year(2032)).getAsDouble()).isCloseTo(90.0, within(1e-12));
    }
}
