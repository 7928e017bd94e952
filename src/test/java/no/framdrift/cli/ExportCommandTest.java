package no.framdrift.cli;

import no.framdrift.app.SampleWorkspaces;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import no.framdrift.app.export.ExportService;
import no.framdrift.app.Workspace;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.IndicatorKind;
import no.framdrift.domain.IndicatorValue;
import no.framdrift.report.deck.DeckModel;
import no.framdrift.report.deck.IndicatorPage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFGraphicFrame;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code export chart} and {@code export deck} on a fresh sample workspace, read back as a presenter's tools would. */
class ExportCommandTest {

    @TempDir
    static Path data;

    @TempDir
    Path out;

    static Catalogue catalogue;
    static DeckModel expectedDeck;
    static Map<String, List<IndicatorValue>> stored = new java.util.HashMap<>();

    @BeforeAll
    static void sampleWorkspace() {
        try (Workspace ws = SampleWorkspaces.open(data)) {
            catalogue = ws.catalogue().load();
            expectedDeck = ExportService.of(ws).deckModel(Optional.empty(), null);
            for (Indicator i : catalogue.indicators()) {
                stored.put(i.code(), ws.values().stored(i.code()));
            }
        }
    }

    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int exit = RootCommand.run(all.toArray(String[]::new), new PrintWriter(o), new PrintWriter(e));
        return new Result(exit, o.toString(), e.toString());
    }

    @Test
    void pngIs1600x900ByDefaultAndTheRequestedSizeOtherwiseAndNotBlank() throws Exception {
        Path png = out.resolve("pll.png");
        Result r = run("export", "chart", "PLL", "--out", png.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(1600);
        assertThat(img.getHeight()).isEqualTo(900);
        assertThat(colours(img)).isGreaterThan(20);

        Path small = out.resolve("ddfl.png");
        r = run("export", "chart", "ddfl", "--out", small.toString(), "--width", "800", "--height", "450", "--scale", "2");
        assertThat(r.exit()).as(r.err()).isZero();
        img = ImageIO.read(small.toFile());
        assertThat(img.getWidth()).isEqualTo(1600);
        assertThat(img.getHeight()).isEqualTo(900);
        assertThat(colours(img)).isGreaterThan(20);
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("pll.png", "ddfl.png");
        }
    }

    private static int colours(BufferedImage img) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen.size();
    }

    @Test
    void svgParsesAndCarriesTheTitleTheSourceAndADataLabel() throws Exception {
        Path svg = out.resolve("epj.svg");
        Result r = run("export", "chart", "EPJ_KVALITET", "--out", svg.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        Document doc = f.newDocumentBuilder().parse(svg.toFile());
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        String text = doc.getDocumentElement().getTextContent();
        assertThat(text).contains("EPJ-system bidrar til pasientarbeid med høy kvalitet");
        assertThat(text).contains("Kilde: Helsepersonellundersøkelsen");
        // 2024: 52,1 % shown with the indicator's 0 decimals
        IndicatorValue v2024 = stored.get("EPJ_KVALITET").stream().filter(v -> v.period().code().equals("2024"))
                .findFirst().orElseThrow();
        assertThat(text).contains(no.framdrift.domain.NorwegianFormat.percentOfFraction(v2024.value(), 0));
    }

    @Test
    void pdfChartIsAPdf() throws Exception {
        Path pdf = out.resolve("helsedata.pdf");
        Result r = run("export", "chart", "HELSEDATA", "--out", pdf.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void exportMapWritesTitledPathsPerAreaAndValuesByLevelListsTheSameAreas() throws Exception {
        java.util.regex.Pattern titled = java.util.regex.Pattern.compile("<path id='area-[^']+'[^>]*><title>");
        Path fylker = out.resolve("m.svg");
        Result r = run("export", "map", "DIGIHELSE", "--level", "fylke", "--out", fylker.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String svg = Files.readString(fylker);
        assertThat(titled.matcher(svg).results().count()).isEqualTo(15);
        assertThat(svg).contains("<title>Vestland</title>").contains("Kartgrunnlag: © Kartverket (CC BY 4.0)");

        Path kommuner = out.resolve("k.svg");
        assertThat(run("export", "map", "DIGIHELSE", "--level", "kommune", "--out", kommuner.toString()).exit()).isZero();
        assertThat(titled.matcher(Files.readString(kommuner)).results().count()).isEqualTo(357);

        Path regioner = out.resolve("pll.svg");
        assertThat(run("export", "map", "PLL", "--level", "helseregion", "--period", "2025-09", "--out",
                regioner.toString()).exit()).isZero();
        String pll = Files.readString(regioner);
        assertThat(titled.matcher(pll).results().count()).isEqualTo(4);
        assertThat(pll).contains(">Bergensområdet: 12,1 %<");

        Result values = run("values", "DIGIHELSE", "--by", "area", "--level", "fylke");
        assertThat(values.exit()).as(values.err()).isZero();
        assertThat(values.out().lines().filter(l -> l.startsWith("2025Q3,")).map(l -> l.split(",")[1]))
                .hasSize(15).contains("Vestland", "Oslo", "Finnmark");

        Result level = run("export", "map", "PLL", "--level", "bydel", "--out", out.resolve("x.svg").toString());
        assertThat(level.exit()).isNotZero();
        assertThat(level.err().strip()).isEqualTo("Feil: Ukjent nivå: bydel (bruk kommune, fylke eller helseregion)");
        Result none = run("export", "map", "HELSEDATA", "--out", out.resolve("y.svg").toString());
        assertThat(none.err().strip()).isEqualTo(
                "Feil: Indikatoren HELSEDATA har ingen verdier per kommune, fylke eller helseregion å vise på kart.");
        assertThat(out.resolve("x.svg")).doesNotExist();
    }

    @Test
    void mistakesGiveOneLineOnStderrAndNoFile() {
        Result unknown = run("export", "chart", "NOPE", "--out", out.resolve("x.png").toString());
        assertThat(unknown.exit()).isNotZero();
        assertThat(unknown.err().strip()).isEqualTo("Feil: Ukjent indikatorkode: NOPE");

        Result extension = run("export", "chart", "PLL", "--out", out.resolve("x.gif").toString());
        assertThat(extension.exit()).isNotZero();
        assertThat(extension.err().strip()).startsWith("Feil: Ukjent filtype").doesNotContain("\n");

        Result noData = run("export", "chart", "BEHOVSSTYRT_POLIKLINIKK", "--out", out.resolve("x.png").toString());
        assertThat(noData.exit()).isNotZero();
        assertThat(noData.err().strip()).isEqualTo("Feil: Indikatoren BEHOVSSTYRT_POLIKLINIKK har ingen verdier å vise ennå.");

        Result deck = run("export", "deck", "--out", out.resolve("x.docx").toString());
        assertThat(deck.exit()).isNotZero();
        assertThat(deck.err().strip()).startsWith("Feil: Ukjent filtype for rapport").doesNotContain("\n");

        Result period = run("export", "deck", "--out", out.resolve("x.pptx").toString(), "--period", "snart");
        assertThat(period.exit()).isNotZero();
        assertThat(period.err().strip()).isEqualTo("Feil: Ukjent periode: snart (skriv f.eks. 2025Q3)");
        assertThat(out.toFile().list()).isEmpty();
    }

    @Test
    void theDeckReopensWithTheSlidesInOrderAndEveryChartHoldsTheStoredValues() throws Exception {
        Path pptx = out.resolve("rapport.pptx");
        Result r = run("export", "deck", "--out", pptx.toString(), "--period", "2025Q3");
        assertThat(r.exit()).as(r.err()).isZero();
        try (InputStream in = Files.newInputStream(pptx); XMLSlideShow deck = new XMLSlideShow(in)) {
            List<XSLFSlide> slides = deck.getSlides();
            List<IndicatorPage> pages = expectedDeck.pages();
            assertThat(pages).extracting(IndicatorPage::indicatorCode).contains("PLL", "EPJ_KVALITET", "DDFL", "HELSEDATA",
                    "HELSENORGE_TILGJENGELIGHET", "FULLMAKT", "TILLIT", "RADSMODELL", "VELFERDSTEKNOLOGI");
            assertThat(slides.size()).isGreaterThan(pages.size());
            assertThat(firstText(slides.get(0))).isEqualTo(ExportService.DECK_TITLE);
            // map slides ("<navn> – kart") follow the slides of indicators with county or municipal values
            List<XSLFSlide> maps = slides.stream().filter(sl -> firstText(sl).endsWith(" – kart")).toList();
            assertThat(maps).extracting(ExportCommandTest::firstText).contains("Digihelse – kart",
                    "Bruk av velferdsteknologi – kart");
            // the sample workspace's maps say what they are (drawn in the picture), in its alternative text and the notes
            assertThat(maps).allSatisfy(sl -> {
                assertThat(sl.getShapes().stream().filter(org.apache.poi.xslf.usermodel.XSLFPictureShape.class::isInstance)
                        .map(p -> ((org.openxmlformats.schemas.presentationml.x2006.main.CTPicture) p.getXmlObject())
                                .getNvPicPr().getCNvPr().getDescr()).toList())
                        .singleElement().asString().contains("Eksempeldata – ikke offisielle tall");
                assertThat(sl.getNotes().getTextParagraphs().stream().flatMap(List::stream)
                        .map(p -> p.getText()).toList()).contains("Eksempeldata – ikke offisielle tall");
            });
            // each map slide shows its own map (the pictures are drawn on threads of their own), in order
            List<byte[]> pictures = maps.stream().map(sl -> sl.getShapes().stream()
                    .filter(org.apache.poi.xslf.usermodel.XSLFPictureShape.class::isInstance)
                    .map(p -> ((org.apache.poi.xslf.usermodel.XSLFPictureShape) p).getPictureData().getData())
                    .findFirst().orElseThrow()).toList();
            assertThat(pictures).hasSameSizeAs(expectedDeck.maps());
            for (int i = 0; i < pictures.size(); i++) {
                assertThat(pictures.get(i)).as(expectedDeck.maps().get(i).indicatorCode()).isEqualTo(
                        new no.framdrift.report.map.MapExporter().png(expectedDeck.maps().get(i).map(),
                                new no.framdrift.report.chart.ExportSize(1600, 900, 1.5)));
            }
            List<XSLFSlide> withoutMaps = slides.stream().filter(sl -> !maps.contains(sl)).toList();
            List<XSLFSlide> indicatorSlides = withoutMaps.subList(withoutMaps.size() - pages.size(), withoutMaps.size());
            List<String> titles = indicatorSlides.stream().map(ExportCommandTest::firstText).toList();
            List<String> expectedTitles = pages.stream().map(p -> p.heading() != null ? p.heading()
                    : catalogue.indicator(p.indicatorCode()).orElseThrow().name() + " – Om indikatoren").toList();
            assertThat(titles).containsExactlyElementsOf(expectedTitles);
            int checked = 0;
            for (int s = 0; s < pages.size(); s++) {
                Indicator indicator = catalogue.indicator(pages.get(s).indicatorCode()).orElseThrow();
                List<XSLFChart> charts = charts(indicatorSlides.get(s));
                assertThat(charts).as(indicator.code()).isNotEmpty();
                List<Indicator> sources = indicator.kind() == IndicatorKind.COMPOSITE ? catalogue.partsOf(indicator)
                        : List.of(indicator);
                for (int c = 0; c < charts.size(); c++) {
                    checked += assertHoldsStoredValues(charts.get(c), sources.get(c));
                }
                assertThat(allTexts(indicatorSlides.get(s))).anyMatch(t -> t.contains("Vurdering Q3 2025"));
            }
            assertThat(checked).as("values compared").isGreaterThan(100);
            for (XSLFSlide slide : slides) {
                for (String t : allTexts(slide)) {
                    assertThat(t).doesNotContain("Click to", "Klikk for å", "null", "Lorem", "[");
                }
            }
        }
    }

    @Test
    void aFolderIsNeverReplacedAndAnImpossibleSizeIsRefusedInNorwegian() throws Exception {
        Path folder = out.resolve("mappe.png");
        Files.createDirectories(folder);
        Result r = run("export", "chart", "PLL", "--out", folder.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("er en mappe");
        assertThat(Files.isDirectory(folder)).isTrue();

        r = run("export", "chart", "PLL", "--out", out.resolve("stor.png").toString(), "--width", "10000", "--height", "10000",
                "--scale", "4");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("1600 megapiksler").contains("høyst 40 megapiksler").doesNotContain("Exception");
        assertThat(Files.exists(out.resolve("stor.png"))).isFalse();
    }

    @Test
    void commandLineMistakesAreToldInNorwegianAndAScaleMayHaveADecimalComma() throws Exception {
        Result r = run("export", "chart", "PLL", "--out", out.resolve("x.png").toString(), "--width", "abc");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("Feil: ugyldig verdi «abc» for --width").contains("framdrift export chart --help")
                .doesNotContain("Invalid", "Usage");
        r = run("exprot");
        assertThat(r.err()).startsWith("Feil: ukjent valg eller argument: exprot");
        r = run("export", "chart", "PLL", "--out", out.resolve("skala.png").toString(), "--width", "400", "--height", "225",
                "--scale", "1,5");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(javax.imageio.ImageIO.read(out.resolve("skala.png").toFile()).getWidth()).isEqualTo(600);
    }

    @Test
    void valuesByAnUnknownVariableIsAnErrorNotAnEmptyTable() {
        Result r = run("values", "TILLIT", "--by", "finnesikke");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Ukjent bakgrunnsvariabel «finnesikke» for TILLIT (kjente: ");
        r = run("values", "PLL", "--by", "kjonn");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("PLL har ingen bakgrunnsvariabler");
        r = run("values", "TILLIT", "--by", "a,b,c");
        assertThat(r.exit()).isEqualTo(2);
    }

    @Test
    void theDeckAsPdf() throws Exception {
        Path pdf = out.resolve("rapport.pdf");
        Result r = run("export", "deck", "--out", pdf.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String text = new String(Files.readAllBytes(pdf), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            // one page per slide: the catalogue slides and one per indicator page
            assertThat(doc.getNumberOfPages()).isGreaterThan(expectedDeck.pages().size() + 3);
            // the text is searchable: an indicator's name and a computed figure as the slide shows it
            String pages = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(pages).contains("Pasientens legemiddelliste").contains("Framdrift mot 2030");
        }
    }

    /** Every number in the chart's embedded workbook equals the stored value of its area and period. */
    private static int assertHoldsStoredValues(XSLFChart chart, Indicator indicator) throws Exception {
        Map<String, IndicatorValue> byKey = stored.get(indicator.code()).stream().filter(v -> v.group().isEmpty())
                .filter(v -> v.note() == null || !v.note().startsWith("Ufullstendig"))
                .collect(Collectors.toMap(v -> v.area() + "|" + v.period().label(), v -> v, (a, b) -> a));
        int compared = 0;
        try (XSSFWorkbook workbook = chart.getWorkbook()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            for (int col = 1; col < header.getLastCellNum(); col++) {
                String name = header.getCell(col).getStringCellValue();
                if (name.startsWith("Ambisjon") || name.startsWith("Bane") || name.startsWith("Framskrivning")) {
                    continue;
                }
                String area = name.replaceAll(" \\(N= .*\\)$", "");
                if (area.equals("Alle") || area.equals("Antall") || area.startsWith("Gjennomsnitt")) {
                    area = IndicatorValue.NATIONAL;
                }
                for (int row = 1; row <= sheet.getLastRowNum(); row++) {
                    String period = sheet.getRow(row).getCell(0).getStringCellValue();
                    Cell cell = sheet.getRow(row).getCell(col);
                    if (cell == null || cell.getCellType() == CellType.BLANK) {
                        continue;
                    }
                    IndicatorValue v = byKey.get(area + "|" + period);
                    assertThat(v).as("%s %s %s", indicator.code(), area, period).isNotNull();
                    assertThat(cell.getNumericCellValue()).as("%s %s %s", indicator.code(), area, period)
                            .isEqualTo(v.value());
                    compared++;
                }
            }
        }
        return compared;
    }

    private static List<XSLFChart> charts(XSLFSlide slide) {
        return slide.getShapes().stream().filter(XSLFGraphicFrame.class::isInstance).map(XSLFGraphicFrame.class::cast)
                .filter(XSLFGraphicFrame::hasChart).map(XSLFGraphicFrame::getChart).toList();
    }

    private static String firstText(XSLFSlide slide) {
        return slide.getShapes().stream().filter(XSLFTextShape.class::isInstance).map(s -> ((XSLFTextShape) s).getText())
                .filter(t -> !t.isBlank()).findFirst().orElse("");
    }

    private static List<String> allTexts(XSLFSlide slide) {
        List<String> texts = new ArrayList<>();
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFTextShape t) {
                texts.add(t.getText());
            } else if (s instanceof XSLFTable table) {
                for (XSLFTableRow row : table.getRows()) {
                    for (XSLFTableCell c : row.getCells()) {
                        texts.add(c.getText());
                    }
                }
            }
        }
        return texts;
    }
}
