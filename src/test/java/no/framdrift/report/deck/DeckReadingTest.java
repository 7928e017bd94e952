package no.framdrift.report.deck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Frequency;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.Unit;
import no.framdrift.report.chart.ChartPalette;
import no.framdrift.report.chart.SeedCharts;
import no.framdrift.report.chart.SeriesRole;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFGraphicFrame;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the presenter reads on an indicator slide (issue 15): Norwegian numbers in the native
 * charts on any machine, labels clear of whiskers and coloured like their line, the break drawn on
 * the chart, a drafted assessment marked as a draft, the status in words, one source line, an
 * ambition text that says what the dashed lines show.
 */
class DeckReadingTest {

    private static Catalogue catalogue;
    private static DeckModel model;
    private static byte[] pptx;
    private static XMLSlideShow deck;

    @BeforeAll
    static void build() throws Exception {
        catalogue = SeedDeck.catalogue();
        List<IndicatorPage> pages = new ArrayList<>();
        pages.add(new IndicatorPage("PLL", null, SeedCharts.pll(), "Q3 2025",
                "Andelen økte fra 1,3 % i august 2025 til 1,5 % i september 2025.", null, true, "Risiko"));
        pages.add(new IndicatorPage("EPJ_KVALITET", null, SeedCharts.epjKvalitet(), "Q1 2025", "Lagret tekst.", null,
                false, "Ambisjon ikke satt"));
        pages.add(new IndicatorPage("HELSEDATA", null, SeedCharts.helsedataYearly(), "Q3 2025", null, null));
        model = new DeckModel(catalogue, "Test", java.time.LocalDate.of(2025, 11, 27), "v.0.9", pages);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DeckBuilder().writePptx(model, out);
        pptx = out.toByteArray();
        deck = new XMLSlideShow(new ByteArrayInputStream(pptx));
    }

    private static List<XSLFSlide> indicatorSlides() {
        List<XSLFSlide> all = deck.getSlides();
        return all.subList(all.size() - model.pages().size(), all.size());
    }

