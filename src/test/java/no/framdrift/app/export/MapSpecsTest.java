package no.framdrift.app.export;

import no.framdrift.app.SampleWorkspaces;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.framdrift.app.Workspace;
import no.framdrift.app.values.ValuesService;
import no.framdrift.domain.AreaLevel;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.Period;
import no.framdrift.report.chart.ExportSize;
import no.framdrift.report.map.MapArea;
import no.framdrift.report.map.MapSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Maps of the sample workspace: the values per area behind them and the files written. */
class MapSpecsTest {

    @TempDir
    static Path dir;
    static Workspace ws;
    static Catalogue catalogue;
    static ExportService export;

    @BeforeAll
    static void sampleWorkspace() {
        ws = SampleWorkspaces.open(dir.resolve("data"));
        catalogue = ws.catalogue().load();
        export = ExportService.of(ws);
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    private static MapArea area(MapSpec spec, String code) {
        return spec.area(code).orElseThrow();
    }

    /**
     * The deck asks for each indicator's levels through {@link ValuesService#areaValues} (a registry
     * indicator's levels from one computation, each level once): the same values, in the same order,
     * as asking {@code byLevel} for each level on its own.
     */
    @Test
    void areaValuesGiveWhatByLevelGivesForEveryIndicatorAndLevel() {
        int nonEmpty = 0;
        // one indicator of each kind (survey, average of shares, registry share, count, unit lists, composite)
        java.util.Map<no.framdrift.domain.IndicatorKind, Indicator> ofEachKind = new java.util.EnumMap<>(
                no.framdrift.domain.IndicatorKind.class);
        for (String code : List.of("EPJ_KVALITET", "DIGITAL_PLUNDER_HEFT", "PLL", "DDFL", "DIGIHELSE", "VELFERDSTEKNOLOGI",
                "HELSENORGE_TILGJENGELIGHET")) {
            Indicator i = catalogue.indicator(code).orElseThrow();
            ofEachKind.putIfAbsent(i.kind(), i);
        }
        assertThat(ofEachKind).hasSizeGreaterThanOrEqualTo(5);
        for (Indicator indicator : ofEachKind.values()) {
            ValuesService.AreaValues once = ws.values().areaValues(catalogue, indicator);
            for (AreaLevel level : List.of(AreaLevel.MUNICIPALITY, AreaLevel.COUNTY, AreaLevel.REGION, AreaLevel.CUSTOM)) {
                List<ValuesService.AreaValue> expected = ws.values().byLevel(catalogue, indicator, level);
                assertThat(once.at(level)).as(indicator.code() + " " + level).isEqualTo(expected);
                assertThat(once.at(level)).as("asked again").isSameAs(once.at(level));
                nonEmpty += expected.isEmpty() ? 0 : 1;
            }
        }
        assertThat(nonEmpty).as("levels with values in the sample").isGreaterThanOrEqualTo(6);
        // and the deck's maps are those mapOf gives for the same level
        Indicator digihelse = catalogue.indicator("DIGIHELSE").orElseThrow();
        assertThat(export.maps().build(ws.values().areaValues(catalogue, digihelse), AreaLevel.COUNTY, Optional.empty()))
                .contains(export.mapOf("DIGIHELSE", Optional.of(AreaLevel.COUNTY), Optional.empty()));
    }

    @Test
    void digihelseByCountyIsPopulationWeightedPerCounty() {
        MapSpec spec = export.mapOf("DIGIHELSE", Optional.of(AreaLevel.COUNTY), Optional.empty());
        assertThat(spec.subtitle()).isEqualTo("Fylker, 3. kvartal 2025");
        assertThat(spec.areas()).hasSize(15).allSatisfy(a -> assertThat(a.state()).isEqualTo(MapArea.State.VALUE));
        // the same numbers as values DIGIHELSE --by area --level fylke
        List<ValuesService.AreaValue> values = ws.values().byLevel(catalogue,
                catalogue.indicator("DIGIHELSE").orElseThrow(), AreaLevel.COUNTY);
        ValuesService.AreaValue vestland = values.stream()
                .filter(v -> v.areaCode().equals("46") && v.value().period().equals(Period.quarter(2025, 3)))
                .findFirst().orElseThrow();
        double share = vestland.value().numerator() / vestland.value().denominator();
        assertThat(area(spec, "46").value()).isEqualTo(share);
        assertThat(vestland.value().area()).isEqualTo("Vestland");
        // Bergensområdet on top of the counties, with its own value
        assertThat(spec.overlays()).extracting(MapArea::name).containsExactly("Bergensområdet");
    }

    @Test
    void shareOfUnitsIsSuppressedPerAreaWithFewerThanFiveUnits() {
        MapSpec byMunicipality = export.mapOf("VELFERDSTEKNOLOGI", Optional.of(AreaLevel.MUNICIPALITY), Optional.empty());
        assertThat(byMunicipality.areas()).hasSize(357)
                .allSatisfy(a -> assertThat(a.state()).isEqualTo(MapArea.State.SUPPRESSED));
        MapSpec byCounty = export.mapOf("VELFERDSTEKNOLOGI", Optional.of(AreaLevel.COUNTY), Optional.of(Period.year(2024)));
        // Oslo is one municipality: 1 of 1 would reveal it
        assertThat(area(byCounty, "03").state()).isEqualTo(MapArea.State.SUPPRESSED);
        assertThat(area(byCounty, "03").value()).isNull();
        assertThat(area(byCounty, "46").state()).isEqualTo(MapArea.State.VALUE);
        assertThat(area(byCounty, "46").detail()).matches("\\d+ av \\d+; n = \\d+");
    }

    @Test
    void pllByHealthRegionShowsHelseNordAndBergensområdetFromTheirOwnRows() {
        MapSpec spec = export.mapOf("PLL", Optional.of(AreaLevel.REGION), Optional.of(Period.month(2025, 9)));
        assertThat(spec.areas()).hasSize(4);
        assertThat(area(spec, "HN").value()).isEqualTo(25482.0 / 489103);
        assertThat(area(spec, "HN").valueText()).isEqualTo("5,2 %");
        assertThat(area(spec, "HSO").state()).isEqualTo(MapArea.State.NO_DATA);
        assertThat(spec.overlays()).singleElement().satisfies(b -> {
            assertThat(b.name()).isEqualTo("Bergensområdet");
            assertThat(b.valueText()).isEqualTo("12,1 %");
            assertThat(b.value()).isEqualTo(57580.0 / 475472);
        });
    }

    @Test
    void exportedSvgHasATitledPathPerAreaAndTheCredit() throws Exception {
        Path fylker = dir.resolve("m.svg");
        export.exportMap(export.mapOf("DIGIHELSE", Optional.of(AreaLevel.COUNTY), Optional.empty()), fylker,
                ExportSize.of(1600, 900));
        String svg = Files.readString(fylker, StandardCharsets.UTF_8);
        assertThat(titled(svg)).hasSize(15).contains("Oslo", "Vestland", "Finnmark");
        assertThat(svg).contains("Kartgrunnlag: © Kartverket (CC BY 4.0)").contains(">Andel (%)<");

        Path kommuner = dir.resolve("k.svg");
        export.exportMap(export.mapOf("DIGIHELSE", Optional.of(AreaLevel.MUNICIPALITY), Optional.empty()), kommuner,
                ExportSize.of(1600, 900));
        assertThat(titled(Files.readString(kommuner, StandardCharsets.UTF_8))).hasSize(357);

        Path regioner = dir.resolve("pll.svg");
        export.exportMap(export.mapOf("PLL", Optional.of(AreaLevel.REGION), Optional.empty()), regioner,
                ExportSize.of(1600, 900));
        String pll = Files.readString(regioner, StandardCharsets.UTF_8);
        assertThat(titled(pll)).containsExactlyInAnyOrder("Helse Sør-Øst", "Helse Vest", "Helse Midt-Norge", "Helse Nord");
        assertThat(pll).contains("<path id='overlay-BERGENSOMRADET'").contains(">Bergensområdet: 13,4 %<");

        Path pdf = dir.resolve("m.pdf");
        export.exportMap(export.mapOf("DIGIHELSE", Optional.of(AreaLevel.COUNTY), Optional.empty()), pdf,
                ExportSize.of(1600, 900));
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void mapsOfTheExampleDataAreMarkedAsChartsAreOnTheSpecSvgAndPdf() throws Exception {
        MapSpec spec = export.mapOf("DIGIHELSE", Optional.of(AreaLevel.COUNTY), Optional.empty());
        assertThat(spec.sampleData()).isTrue();
        // the same words as the chart of the same indicator carries
        var chart = export.specs().build(catalogue, catalogue.indicator("DIGIHELSE").orElseThrow(),
                ChartSpecs.Options.DEFAULTS).orElseThrow();
        assertThat(chart.mark()).isEqualTo(MapSpec.SAMPLE_MARK).isEqualTo("Eksempeldata – ikke offisielle tall");

        Path svg = dir.resolve("eksempel.svg");
        export.exportMap(spec, svg, ExportSize.of(1600, 900));
        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).contains(">Eksempeldata – ikke offisielle tall<");
        Path pdf = dir.resolve("eksempel.pdf");
        export.exportMap(spec, pdf, ExportSize.of(1600, 900));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("Eksempeldata – ikke offisielle tall");
        }
        // a map drawn from the same areas without the mark says nothing of the kind
        MapSpec official = new MapSpec(spec.title(), spec.subtitle(), spec.level(), spec.areas(), spec.overlays(),
                spec.classes(), spec.valueHeading(), spec.source(), spec.notes(), false);
        Path plain = dir.resolve("offisiell.svg");
        export.exportMap(official, plain, ExportSize.of(1600, 900));
        assertThat(Files.readString(plain, StandardCharsets.UTF_8)).doesNotContain("Eksempeldata");
    }

