package no.framdrift.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The chart's text alternative states the finding, and every export carries it. */
class ChartDescriptionTest {

    @Test
    void theDescriptionStatesTheLatestValueWhereItStartedTheAmbitionAndTheSource() {
        ChartDescription d = ChartDescription.of(SeedCharts.pll());
        assertThat(d.title()).isEqualTo(SeedCharts.pll().title());
        ChartSeries first = SeedCharts.pll().series().get(0);
        ChartPoint last = first.points().stream().filter(p -> p.drawable().isPresent()).reduce((a, b) -> b).orElseThrow();
        assertThat(d.description()).contains(first.name() + " " + SeedCharts.pll().format(last.value()) + " i "
                + last.period().label());
        assertThat(d.description()).contains("Ambisjon 2026 (25 %)").contains("Kilde:");
    }

    @Test
    void surveyColumnsSayTheIntervalAndTheBreak() {
        ChartSpec epj = SeedCharts.epjKvalitet();
        String d = ChartDescription.of(epj).description();
        assertThat(d).contains("95 %-intervall");
        if (!epj.breaks().isEmpty()) {
            assertThat(d).contains("Brudd i tidsserien fra " + epj.breaks().get(0).period().label());
        }
    }

    @Test
    void theSvgExportOpensWithTitleAndDescription() {
        String svg = new ChartExporter().svg(SeedCharts.pll(), new ExportSize(800, 450, 1));
        ChartDescription d = ChartDescription.of(SeedCharts.pll());
        int open = svg.indexOf("<svg");
        assertThat(svg.substring(open, svg.indexOf('>', open))).contains("role=\"img\"")
                .contains("aria-labelledby=\"chart-title chart-desc\"");
        assertThat(svg).contains("<title id=\"chart-title\">" + d.title() + "</title>");
        assertThat(svg.indexOf("<title")).isLessThan(svg.indexOf("<desc")).isGreaterThan(open);
        String inline = new ChartExporter().svgElement(SeedCharts.pll(), new ExportSize(800, 450, 1), "x");
        assertThat(inline).startsWith("<svg").contains("viewBox='0.0 0.0 800.0 450.0'").contains("<desc id=\"x-desc\">");
    }

    @Test
    void thePngExportCarriesTitleAndDescriptionAsUtf8Text() throws Exception {
        byte[] png = new ChartExporter().png(SeedCharts.pll(), new ExportSize(400, 225, 1));
        ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            reader.setInput(in);
            IIOMetadata meta = reader.getImageMetadata(0);
            Node root = meta.getAsTree("javax_imageio_png_1.0");
            NodeList entries = ((Element) root).getElementsByTagName("iTXtEntry");
            String description = null;
            for (int i = 0; i < entries.getLength(); i++) {
                Element e = (Element) entries.item(i);
                if (e.getAttribute("keyword").equals("Description")) {
                    description = e.getAttribute("text");
                }
            }
            assertThat(description).isEqualTo(ChartDescription.of(SeedCharts.pll()).description());
            assertThat(description.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(20);
        } finally {
            reader.dispose();
        }
    }
}
