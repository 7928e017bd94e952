package no.framdrift.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ChartRendererTest {

    private final ChartRenderer renderer = new ChartRenderer();

    private static DataLabels labels(XYPlot plot) {
        return plot.getAnnotations().stream().filter(DataLabels.class::isInstance).map(DataLabels.class::cast)
                .findFirst().orElseThrow();
    }

    private static List<String> texts(JFreeChart chart) {
        List<String> out = new ArrayList<>();
        out.add(chart.getTitle().getText());
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t) {
                out.add(t.getText());
            }
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({"1600,900", "1200,675", "800,450"})
    void labelsNeverOverlapAndStayInsideThePlot(int width, int height) {
        for (ChartSpec spec : SeedCharts.all()) {
            JFreeChart chart = renderer.render(spec, width, height);
            ChartExporter.image(chart, ExportSize.of(width, height));
            List<XYPlot> plots = chart.getPlot() instanceof CombinedRangeXYPlot c ? c.getSubplots()
                    : List.of(chart.getXYPlot());
            for (XYPlot plot : plots) {
                DataLabels layer = labels(plot);
                List<Rectangle2D> areas = layer.placedAreas();
                for (int i = 0; i < areas.size(); i++) {
                    Rectangle2D grown = new Rectangle2D.Double(layer.lastDataArea().getX() - 1,
                            layer.lastDataArea().getY() - 1, layer.lastDataArea().getWidth() + 2,
                            layer.lastDataArea().getHeight() + 2);
                    assertThat(grown.contains(areas.get(i))).as("%s label %s inside the plot at %dx%d",
                            spec.title(), layer.placedTexts().get(i), width, height).isTrue();
                    for (int j = i + 1; j < areas.size(); j++) {
                        assertThat(areas.get(i).intersects(areas.get(j))).as("%s: %s overlaps %s at %dx%d",
                                spec.title(), layer.placedTexts().get(i), layer.placedTexts().get(j), width, height)
                                .isFalse();
                    }
                }
            }
        }
    }

    @Test
    void pllShowsTheLatestValuesAndTheAmbitionAtEverySize() {
        for (int[] size : new int[][]{{1600, 900}, {1200, 675}, {800, 450}}) {
            JFreeChart chart = renderer.render(SeedCharts.pll(), size[0], size[1]);
            ChartExporter.image(chart, ExportSize.of(size[0], size[1]));
            assertThat(ChartRenderer.placedLabels(chart))
                    .contains("12,1 %", "5,2 %", "1,5 %", "Ambisjon 2026 (25 %)");
        }
    }

    @Test
    void pllAxisRunsFromZeroToFortyPercentInStepsOfTen() {
        NumberAxis axis = (NumberAxis) renderer.render(SeedCharts.pll()).getXYPlot().getRangeAxis();
        assertThat(axis.getLowerBound()).isEqualTo(0.0);
        assertThat(axis.getUpperBound()).isEqualTo(0.4);
        assertThat(axis.getTickUnit().getSize()).isEqualTo(0.1);
        assertThat(axis.getTickUnit().valueToString(0.3)).isEqualTo("30 %");
    }

    @Test
    void ambitionIsADashedLineAtItsLevelAndAnUnsetAmbitionOnlyANote() {
        JFreeChart chart = renderer.render(SeedCharts.pll());
        XYPlot plot = chart.getXYPlot();
        List<Double> levels = plot.getRangeMarkers(Layer.FOREGROUND).stream().map(m -> ((ValueMarker) m).getValue())
                .toList();
        assertThat(levels).containsExactly(0.25);
        Marker marker = (Marker) plot.getRangeMarkers(Layer.FOREGROUND).iterator().next();
        assertThat(((java.awt.BasicStroke) marker.getStroke()).getDashArray()).isNotNull();
        assertThat(texts(chart)).anyMatch(t -> t.contains("Ambisjonen for 2030 er ikke satt ennå."));

        JFreeChart epj = renderer.render(SeedCharts.epjKvalitet());
        assertThat(epj.getXYPlot().getRangeMarkers(Layer.FOREGROUND)).isNull();
    }

    @Test
    void seriesBreakIsMarkedBetween2021And2022WithItsFootnote() {
        JFreeChart chart = renderer.render(SeedCharts.epjKvalitet());
        var markers = chart.getXYPlot().getDomainMarkers(Layer.FOREGROUND);
        assertThat(markers).hasSize(1);
        assertThat(((ValueMarker) markers.iterator().next()).getValue()).isEqualTo(0.5);
        assertThat(texts(chart)).anyMatch(t -> t.contains("Kilde: Helsepersonellundersøkelsen")
                && t.contains("*Utgangspunkt er måling gjennomført i 2021."));
    }

    @Test
    void suppressedValuesAreGapsNotZero() {
        JFreeChart chart = renderer.render(SeedCharts.helsenorgeParts());
        XYPlot digihelse = ((CombinedRangeXYPlot) chart.getPlot()).getSubplots().get(1);
        XYDataset data = digihelse.getDataset(0);
        assertThat(data.getItemCount(0)).isEqualTo(7);
        assertThat(data.getYValue(0, 2)).isNaN();
        assertThat(data.getYValue(0, 3)).isEqualTo(0.30);
        assertThat(ChartRenderer.placedLabels(chart)).isEmpty(); // nothing drawn yet
    }

    @Test
    void intervalsBecomeWhiskersAroundTheColumns() {
        XYPlot plot = renderer.render(SeedCharts.epjKvalitet()).getXYPlot();
        var whiskers = (org.jfree.data.xy.IntervalXYDataset) plot.getDataset(1);
        assertThat(whiskers.getStartYValue(0, 0)).isEqualTo(0.535);
        assertThat(whiskers.getEndYValue(0, 0)).isEqualTo(0.565);
        assertThat(whiskers.getYValue(0, 3)).isEqualTo(0.52);
    }

    @Test
    void progressShowsStatusInWordsAndDashedPathAndProjection() {
        JFreeChart chart = renderer.render(SeedCharts.ddflProgress());
        assertThat(texts(chart)).contains("Status: I rute");
        var lines = chart.getXYPlot().getRenderer(0);
        assertThat(((java.awt.BasicStroke) lines.getSeriesStroke(0)).getDashArray()).isNull();
        assertThat(((java.awt.BasicStroke) lines.getSeriesStroke(1)).getDashArray()).isNotNull();
        assertThat(((java.awt.BasicStroke) lines.getSeriesStroke(2)).getDashArray()).isNotNull();
    }
}