    @Test
    void inEnglishTheMapSaysCountiesNoDataAndMapDataWithEnglishNumbers() throws Exception {
        MapSpecs english = export.maps().in(java.util.Locale.ENGLISH);
        var digihelse = catalogue.indicator("DIGIHELSE").orElseThrow();
        MapSpec counties = english.build(catalogue, digihelse, AreaLevel.COUNTY, Optional.empty()).orElseThrow();
        assertThat(counties.subtitle()).isEqualTo("Counties, Q3 2025");
        assertThat(counties.valueHeading()).isEqualTo("Share (%)");
        assertThat(counties.credit()).isEqualTo("Map data: © Kartverket (CC BY 4.0)");
        assertThat(counties.sampleMark()).isEqualTo("Example data – not official figures");
        assertThat(counties.sourceLine()).hasValueSatisfying(l -> assertThat(l).startsWith("Source: "));
        // the same value as the Norwegian map, written with a decimal point and comma thousands
        MapSpec norwegian = export.mapOf("DIGIHELSE", Optional.of(AreaLevel.COUNTY), Optional.empty());
        assertThat(area(counties, "46").value()).isEqualTo(area(norwegian, "46").value());
        assertThat(area(counties, "46").valueText()).matches("\\d+(\\.\\d+)?%")
                .isEqualTo(area(norwegian, "46").valueText().replace(',', '.').replace(" %", "%"));
        assertThat(area(counties, "46").detail()).matches("\\d{1,3}(,\\d{3})* of \\d{1,3}(,\\d{3})*; n = [\\d,]+");
        assertThat(area(norwegian, "46").detail()).matches("\\d{1,3}( \\d{3})* av \\d{1,3}( \\d{3})*; n = [\\d ]+");
        assertThat(counties.classes().classes()).allSatisfy(c -> assertThat(c.label()).endsWith("%").doesNotContain(" %"));

        MapSpec pll = english.build(catalogue, catalogue.indicator("PLL").orElseThrow(), AreaLevel.REGION,
                Optional.of(Period.month(2025, 9))).orElseThrow();
        assertThat(pll.subtitle()).isEqualTo("Health regions, September 2025");
        assertThat(area(pll, "HN").valueText()).isEqualTo("5.2%");
        assertThat(pll.overlays()).singleElement().satisfies(b -> assertThat(b.valueText()).isEqualTo("12.1%"));
        assertThat(pll.table()).contains(List.of("Helse Sør-Øst", "no data", ""));

        // drawn: the legend, the footer and the mark in English
        Path svg = dir.resolve("english.svg");
        export.exportMap(pll, svg, ExportSize.of(1600, 900));
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertThat(text).contains(">Map data: © Kartverket (CC BY 4.0)<").contains("No data  (3)")
                .contains(">Example data – not official figures<").doesNotContain("Ingen data")
                .doesNotContain(">Kartgrunnlag");

        // what is published is unchanged: Norwegian words and numbers
        MapSpec published = export.mapOf("PLL", Optional.of(AreaLevel.REGION), Optional.of(Period.month(2025, 9)));
        assertThat(published.subtitle()).isEqualTo("Helseregioner, september 2025");
        assertThat(published.valueHeading()).isEqualTo("Andel (%)");
        assertThat(published.credit()).isEqualTo(MapSpec.CREDIT);
        assertThat(published.table()).contains(List.of("Helse Sør-Øst", "ingen data", ""));
        Path nb = dir.resolve("norsk.svg");
        export.exportMap(published, nb, ExportSize.of(1600, 900));
        assertThat(Files.readString(nb, StandardCharsets.UTF_8)).contains("Ingen data  (3)")
                .contains(">Kartgrunnlag: © Kartverket (CC BY 4.0)<").doesNotContain("No data");
    }

