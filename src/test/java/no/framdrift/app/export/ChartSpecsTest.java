package no.framdrift.app.export;

import no.framdrift.app.SampleWorkspaces;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.framdrift.domain.Ambition;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.IndicatorValue;
import no.framdrift.domain.Period;
import no.framdrift.report.chart.AmbitionLine;
import no.framdrift.report.chart.ChartKind;
import no.framdrift.report.chart.ChartPoint;
import no.framdrift.report.chart.ChartSeries;
import no.framdrift.report.chart.ChartSpec;
import no.framdrift.report.chart.SeriesRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import no.framdrift.app.Workspace;

/** Charts built from a fresh sample workspace draw exactly the values the engine stored. */
class ChartSpecsTest {

    @TempDir
    static Path dir;

    static Workspace ws;
    static Catalogue catalogue;
    static ChartSpecs specs;

    @BeforeAll
    static void sampleWorkspace() {
        ws = SampleWorkspaces.open(dir);
        catalogue = ws.catalogue().load();
        specs = new ChartSpecs(ws.values());
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    static ChartSpec chart(String code, ChartSpecs.Options options) {
        return specs.build(catalogue, catalogue.indicator(code).orElseThrow(), options).orElseThrow();
    }

    /** The stored values of one series (area, whole population) at one granularity, by period. */
    static Map<Period, Double> stored(String code, String area, Period.Granularity g) {
        Map<Period, Double> out = new TreeMap<>();
        for (IndicatorValue v : ws.values().stored(code)) {
            if (v.area().equals(area) && v.group().isEmpty() && v.period().granularity() == g
                    && (v.note() == null || !v.note().startsWith("Ufullstendig"))) {
                out.put(v.period(), v.value());
            }
        }
        return out;
    }

    static Map<Period, Double> drawn(ChartSeries s) {
        Map<Period, Double> out = new TreeMap<>();
        s.points().stream().filter(p -> p.value() != null || p.suppressed()).forEach(p -> out.put(p.period(), p.value()));
        return out;
    }

    static String areaOf(ChartSeries s) {
        String name = s.name().replaceAll(" \\(N= .*\\)$", "");
        return name.equals("Alle") || name.equals("Antall") ? IndicatorValue.NATIONAL : name;
    }

    @Test
    void pllIsMonthlyLinesPerAreaWithTheStoredSharesNInTheLegendAndThe2026Ambition() {
        ChartSpec pll = chart("PLL", ChartSpecs.Options.DEFAULTS);
        assertThat(pll.kind()).isEqualTo(ChartKind.MONTHLY_LINES);
        assertThat(pll.series()).extracting(ChartSeries::name).containsExactly("Nasjonalt (N= 5 594 340)",
                "Bergensområdet (N= 475 472)", "Helse Nord (N= 489 103)");
        for (ChartSeries s : pll.series()) {
            Map<Period, Double> want = stored("PLL", areaOf(s), Period.Granularity.MONTH);
            assertThat(want).hasSize(7);
            assertThat(drawn(s)).isEqualTo(want);
        }
        assertThat(pll.ambitions()).extracting(AmbitionLine::label).containsExactly("Ambisjon 2026 (25 %)",
                "Ambisjon 2030 (XX %)");
        assertThat(pll.ambitions().get(0).value()).isEqualTo(0.25);
        assertThat(pll.valueRange().min()).isEqualTo(0.0);
        assertThat(pll.valueRange().max()).isEqualTo(0.4, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(pll.sourceLine()).contains("Kilde: Reseptformidleren");
        assertThat(pll.categories().get(0).label()).isEqualTo("apr.25");
    }

    /** The Diagram tab in an English window: the same chart, written in English with English numbers and months. */
    @Test
    void inEnglishTheSameChartSaysAmbitionSourceAndNationalWithEnglishNumbersAndMonths() {
        ChartSpecs english = specs.in(java.util.Locale.ENGLISH);
        Indicator indicator = catalogue.indicator("PLL").orElseThrow();
        ChartSpec pll = english.build(catalogue, indicator, ChartSpecs.Options.DEFAULTS).orElseThrow();
        ChartSpec norwegian = chart("PLL", ChartSpecs.Options.DEFAULTS);
        assertThat(pll.series()).extracting(ChartSeries::name).containsExactly("National (N = 5,594,340)",
                "Bergensområdet (N = 475,472)", "Helse Nord (N = 489,103)");
        assertThat(pll.ambitions()).extracting(AmbitionLine::label).containsExactly("Ambition 2026 (25%)",
                "Ambition 2030 (XX %)");
        assertThat(pll.sourceLine()).contains("Source: Reseptformidleren");
        assertThat(pll.footnotes()).contains("The ambition for 2030 has not been set yet.");
        assertThat(pll.locale()).isEqualTo(java.util.Locale.ENGLISH);
        assertThat(pll.categories().get(0).label(pll.locale())).isEqualTo("Apr 25");
        double first = pll.series().get(0).points().stream().filter(p -> p.value() != null).findFirst().orElseThrow()
                .value();
        assertThat(pll.format(first)).contains(".").doesNotContain(",").endsWith("%");
        assertThat(norwegian.format(first)).contains(",").endsWith(" %");
        // the same values: only the words differ
        for (int i = 0; i < pll.series().size(); i++) {
            assertThat(drawn(pll.series().get(i))).isEqualTo(drawn(norwegian.series().get(i)));
        }

        ChartSpec epj = english.build(catalogue, catalogue.indicator("EPJ_KVALITET").orElseThrow(),
                ChartSpecs.Options.DEFAULTS).orElseThrow();
        assertThat(epj.series().get(0).name()).startsWith("All (N = ").contains(" in 20");
        assertThat(epj.notes()).contains("The whiskers show the 95% confidence interval.");
        ChartSpec ddfl = english.build(catalogue, catalogue.indicator("DDFL").orElseThrow(),
                ChartSpecs.Options.DEFAULTS).orElseThrow();
        assertThat(ddfl.status()).isEqualTo("Ambition not set");
        assertThat(ddfl.series()).extracting(ChartSeries::name).contains("Projection (least squares)");
        // what is published stays Norwegian
        assertThat(specs.locale()).isEqualTo(no.framdrift.domain.Texts.NORWEGIAN);
        assertThat(chart("DDFL", ChartSpecs.Options.DEFAULTS).series()).extracting(ChartSeries::name)
                .contains("Framskrivning (minste kvadraters metode)");
    }

    @Test
    void epjKvalitetIsYearlyColumnsWithTheStoredIntervalsAndTheSeriesBreakFromTheCatalogue() {
        ChartSpec epj = chart("EPJ_KVALITET", ChartSpecs.Options.DEFAULTS);
        assertThat(epj.kind()).isEqualTo(ChartKind.YEARLY_COLUMNS);
        assertThat(epj.valueLabel()).isEqualTo("Andel helt eller ganske enig");
        assertThat(epj.series()).hasSize(1);
        ChartSeries s = epj.series().get(0);
        assertThat(drawn(s)).isEqualTo(stored("EPJ_KVALITET", IndicatorValue.NATIONAL, Period.Granularity.YEAR));
        for (IndicatorValue v : ws.values().stored("EPJ_KVALITET")) {
            ChartPoint p = s.pointAt(v.period()).orElseThrow();
            assertThat(p.low()).isEqualTo(v.ciLow());
            assertThat(p.high()).isEqualTo(v.ciHigh());
        }
        assertThat(epj.breaks()).hasSize(1);
        assertThat(epj.breaks().get(0).period()).isEqualTo(Period.year(2022));
        assertThat(epj.footnotes()).anyMatch(f -> f.startsWith("*Utgangspunkt er måling gjennomført i 2021.")
                && f.contains("«verken enig eller uenig»"));

        ChartSpec bare = chart("EPJ_KVALITET", new ChartSpecs.Options(Set.of(), null, null, false, false, null, null));
        assertThat(bare.series().get(0).points()).noneMatch(ChartPoint::hasInterval);
        assertThat(bare.series().get(0).labelled()).isFalse();
        assertThat(drawn(bare.series().get(0))).isEqualTo(drawn(s));
    }

    @Test
    void ddflIsProgressTo2030WithTheStoredActualsAProjectionAndTheStatusInWords() {
        ChartSpec ddfl = chart("DDFL", ChartSpecs.Options.DEFAULTS);
        assertThat(ddfl.kind()).isEqualTo(ChartKind.PROGRESS);
        ChartSeries actual = ddfl.series().get(0);
        assertThat(actual.role()).isEqualTo(SeriesRole.ACTUAL);
        assertThat(drawn(actual)).isEqualTo(stored("DDFL", IndicatorValue.NATIONAL, Period.Granularity.YEAR));
        assertThat(ddfl.categories()).first().isEqualTo(Period.year(2023));
        assertThat(ddfl.categories()).last().isEqualTo(Period.year(2030));
        ChartSeries projection = ddfl.series().stream().filter(s -> s.role() == SeriesRole.PROJECTION).findFirst()
                .orElseThrow();
        assertThat(projection.dashed()).isTrue();
        // 79, 89, 94 % rise by 7,5 points a year: the line starts at its own fit for 2025 and never passes 100 %
        double fit2025 = (0.7904986110962151 + 0.8904317578123604 + 0.9400760411415824) / 3 + 0.0747887150226836;
        assertThat(projection.pointAt(Period.year(2025)).orElseThrow().value())
                .isCloseTo(fit2025, org.assertj.core.api.Assertions.within(1e-3));
        assertThat(projection.points()).allMatch(p -> p.value() <= 1.0);
        // the sample leaves the 2030 ambition unset ("XX")
        assertThat(ddfl.status()).isEqualTo("Ambisjon ikke satt");
        assertThat(ddfl.series()).noneMatch(s -> s.role() == SeriesRole.PATH);
    }

    @Test
    void aSetAmbitionGivesTheStraightPathFromTheFirstValueAndAStatus() {
        Indicator ddfl = catalogue.indicator("DDFL").orElseThrow().toBuilder()
                .ambitions(List.of(new Ambition(2030, 98.0, "Ambisjon 2030 (98 %)"))).build();
        ChartSpec spec = specs.build(catalogue, ddfl, ws.values().stored("DDFL"), ChartSpecs.Options.DEFAULTS)
                .orElseThrow();
        ChartSeries path = spec.series().stream().filter(s -> s.role() == SeriesRole.PATH).findFirst().orElseThrow();
        double first = stored("DDFL", IndicatorValue.NATIONAL, Period.Granularity.YEAR).get(Period.year(2023));
        assertThat(path.pointAt(Period.year(2023)).orElseThrow().value()).isCloseTo(first,
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(path.pointAt(Period.year(2030)).orElseThrow().value()).isCloseTo(0.98,
                org.assertj.core.api.Assertions.within(1e-9));
        // 94 % in 2025 is above the straight path from 79 % (2023) to 98 % (2030)
        assertThat(spec.status()).isEqualTo("I rute");
        assertThat(spec.ambitions()).extracting(AmbitionLine::label).containsExactly("Ambisjon 2030 (98 %)");
    }

    @Test
    void helsedataCountsPerQuarterAndPerYearAreTheStoredCountsWithoutIncompletePeriods() {
        ChartSpec quarters = chart("HELSEDATA", ChartSpecs.Options.DEFAULTS);
        assertThat(quarters.kind()).isEqualTo(ChartKind.COUNTS);
        assertThat(quarters.valueLabel()).isEqualTo("Antall søknader per kvartal");
        assertThat(drawn(quarters.series().get(0)))
                .isEqualTo(stored("HELSEDATA", IndicatorValue.NATIONAL, Period.Granularity.QUARTER));
        ChartSpec years = chart("HELSEDATA", ChartSpecs.Options.DEFAULTS.withGranularity(Period.Granularity.YEAR));
        Map<Period, Double> wantYears = stored("HELSEDATA", IndicatorValue.NATIONAL, Period.Granularity.YEAR);
        assertThat(drawn(years.series().get(0))).isEqualTo(wantYears);
        // 2025 has only two quarters so far: not drawn as if it were a whole year
        assertThat(wantYears).doesNotContainKey(Period.year(2025));
        assertThat(years.valueLabel()).isEqualTo("Antall søknader per år");
        assertThat(years.footnotes()).contains("Perioder som ennå ikke er hele, er ikke med.");
    }

    @Test
    void aCompositeIsOnePanelPerPartWithThePartsStoredValues() {
        ChartSpec c = chart("HELSENORGE_TILGJENGELIGHET", ChartSpecs.Options.DEFAULTS);
        assertThat(c.kind()).isEqualTo(ChartKind.SMALL_MULTIPLES);
        assertThat(c.panels()).extracting(ChartSpec::title).containsExactly("Digihelsestasjon", "Digihelse",
                "Digital dialog med fastlege");
        Map<Period, Double> ddfl = ws.values().stored("HELSENORGE_TILGJENGELIGHET").stream()
                .filter(v -> v.group().equals("del=DDFL")).collect(Collectors.toMap(IndicatorValue::period,
                        IndicatorValue::value, (a, b) -> a, TreeMap::new));
        assertThat(drawn(c.panels().get(2).series().get(0))).isEqualTo(ddfl);

        ChartSpec one = chart("HELSENORGE_TILGJENGELIGHET",
                new ChartSpecs.Options(Set.of("Digihelse"), null, null, true, true, null, null));
        assertThat(one.panels()).extracting(ChartSpec::title).containsExactly("Digihelse");
    }

    @Test
    void areasAndThePeriodRangeCanBeChosen() {
        ChartSpec pll = chart("PLL", new ChartSpecs.Options(Set.of("Helse Nord"), Period.month(2025, 6),
                Period.month(2025, 8), true, true, null, null));
        assertThat(pll.series()).extracting(ChartSeries::name).containsExactly("Helse Nord (N= 489 103)");
        assertThat(pll.categories()).containsExactly(Period.month(2025, 6), Period.month(2025, 7), Period.month(2025, 8));
        assertThat(specs.seriesChoices(catalogue, catalogue.indicator("PLL").orElseThrow(), ws.values().stored("PLL")))
                .containsExactly("Nasjonalt", "Bergensområdet", "Helse Nord");
    }

    @Test
    void aSuppressedValueIsAGapNeverZero() {
        Indicator epj = catalogue.indicator("EPJ_KVALITET").orElseThrow();
        List<IndicatorValue> vals = List.of(
                new IndicatorValue("EPJ_KVALITET", Period.year(2023), "Nasjonalt", "", 0.45, null, null, 2416L, 0.011,
                        0.43, 0.47, false, "1", null),
                new IndicatorValue("EPJ_KVALITET", Period.year(2024), "Nasjonalt", "", 0.52, null, null, 12L, null,
                        null, null, true, "1", null));
        ChartSpec spec = specs.build(catalogue, epj, vals, ChartSpecs.Options.DEFAULTS).orElseThrow();
        ChartPoint gap = spec.series().get(0).pointAt(Period.year(2024)).orElseThrow();
        assertThat(gap.suppressed()).isTrue();
        assertThat(gap.value()).isNull();
        assertThat(gap.drawable()).isEmpty();
    }

    @Test
    void anIndicatorWithoutValuesHasNoChart() {
        Indicator none = catalogue.indicator("BEHOVSSTYRT_POLIKLINIKK").orElseThrow();
        assertThat(specs.build(catalogue, none, ChartSpecs.Options.DEFAULTS)).isEmpty();
    }
}
