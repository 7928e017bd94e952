package no.framdrift.report.deck;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.framdrift.domain.Ambition;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.Period;
import no.framdrift.domain.Unit;
import no.framdrift.ingest.CatalogueJson;
import no.framdrift.report.chart.AmbitionLine;
import no.framdrift.report.chart.ChartKind;
import no.framdrift.report.chart.ChartPoint;
import no.framdrift.report.chart.ChartSeries;
import no.framdrift.report.chart.ChartSpec;
import no.framdrift.report.chart.SeedCharts;

/** A deck model like the seed's: the sample catalogue and fifteen indicator pages with seed-like values. */
final class SeedDeck {

    static final String PLL_ASSESSMENT = "PLL er i bredding i Bergensområdet i Helse Vest og i hele Helse Nord. Per "
            + "utgangen av 3. kvartal 2025 hadde 12,1 % av innbyggerne i Bergensområdet og 5,2 % av innbyggerne i "
            + "Helse Nord sitt opptaksområde fått en PLL.";

    private SeedDeck() {
    }

    /** The sample catalogue, with a 2030 ambition of 98 % set for DDFL so the deck shows a set ambition too. */
    static Catalogue catalogue() throws Exception {
        Catalogue sample;
        try (InputStream in = SeedDeck.class.getResourceAsStream("/sample-data/catalogue.json")) {
            sample = new CatalogueJson().read(in);
        }
        List<Indicator> indicators = sample.indicators().stream().map(i -> !i.code().equals("DDFL") ? i
                : i.toBuilder().ambitions(List.of(new Ambition(2030, 98.0, "Ambisjon 2030 (98 %)"))).build()).toList();
        return new Catalogue(sample.schemaVersion(), sample.goals(), indicators, sample.futureIndicators());
    }