    @Test
    void periodsAndLevelsReadInTheLanguageAsked() {
        java.util.Locale en = java.util.Locale.ENGLISH;
        assertThat(MapSpecs.longLabel(Period.quarter(2025, 3))).isEqualTo("3. kvartal 2025");
        assertThat(MapSpecs.longLabel(Period.quarter(2025, 3), en)).isEqualTo("Q3 2025");
        assertThat(MapSpecs.longLabel(Period.month(2025, 10))).isEqualTo("oktober 2025");
        assertThat(MapSpecs.longLabel(Period.month(2025, 10), en)).isEqualTo("October 2025");
        assertThat(MapSpecs.longLabel(Period.half(2025, 1))).isEqualTo("1. halvår 2025");
        assertThat(MapSpecs.longLabel(Period.half(2025, 1), en)).isEqualTo("H1 2025");
        assertThat(MapSpecs.longLabel(Period.year(2024), en)).isEqualTo("2024");
        assertThat(MapSpecs.levelLabel(AreaLevel.COUNTY)).isEqualTo("Fylker");
        assertThat(MapSpecs.levelLabel(AreaLevel.COUNTY, en)).isEqualTo("Counties");
        assertThat(MapSpecs.levelLabel(AreaLevel.MUNICIPALITY, en)).isEqualTo("Municipalities");
    }

    @Test
    void anIndicatorWithoutAreasOrAnUnknownCodeIsRefusedInWords() {
        assertThatThrownBy(() -> export.mapOf("HELSEDATA", Optional.empty(), Optional.empty()))
                .isInstanceOf(ExportService.ExportRefused.class)
                .hasMessage("Indikatoren HELSEDATA har ingen verdier per kommune, fylke eller helseregion å vise på kart.");
        assertThatThrownBy(() -> export.mapOf("FINNES_IKKE", Optional.empty(), Optional.empty()))
                .hasMessage("Ukjent indikatorkode: FINNES_IKKE");
    }

    private static List<String> titled(String svg) {
        Matcher m = Pattern.compile("<path id='area-[^']+'[^>]*><title>([^<]*)</title>").matcher(svg);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
