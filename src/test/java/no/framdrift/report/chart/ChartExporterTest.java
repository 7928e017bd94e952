package no.framdrift.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class ChartExporterTest {

    private final ChartExporter exporter = new ChartExporter();

    @ParameterizedTest
    @CsvSource({"1600,900,1", "1200,675,1", "800,450,1", "800,450,2"})
    void pngHasTheRequestedSizeAndIsNotBlank(int width, int height, double scale) throws Exception {
        for (ChartSpec spec : SeedCharts.all()) {
            byte[] png = exporter.png(spec, new ExportSize(width, height, scale));
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(img.getWidth()).isEqualTo((int) Math.round(width * scale));
            assertThat(img.getHeight()).isEqualTo((int) Math.round(height * scale));
            Set<Integer> colours = new HashSet<>();
            long inked = 0;
            long seriesBlue = 0;
            for (int y = 0; y < img.getHeight(); y += 2) {
                for (int x = 0; x < img.getWidth(); x += 2) {
                    int rgb = img.getRGB(x, y) & 0xFFFFFF;
                    colours.add(rgb);
                    if (rgb != 0xFFFFFF) {
                        inked++;
                    }
                    if (rgb == 0x0072B2) {
                        seriesBlue++;
                    }
                }
            }
            long sampled = (long) (img.getWidth() / 2) * (img.getHeight() / 2);
            assertThat(colours.size()).as(spec.title()).isGreaterThan(20);
            assertThat(inked).as(spec.title()).isGreaterThan(sampled / 50);
            assertThat(seriesBlue).as("first series drawn in Okabe-Ito blue: " + spec.title()).isPositive();
        }
    }

    @Test
    void svgParsesAndKeepsTitleSourceAndLabelsAsText() throws Exception {
        String svg = exporter.svg(SeedCharts.pll(), ExportSize.DEFAULT);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList texts = doc.getElementsByTagName("text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent()).append('\n');
        }
        assertThat(all.toString()).contains("Pasientens legemiddelliste", "Kilde: NHN / Reseptformidleren",
                "12,1 %", "Ambisjon 2026 (25 %)", "Bergensområdet (N= 475 472)", "apr.25");
        assertThat(Double.parseDouble(doc.getDocumentElement().getAttribute("width"))).isEqualTo(1600.0);
    }

    @Test
    void pdfIsOnePage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pll.pdf");
        exporter.export(SeedCharts.pll(), file, ExportSize.DEFAULT);
        String pdf = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(pdf).startsWith("%PDF-");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(1600f);
            // the text is text (searchable), Norwegian letters included
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains(SeedCharts.pll().title()).contains("Kilde: ").contains("%");
        }
    }

    @Test
    void exportChoosesTheFormatByExtensionAndReplacesTheFileWhole(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("epj.png");
        Files.writeString(png, "old");
        exporter.export(SeedCharts.epjKvalitet(), png, ExportSize.of(1200, 675));
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(1200);
        Path svg = dir.resolve("epj.SVG");
        exporter.export(SeedCharts.epjKvalitet(), svg, ExportSize.DEFAULT);
        assertThat(Files.readString(svg)).contains("<svg");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("epj.png", "epj.SVG");
        }
    }

    @Test
    void unknownFormatOrSizeIsRefusedWithAClearMessage(@TempDir Path dir) {
        assertThatThrownBy(() -> exporter.export(SeedCharts.pll(), dir.resolve("pll.gif"), ExportSize.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pll.gif")
                .hasMessageContaining(".png, .svg eller .pdf");
        assertThatThrownBy(() -> new ExportSize(100, 50, 1)).hasMessageContaining("100 × 50");
        assertThatThrownBy(() -> new ExportSize(800, 450, 0)).hasMessageContaining("Skalaen");
        assertThat(dir.toFile().list()).isEmpty();
    }
}
