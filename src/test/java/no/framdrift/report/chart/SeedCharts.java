package no.framdrift.report.chart;

import java.util.ArrayList;
import java.util.List;
import no.framdrift.domain.Period;
import no.framdrift.domain.Unit;

/** Chart specs with the seed deck's values (PLL, EPJ-kvalitet, DDFL, Helsedata, Helsenorge parts). */
public final class SeedCharts {

    static final double[] PLL_NATIONAL = {0.010, 0.010, 0.011, 0.011, 0.012, 0.013, 0.015};
    static final double[] PLL_BERGEN = {0.041, 0.055, 0.069, 0.083, 0.097, 0.109, 0.121};
    static final double[] PLL_HELSE_NORD = {0.011, 0.017, 0.024, 0.031, 0.039, 0.046, 0.052};

    private SeedCharts() {
    }

    static List<ChartPoint> monthly(int year, int firstMonth, double... values) {
        List<ChartPoint> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            out.add(ChartPoint.of(Period.month(year, firstMonth + i), values[i]));
        }
        return out;
    }

    public static ChartSpec pll() {
        return ChartSpec.builder(ChartKind.MONTHLY_LINES, "Pasientens legemiddelliste")
                .valueLabel("Andel av befolkningen som har fått PLL")
                .unit(Unit.PERCENT).decimals(1)
                .series(ChartSeries.actual("Nasjonalt (N= 5 594 340)", monthly(2025, 4, PLL_NATIONAL)))
                .series(ChartSeries.actual("Bergensområdet (N= 475 472)", monthly(2025, 4, PLL_BERGEN)))
                .series(ChartSeries.actual("Helse Nord (N= 489 103)", monthly(2025, 4, PLL_HELSE_NORD)))
                .ambition(new AmbitionLine(2026, 0.25, "Ambisjon 2026 (25 %)"))
                .ambition(new AmbitionLine(2030, null, "Ambisjon 2030 (XX %)"))
                .valueRange(ValueRange.of(0, 0.4, 0.1))
                .source("NHN / Reseptformidleren")
                .note("Om lag 30 % av befolkningen antas å ha behov for PLL (bruker tre eller flere legemidler).")
                .build();
    }

    static final double[][] EPJ = {
            {0.55, 0.535, 0.565}, {0.50, 0.487, 0.513}, {0.46, 0.447, 0.473}, {0.52, 0.508, 0.532}};

    public static ChartSpec epjKvalitet() {
        List<ChartPoint> pts = new ArrayList<>();
        for (int i = 0; i < EPJ.length; i++) {
            pts.add(ChartPoint.withInterval(Period.year(2021 + i), EPJ[i][0], EPJ[i][1], EPJ[i][2]));
        }
        return ChartSpec.builder(ChartKind.YEARLY_COLUMNS, "EPJ-system bidrar til pasientarbeid med høy kvalitet")
                .valueLabel("Andel helt eller ganske enig")
                .unit(Unit.PERCENT).decimals(0)
                .series(ChartSeries.actual("Alle helsepersonell", pts))
                .ambition(new AmbitionLine(2030, null, "Ambisjon 2030 (XX %)"))
                .seriesBreak(new BreakMark(Period.year(2022), "Utgangspunkt er måling gjennomført i 2021. I 2022-målingen "
                        + "ble svaralternativet «verken enig eller uenig» lagt til i svarskalaen. Dette gir brudd i tidsserien."))
                .valueRange(new ValueRange(0.0, 1.0, 0.2))
                .source("Helsepersonellundersøkelsen om digitalisering i helse- og omsorgstjenesten")
                .note("Strekene viser 95 % konfidensintervall.")
                .build();
    }

    static final double[] DDFL = {0.79, 0.89, 0.94};

    public static ChartSpec ddflProgress() {
        List<ChartPoint> actual = new ArrayList<>();
        for (int i = 0; i < DDFL.length; i++) {
            actual.add(ChartPoint.of(Period.year(2023 + i), DDFL[i]));
        }
        List<ChartPoint> path = new ArrayList<>();
        for (int y = 2023; y <= 2030; y++) {
            path.add(ChartPoint.of(Period.year(y), 0.79 + (0.98 - 0.79) * (y - 2023) / 7.0));
        }
        List<ChartPoint> projection = new ArrayList<>();
        for (int y = 2025; y <= 2030; y++) {
            projection.add(ChartPoint.of(Period.year(y), 0.94 + 0.008 * (y - 2025)));
        }
        return ChartSpec.builder(ChartKind.PROGRESS, "Digital dialog med fastlege (2/4)")
                .valueLabel("Andel listeinnbyggere som har en fastlege som bruker Digital dialog med fastlege")
                .unit(Unit.PERCENT).decimals(0)
                .series(ChartSeries.actual("Andel listeinnbyggere", actual))
                .series(ChartSeries.path("Bane mot ambisjonen 2030", path))
                .series(ChartSeries.projection("Framskrivning", projection))
                .ambition(new AmbitionLine(2030, 0.98, "Ambisjon 2030 (98 %)"))
                .valueRange(ValueRange.of(0.5, 1.0, 0.25))
                .source("NHN og FLR/FLO")
                .status("I rute")
                .build();
    }

    static final int[] HELSEDATA_QUARTERS = {80, 87, 75, 90, 88, 95, 92, 101, 117, 127, 121};

    public static ChartSpec helsedataQuarterly() {
        List<ChartPoint> pts = new ArrayList<>();
        Period p = Period.quarter(2023, 1);
        for (int v : HELSEDATA_QUARTERS) {
            pts.add(ChartPoint.of(p, v));
            p = p.next();
        }
        return ChartSpec.builder(ChartKind.COUNTS, "Helsedata til sekundærbruk")
                .valueLabel("Antall søknader per kvartal")
                .unit(Unit.COUNT).decimals(0)
                .series(ChartSeries.actual("Søknader til Helsedataservice", pts))
                .source("FHI/Helsedataservice")
                .build();
    }

    public static ChartSpec helsedataYearly() {
        int[] years = {250, 290, 332, 376};
        List<ChartPoint> pts = new ArrayList<>();
        for (int i = 0; i < years.length; i++) {
            pts.add(ChartPoint.of(Period.year(2021 + i), years[i]));
        }
        return ChartSpec.builder(ChartKind.COUNTS, "Helsedata til sekundærbruk")
                .valueLabel("Antall søknader per år")
                .unit(Unit.COUNT).decimals(0)
                .series(ChartSeries.actual("Søknader til Helsedataservice", pts))
                .source("FHI/Helsedataservice")
                .note("Utgangspunkt er måling gjennomført i 2021.")
                .build();
    }

    public static ChartSpec quarterlyPart(String title, double... values) {
        List<ChartPoint> pts = new ArrayList<>();
        Period p = Period.quarter(2024, 1);
        for (double v : values) {
            pts.add(Double.isNaN(v) ? ChartPoint.suppressed(p) : ChartPoint.of(p, v));
            p = p.next();
        }
        return ChartSpec.builder(ChartKind.MONTHLY_LINES, title)
                .unit(Unit.PERCENT).decimals(0)
                .series(ChartSeries.actual("Andel innbyggere", pts))
                .build();
    }

    public static ChartSpec helsenorgeParts() {
        return ChartSpec.builder(ChartKind.SMALL_MULTIPLES,
                        "Tilgjengelighet av digitale tjenester på Helsenorge hos kommuner/fastleger")
                .valueLabel("Sammensatt indikator: andel innbyggere med tilgang")
                .unit(Unit.PERCENT).decimals(0)
                .panel(quarterlyPart("Digihelsestasjon", 0.52, 0.55, 0.58, 0.61, 0.64, 0.66, 0.69))
                .panel(quarterlyPart("Digihelse", 0.21, 0.24, Double.NaN, 0.30, 0.33, 0.37, 0.40))
                .panel(quarterlyPart("Digital dialog med fastlege", 0.86, 0.88, 0.89, 0.90, 0.92, 0.93, 0.94))
                .valueRange(ValueRange.of(0, 1.0, 0.25))
                .source("NHN og FLR/FLO")
                .build();
    }

    static List<ChartSpec> all() {
        return List.of(pll(), epjKvalitet(), ddflProgress(), helsedataQuarterly(), helsedataYearly(), helsenorgeParts());
    }
}