    private static String text(XSLFSlide slide) {
        StringBuilder b = new StringBuilder();
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFTextShape t) {
                b.append(t.getText()).append('\n');
            }
        }
        return b.toString();
    }

    private static String chartXml(XSLFSlide slide, int n) {
        List<XSLFChart> charts = slide.getShapes().stream().filter(XSLFGraphicFrame.class::isInstance)
                .map(XSLFGraphicFrame.class::cast).filter(XSLFGraphicFrame::hasChart).map(XSLFGraphicFrame::getChart)
                .toList();
        return charts.get(n).getCTChartSpace().xmlText();
    }

    @Test
    void everyShownLabelIsWrittenInNorwegianAndTheFormatsCarryTheNorwegianLocale() {
        String pll = chartXml(indicatorSlides().get(0), 0);
        // Bergensområdet's last month, 0.121, as its own text: PowerPoint shows it so on an English Windows
        assertThat(pll).contains(">12,1 %</a:t>").doesNotContain(">12.1 %<");
        assertThat(pll).contains("formatCode=\"[$-414]0.0 %\"").contains("formatCode=\"[$-414]0 %\"");
        Matcher texts = Pattern.compile("<a:t>([^<]*)</a:t>").matcher(pll);
        List<String> labels = new ArrayList<>();
        while (texts.find()) {
            labels.add(texts.group(1));
        }
        assertThat(labels).contains("1,5 %", "5,2 %", "12,1 %").allMatch(l -> !l.matches(".*\\d\\.\\d.*"));
    }

    @Test
    void lineLabelsTakeTheirSeriesColourAndColumnLabelsStayOffTheWhiskers() {
        String pll = chartXml(indicatorSlides().get(0), 0);
        String bergen = hex(ChartPalette.of(SeriesRole.ACTUAL, 1).darker());
        int second = pll.indexOf("Bergensområdet");
        int third = pll.indexOf("Helse Nord");
        assertThat(pll.substring(second, third)).contains("<a:srgbClr val=\"" + bergen + "\"/>");
        String epj = chartXml(indicatorSlides().get(1), 0);
        // columns with 95 % whiskers: the value sits inside the column's top, in white, never on the whisker
        assertThat(epj).contains("<c:dLblPos val=\"inEnd\"/>").doesNotContain("val=\"outEnd\"")
                .contains("<a:srgbClr val=\"FFFFFF\"/>").contains(">52 %</a:t>");
    }

    @Test
    void theSeriesBreakIsDrawnOnTheChartBetweenItsYears() {
        XSLFSlide epj = indicatorSlides().get(1);
        List<XSLFConnectorShape> lines = epj.getShapes().stream().filter(XSLFConnectorShape.class::isInstance)
                .map(XSLFConnectorShape.class::cast).toList();
        assertThat(lines).hasSize(1);
        // chart frame x 420, width 510; plot from 10 % to 96 % of it; four years, the break before the second
        double expected = 420 + 510 * NativeChart.PLOT_X + 510 * NativeChart.PLOT_W * 1 / 4;
        assertThat(lines.get(0).getAnchor().getX()).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.5));
        assertThat(text(epj)).contains(NativeChart.BREAK_LABEL);
        assertThat(chartXml(epj, 0)).contains("<c:layoutTarget val=\"inner\"/>");
        assertThat(indicatorSlides().get(0).getShapes()).noneMatch(XSLFConnectorShape.class::isInstance);
    }

    @Test
    void aSlideWithoutSavedAssessmentShowsTheDraftMarkedAsSuch() {
        String pll = text(indicatorSlides().get(0));
        assertThat(pll).contains("Vurdering Q3 2025 – utkast", DeckBuilder.DRAFT_NOTE,
                "Andelen økte fra 1,3 % i august 2025").doesNotContain("Ingen vurdering er lagret");
        String epj = text(indicatorSlides().get(1));
        assertThat(epj).contains("Vurdering Q1 2025", "Lagret tekst.").doesNotContain("utkast", DeckBuilder.DRAFT_NOTE);
    }

    @Test
    void progressHeadingStatesTheStatusInWords() {
        assertThat(text(indicatorSlides().get(0))).contains("Framdrift mot 2030: Risiko");
        assertThat(text(indicatorSlides().get(1))).contains("Framdrift mot 2030: Ambisjon ikke satt");
    }

    @Test
    void theSourceIsPrintedOnce() {
        for (XSLFSlide s : indicatorSlides()) {
            String t = text(s);
            assertThat(t.split("Kilde:", -1).length - 1).as(t).isEqualTo(1);
        }
    }

    @Test
    void theAmbitionTextSaysWhatTheLinesShowAndACountHasNoXx() {
        Indicator pll = catalogue.indicator("PLL").orElseThrow();
        assertThat(DeckBuilder.ambitionText(pll, SeedCharts.pll())).isEqualTo("Ambisjon: 25 % i 2026 · XX % i 2030");
        assertThat(text(indicatorSlides().get(0))).contains("Ambisjon: 25 % i 2026 · XX % i 2030");
        Indicator helsedata = catalogue.indicator("HELSEDATA").orElseThrow();
        assertThat(helsedata.unit()).isEqualTo(Unit.COUNT);
        assertThat(text(indicatorSlides().get(2))).contains("Ambisjon: ikke satt for 2030").doesNotContain("XX");
    }

    @Test
    void theFrequencyBoxSaysWhenTheChartShowsAnotherPeriod() {
        assertThat(DeckBuilder.frequencyText(Frequency.KVARTALSVIS, SeedCharts.helsedataYearly()))
                .isEqualTo("Kvartalsvis oppdatering · vist per år");
        assertThat(DeckBuilder.frequencyText(Frequency.KVARTALSVIS, SeedCharts.helsedataQuarterly()))
                .isEqualTo("Kvartalsvis oppdatering");
        assertThat(text(indicatorSlides().get(2))).contains("Kvartalsvis oppdatering · vist per år");
    }

    @Test
    void theBaselineNoteIsCheckedAgainstTheYearsShown() {
        Indicator epj = catalogue.indicator("EPJ_KVALITET").orElseThrow();
        assertThat(DeckBuilder.baselineNote(epj, SeedCharts.epjKvalitet()))
                .contains("*Utgangspunkt er måling gjennomført i 2021.");
        Indicator tillit = catalogue.indicator("TILLIT").orElseThrow(); // baseline 2023
        assertThat(DeckBuilder.baselineNote(tillit, SeedDeck.yearly("T", "Andel", 2024, 0.5, 0.6)).orElseThrow())
                .isEqualTo("*Utgangspunkt er måling gjennomført i 2023. Diagrammet viser 2024–2025, uten "
                        + "utgangspunktet 2023.");
    }

    /**
     * The deck through LibreOffice in an English locale: the numbers still read "12,1 %". Skipped
     * where LibreOffice is not installed (apt-get install libreoffice-impress).
     */
    @Test
    void libreOfficeInAnEnglishLocaleShowsDecimalCommas(@TempDir Path dir) throws Exception {
        String office = findOffice();
        assumeTrue(office != null, "LibreOffice is not installed");
        Path file = dir.resolve("deck.pptx");
        Files.write(file, pptx);
        ProcessBuilder pb = new ProcessBuilder(office, "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), file.toString());
        pb.environment().put("LANG", "en_US.UTF-8");
        pb.environment().put("LC_ALL", "en_US.UTF-8");
        pb.environment().put("LANGUAGE", "en_US");
        pb.redirectErrorStream(true).redirectOutput(dir.resolve("office.log").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(240, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        Path pdf = dir.resolve("deck.pdf");
        assertThat(pdf).exists();
        String text;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("12,1 %", "5,2 %", "52 %").doesNotContain("12.1 %", "5.2 %");
    }

    private static String findOffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : new String[]{"soffice", "libreoffice"}) {
                File f = new File(dir, name);
                if (f.canExecute()) {
                    return f.getAbsolutePath();
                }
            }
        }
        return null;
    }

    private static String hex(java.awt.Color c) {
        return String.format("%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }

}