    static ChartSpec yearly(String title, String valueLabel, int firstYear, double... values) {
        ChartSpec.Builder b = ChartSpec.builder(ChartKind.YEARLY_COLUMNS, title).valueLabel(valueLabel)
                .unit(Unit.PERCENT).decimals(0).source("Helsedirektoratet");
        List<ChartPoint> pts = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            pts.add(ChartPoint.withInterval(Period.year(firstYear + i), v, v - 0.012, v + 0.012));
        }
        return b.series(ChartSeries.actual("Andel", pts)).ambition(new AmbitionLine(2030, null, null)).build();
    }

    static DeckModel model() throws Exception {
        List<IndicatorPage> pages = new ArrayList<>();
        String q1 = "Q1 2025";
        pages.add(new IndicatorPage("PLL", null, SeedCharts.pll(), "Q3 2025", PLL_ASSESSMENT, null));
        pages.add(new IndicatorPage("EPJ_KVALITET", null, SeedCharts.epjKvalitet(), q1,
                "Andelen som støtter påstanden styrkes igjen i 2024 etter en nedgang i 2023. Det er igjen 52 % som er "
                        + "enig i utsagnet i 2024.", "Q1 2026"));
        pages.add(new IndicatorPage("HELSENORGE_TILGJENGELIGHET", "Tilgjengelighet av digitale tjenester på Helsenorge "
                + "hos kommuner/fastleger (1/4)", SeedCharts.helsenorgeParts(), "Q3 2025",
                "Tilgangen øker i alle tre deler.", null));
        pages.add(new IndicatorPage("DDFL", "Digital dialog med fastlege (2/4)", SeedCharts.ddflProgress(), "Q3 2025",
                "94 % av listeinnbyggerne har en fastlege som bruker Digital dialog med fastlege.", null));
        pages.add(new IndicatorPage("ENKLERE_ARBEIDSHVERDAG", null, yearly("Enklere arbeidshverdag fra digital støtte",
                "Andel helt eller ganske enig", 2021, 0.41, 0.43, 0.44, 0.47), q1,
                "Andelen helsepersonell som oppgir at de er enig i utsagnet øker.", "Q1 2026"));
        pages.add(new IndicatorPage("DIGITAL_KONTAKT", null, yearly("Innbyggers digitale kontakt med helsetjenesten",
                "Andel siste 12 måneder", 2019, 0.52, 0.66, 0.71, 0.73, 0.76, 0.78), q1,
                "Digital kontakt med helsetjenesten har blitt mer utbredt fra 2019 til 2024.", "Q1 2026"));
        pages.add(new IndicatorPage("VELFERDSTEKNOLOGI", null, yearly("Bruk av velferdsteknologi i kommunene",
                "Andel av kommunene", 2020, 0.62, 0.70, 0.78, 0.84, 0.88), q1,
                "Andelen av kommunene som bruker velferdsteknologi ut over trygghetsalarm øker.", "Q1 2026"));
        pages.add(new IndicatorPage("FULLMAKT", null, fullmakt(), "Q3 2025",
                "Andelen har gjennomgående ligget på mer enn 11 % alle de 6 første månedene av 2025.", null));
        pages.add(new IndicatorPage("TILGANG_PASIENTINFO", null, yearly("Opplevd tilgang til pasientinformasjon",
                "Andel svært eller ganske stor grad", 2021, 0.30, 0.31, 0.29, 0.34), q1,
                "I 2024 opplever 34 % av helsepersonell at de i stor grad har slik tilgang.", "Q1 2026"));
        pages.add(new IndicatorPage("EPJ_EFFEKTIV", null, yearly("EPJ-system bidrar til effektivt pasientarbeid",
                "Andel helt eller ganske enig", 2021, 0.52, 0.47, 0.44, 0.49), q1,
                "Det er igjen 49 % som er enig i utsagnet i 2024.", "Q1 2026"));
        pages.add(new IndicatorPage("HELSEDATA", null, SeedCharts.helsedataQuarterly(), "Q3 2025",
                "Gjennom første halvår er det allerede kommet inn 244 søknader.", null));
        pages.add(new IndicatorPage("HELSEDATA", "Helsedata til sekundærbruk: antall søknader per år",
                SeedCharts.helsedataYearly(), "Q3 2025", "Antallet søknader øker hvert år.", null));
        pages.add(new IndicatorPage("TILLIT", null, yearly("Innbyggers tillit til håndtering av helseopplysninger",
                "Andel enig", 2023, 0.72, 0.72), q1, "Uendret fra 2023 til 2024; endringen er ikke utenfor "
                + "feilmarginen.", "Q1 2026"));
        pages.add(new IndicatorPage("RADSMODELL", null, yearly("Effekt av prosesser i nasjonal rådsmodell",
                "Andel svært eller ganske stor grad", 2022, 0.70, 0.76, 0.72), q1,
                "Gjennomsnittlig andel positive svar er 72 %, en nedgang på 4 prosentpoeng.", "Q1 2026"));
        pages.add(new IndicatorPage("DIGIHELSE", null, SeedCharts.quarterlyPart("Digihelse", 0.21, 0.24, Double.NaN,
                0.30, 0.33, 0.37, 0.40), "Q3 2025", null, null));
        return new DeckModel(catalogue(), "Oversikt over indikatorer", LocalDate.of(2025, 11, 27), "v.0.9", pages);
    }

    static ChartSpec fullmakt() {
        double[] v = {0.095, 0.097, 0.099, 0.098, 0.101, 0.103, 0.112, 0.114, 0.116, 0.113, 0.115, 0.118};
        List<ChartPoint> pts = new ArrayList<>();
        Period p = Period.month(2024, 10);
        for (double x : v) {
            pts.add(ChartPoint.of(p, x));
            p = p.next();
        }
        return ChartSpec.builder(ChartKind.MONTHLY_LINES, "Bruk av fullmakt på Helsenorge")
                .valueLabel("Andel innlogginger på vegne av barn eller med fullmakt").unit(Unit.PERCENT).decimals(1)
                .series(ChartSeries.actual("Andel innlogginger", pts)).source("NHN")
                .note("Utgangspunkt er gjennomsnittlig andel innlogginger per måned i 2022.")
                .build();
    }

    public static void main(String[] args) throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of(args.length > 0 ? args[0] : "target/deck-preview");
        java.nio.file.Files.createDirectories(dir);
        DeckModel model = model();
        for (int i = 0; i < Integer.getInteger("warm", 0); i++) {
            long w = System.nanoTime();
            new DeckBuilder().writePptx(model, java.io.OutputStream.nullOutputStream());
            System.out.printf("warm-up pptx %d ms%n", (System.nanoTime() - w) / 1_000_000);
        }
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = cpu.getCurrentThreadCpuTime();
        try (var out = java.nio.file.Files.newOutputStream(dir.resolve("rapport.pptx"))) {
            new DeckBuilder().writePptx(model, out);
        }
        long t1 = System.nanoTime();
        long c1 = cpu.getCurrentThreadCpuTime();
        try (var out = java.nio.file.Files.newOutputStream(dir.resolve("rapport.pdf"))) {
            new DeckBuilder().writePdf(model, out);
        }
        long t2 = System.nanoTime();
        long c2 = cpu.getCurrentThreadCpuTime();
        System.out.printf("pptx %d ms (cpu %d ms), pdf %d ms (cpu %d ms), %d indicator slides%n",
                (t1 - t0) / 1_000_000, (c1 - c0) / 1_000_000, (t2 - t1) / 1_000_000, (c2 - c1) / 1_000_000,
                model.pages().size());
    }
}
