package no.framdrift.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.framdrift.domain.Period;
import no.framdrift.domain.Unit;
import org.junit.jupiter.api.Test;

class ChartSpecTest {

    @Test
    void categoriesAreEveryPeriodOfEverySeriesInTimeOrder() {
        ChartSpec spec = SeedCharts.ddflProgress();
        assertThat(spec.categories()).extracting(Period::label)
                .containsExactly("2023", "2024", "2025", "2026", "2027", "2028", "2029", "2030");
        assertThat(SeedCharts.pll().categories()).extracting(Period::label)
                .containsExactly("apr.25", "mai.25", "jun.25", "jul.25", "aug.25", "sep.25", "okt.25");
    }

    @Test
    void valuesAreFormattedTheNorwegianWay() {
        ChartSpec pll = SeedCharts.pll();
        assertThat(pll.format(0.121)).isEqualTo("12,1 %");
        assertThat(pll.format(0.010)).isEqualTo("1,0 %");
        assertThat(SeedCharts.helsedataQuarterly().format(1244)).isEqualTo("1 244");
        assertThat(pll.labelOf(ChartPoint.suppressed(Period.month(2025, 4)))).isEmpty();
        assertThat(pll.labelOf(new ChartPoint(Period.month(2025, 4), 0.2, null, null, false, "ca. 20 %")))
                .contains("ca. 20 %");
    }

    @Test
    void sourceGetsItsPrefixOnce() {
        assertThat(SeedCharts.pll().sourceLine()).contains("Kilde: NHN / Reseptformidleren");
        ChartSpec already = ChartSpec.builder(ChartKind.COUNTS, "x").source("Kilde: FHI").build();
        assertThat(already.sourceLine()).contains("Kilde: FHI");
        assertThat(ChartSpec.builder(ChartKind.COUNTS, "x").build().sourceLine()).isEmpty();
    }

    @Test
    void footnotesExplainBreaksUnsetAmbitionsAndSuppressedValues() {
        assertThat(SeedCharts.epjKvalitet().footnotes()).first().asString()
                .startsWith("*Utgangspunkt er måling gjennomført i 2021. I 2022-målingen");
        assertThat(SeedCharts.pll().footnotes()).contains("Ambisjonen for 2030 er ikke satt ennå.");
        assertThat(SeedCharts.pll().ambitionsSet()).extracting(AmbitionLine::label)
                .containsExactly("Ambisjon 2026 (25 %)");
        assertThat(SeedCharts.helsenorgeParts().footnotes())
                .anyMatch(n -> n.contains("skjult") && n.contains("brudd i linjen"));
        assertThat(SeedCharts.helsedataQuarterly().footnotes()).isEmpty();
    }

    @Test
    void aSuppressedPointHasNothingToDraw() {
        ChartPoint p = new ChartPoint(Period.year(2024), 0.4, 0.3, 0.5, true, null);
        assertThat(p.drawable()).isEmpty();
        assertThat(p.hasInterval()).isFalse();
        assertThat(ChartPoint.withInterval(Period.year(2024), 0.4, 0.3, 0.5).hasInterval()).isTrue();
    }

    @Test
    void axisRangeFollowsTheHintOrRoundsAboveDataAndAmbitions() {
        AxisRange pll = AxisRange.of(List.of(SeedCharts.pll()));
        assertThat(pll.lower()).isEqualTo(0.0);
        assertThat(pll.upper()).isEqualTo(0.4);
        assertThat(pll.tick()).isEqualTo(0.1);
        AxisRange counts = AxisRange.of(List.of(SeedCharts.helsedataQuarterly()));
        assertThat(counts.upper()).isGreaterThanOrEqualTo(127 * 1.15).isLessThanOrEqualTo(200);
        assertThat(counts.tick()).isEqualTo(Math.rint(counts.tick()));
        ChartSpec shares = ChartSpec.builder(ChartKind.YEARLY_COLUMNS, "x").unit(Unit.PERCENT)
                .series(ChartSeries.actual("a", List.of(ChartPoint.of(Period.year(2024), 0.95)))).build();
        assertThat(AxisRange.of(List.of(shares)).upper()).isEqualTo(1.0);
    }
}
