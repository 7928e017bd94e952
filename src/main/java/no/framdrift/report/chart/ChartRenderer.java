package no.framdrift.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.framdrift.domain.Period;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Draws a {@link ChartSpec} as a JFreeChart for a given drawing size. The same chart object goes
 * to the screen, PNG, SVG and PDF. Periods sit at index positions 0…n−1 on a numeric axis, so
 * series breaks can be marked between two periods and the axis thins its labels by itself when
 * they would collide.
 */
public final class ChartRenderer {

    public static final int DEFAULT_WIDTH = 1600;
    public static final int DEFAULT_HEIGHT = 900;

    private static final double COLUMN_GROUP = 0.7;

    /** A chart for the default size, 1600 × 900. */
    public JFreeChart render(ChartSpec spec) {
        return render(spec, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /** A chart whose fonts, strokes and label density suit a drawing of {@code width × height}. */
    public JFreeChart render(ChartSpec spec, double width, double height) {
        return render(spec, width, height, false);
    }

    /**
     * The chart for a slide, whose own text boxes carry the heading, source and notes: the value
     * label is the title (as in the native chart) and no footnotes are repeated.
     */
    public JFreeChart renderForSlide(ChartSpec spec, double width, double height) {
        return render(spec, width, height, true);
    }

    private JFreeChart render(ChartSpec spec, double width, double height, boolean onSlide) {
        ChartLook look = ChartLook.forSize(width, height);
        Plot plot;
        List<String> footnotes = new ArrayList<>(spec.footnotes());
        if (spec.kind() == ChartKind.SMALL_MULTIPLES && !spec.panels().isEmpty()) {
            plot = smallMultiples(spec, look, footnotes);
        } else {
            plot = plot(spec, look, valueAxis(List.of(spec), look));
        }
        JFreeChart chart = new JFreeChart(null, look.title(), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        double pad = 18 * look.scale();
        chart.setPadding(new RectangleInsets(pad, pad, pad * 0.6, pad));

        String titleText = onSlide ? (spec.valueLabel() == null ? "" : spec.valueLabel()) : spec.title();
        TextTitle title = new TextTitle(titleText, onSlide ? look.subtitle() : look.title());
        title.setPaint(ChartPalette.TEXT);
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setTextAlignment(HorizontalAlignment.LEFT);
        title.setPadding(new RectangleInsets(0, 0, 4 * look.scale(), 0)); // a wrapped title keeps clear of the subtitle
        chart.setTitle(title);
        TextTitle lastTop = title;
        if (!onSlide && spec.valueLabel() != null && !spec.valueLabel().isBlank()) {
            lastTop = topText(spec.valueLabel(), look.subtitle(), ChartPalette.MUTED_TEXT, look);
            chart.addSubtitle(lastTop);
        }
        if (spec.markIfAny().isPresent()) {
            // example data must never pass for official figures: the mark stands at the top, in red
            lastTop = topText(spec.mark(), look.status(), ChartPalette.SAMPLE_MARK, look);
            chart.addSubtitle(lastTop);
        }
        if (spec.status() != null && !spec.status().isBlank()) {
            lastTop = topText(spec.texts().format("chart.spec.statusLine", spec.status()), look.status(), ChartPalette.status(spec.status()), look);
            chart.addSubtitle(lastTop);
        }
        // the top tick label ("100 %") stands half a line above the plot: keep it off the text above
        RectangleInsets p = lastTop.getPadding();
        lastTop.setPadding(new RectangleInsets(p.getTop(), p.getLeft(), p.getBottom() + look.tick().getSize2D() * 0.8,
                p.getRight()));
        // Bottom titles stack from the edge inwards: the footnotes at the very bottom, the legend above them.
        List<String> bottom = new ArrayList<>();
        spec.sourceLine().ifPresent(bottom::add);
        bottom.addAll(new LinkedHashSet<>(footnotes));
        if (!bottom.isEmpty() && !onSlide) {
            TextTitle notes = new TextTitle(String.join("\n", bottom), look.footnote());
            notes.setPaint(ChartPalette.MUTED_TEXT);
            notes.setPosition(RectangleEdge.BOTTOM);
            notes.setHorizontalAlignment(HorizontalAlignment.LEFT);
            notes.setTextAlignment(HorizontalAlignment.LEFT);
            notes.setPadding(new RectangleInsets(6 * look.scale(), 0, 0, 0));
            chart.addSubtitle(notes);
        }
        LegendTitle legend = new LegendTitle(plot);
        legend.setItemFont(look.legend());
        legend.setItemPaint(ChartPalette.TEXT);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
        legend.setItemLabelPadding(new RectangleInsets(2, 4 * look.scale(), 2, 18 * look.scale()));
        legend.setPadding(new RectangleInsets(8 * look.scale(), 0, 2, 0));
        chart.addSubtitle(legend);
        return chart;
    }

    /** The data labels the last drawing of {@code chart} placed (empty before it is drawn). */
    public static List<String> placedLabels(JFreeChart chart) {
        List<String> out = new ArrayList<>();
        Plot plot = chart.getPlot();
        List<XYPlot> plots = new ArrayList<>();
        if (plot instanceof CombinedRangeXYPlot c) {
            plots.addAll(c.getSubplots());
        } else if (plot instanceof XYPlot p) {
            plots.add(p);
        }
        for (XYPlot p : plots) {
            p.getAnnotations().stream().filter(DataLabels.class::isInstance)
                    .forEach(a -> out.addAll(((DataLabels) a).placedTexts()));
        }
        return out;
    }

    private static TextTitle topText(String text, Font font, Color color, ChartLook look) {
        TextTitle t = new TextTitle(text, font);
        t.setPaint(color);
        t.setHorizontalAlignment(HorizontalAlignment.LEFT);
        t.setTextAlignment(HorizontalAlignment.LEFT);
        t.setPadding(new RectangleInsets(4 * look.scale(), 0, 2 * look.scale(), 0));
        return t;
    }

    private Plot smallMultiples(ChartSpec spec, ChartLook look, List<String> footnotes) {
        NumberAxis shared = valueAxis(spec.panels(), look);
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(shared);
        // The gap must hold half a period label of each neighbour, or "Q3 2025" runs into "Q1 2024".
        int longest = spec.panels().stream().flatMap(p -> p.categories().stream()).mapToInt(p -> p.label(spec.locale()).length())
                .max().orElse(4);
        combined.setGap(Math.max(24 * look.scale(), 0.62 * look.tick().getSize() * longest));
        combined.setBackgroundPaint(Color.WHITE);
        combined.setOutlineVisible(false);
        LegendItemCollection items = new LegendItemCollection();
        Set<String> seen = new HashSet<>();
        for (ChartSpec panel : spec.panels()) {
            XYPlot sub = plot(panel, look, shared);
            sub.getDomainAxis().setLabel(panel.title());
            sub.getDomainAxis().setLabelFont(look.axisLabel());
            sub.getDomainAxis().setLabelPaint(ChartPalette.TEXT);
            combined.add(sub, 1);
            LegendItemCollection subItems = sub.getLegendItems();
            for (int i = 0; i < subItems.getItemCount(); i++) {
                LegendItem item = subItems.get(i);
                if (seen.add(item.getLabel())) {
                    items.add(item);
                }
            }
            for (String n : panel.footnotes()) {
                if (!footnotes.contains(n)) {
                    footnotes.add(panel.title() + ": " + n);
                }
            }
            if (panel.source() != null && !panel.source().isBlank() && !panel.sourceLine().equals(spec.sourceLine())) {
                footnotes.add(spec.texts().format("chart.spec.sourceOfPanel", panel.title(),
                        panel.source().replaceFirst("^(?i)(kilde|source):\\s*", "")));
            }
        }
        combined.setFixedLegendItems(items);
        return combined;
    }

    /** One value axis for the given specs (see {@link AxisRange}). */
    private NumberAxis valueAxis(List<ChartSpec> specs, ChartLook look) {
        AxisRange range = AxisRange.of(specs);
        NumberAxis axis = new NumberAxis(null);
        axis.setRange(range.lower(), range.upper());
        axis.setAutoRange(false);
        NumberFormat format = AxisFormats.values(specs.get(0).unit(), range.tick(), specs.get(0).locale());
        axis.setTickUnit(new NumberTickUnit(range.tick(), format));
        axis.setTickLabelFont(look.tick());
        axis.setTickLabelPaint(ChartPalette.TEXT);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        return axis;
    }

    private XYPlot plot(ChartSpec spec, ChartLook look, NumberAxis valueAxis) {
        List<Period> categories = spec.categories();
        Map<Period, Integer> index = new HashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            index.put(categories.get(i), i);
        }
        List<String> labels = categories.stream().map(c -> c.label(spec.locale())).toList();
        NumberAxis periodAxis = periodAxis(labels, look);

        XYPlot plot = new XYPlot();
        plot.setDomainAxis(periodAxis);
        plot.setRangeAxis(valueAxis);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(ChartPalette.GRID);
        plot.setRangeGridlineStroke(look.thin());
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setInsets(new RectangleInsets(4, 4, 4, 12 * look.scale()));

        boolean columns = spec.kind() == ChartKind.YEARLY_COLUMNS || spec.kind() == ChartKind.COUNTS;
        List<ChartSeries> columnSeries = columns
                ? spec.series().stream().filter(s -> s.role() == SeriesRole.ACTUAL).toList() : List.of();
        DataLabels labelsLayer = new DataLabels(look);

        XYIntervalSeriesCollection columnData = new XYIntervalSeriesCollection();
        XYBarRenderer bars = new XYBarRenderer(0.12);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        double box = 8 * look.scale() + 4;
        bars.setLegendBar(new Rectangle2D.Double(-box, -box, 2 * box, 2 * box));
        YIntervalSeriesCollection whiskerData = new YIntervalSeriesCollection();
        XYErrorRenderer whiskers = new XYErrorRenderer();
        whiskers.setDefaultLinesVisible(false);
        whiskers.setDefaultShapesVisible(false);
        whiskers.setDrawXError(false);
        whiskers.setCapLength(Math.max(6, 16 * look.scale()));
        whiskers.setErrorStroke(new BasicStroke((float) Math.max(1.2, 2.5 * look.scale())));
        whiskers.setErrorPaint(ChartPalette.TEXT);
        whiskers.setDefaultSeriesVisibleInLegend(false);
        XYSeriesCollection lineData = new XYSeriesCollection();
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer();
        double legendLine = 18 * look.scale() + 6;
        lines.setLegendLine(new Line2D.Double(-legendLine, 0, legendLine, 0));

        Set<String> keys = new HashSet<>();
        int actualIndex = 0;
        int columnIndex = 0;
        double slot = COLUMN_GROUP / Math.max(1, columnSeries.size());
        Map<ChartSeries, Color> colours = new HashMap<>();
        Map<ChartSeries, Integer> columnSlot = new HashMap<>();
        for (ChartSeries s : spec.series()) {
            Color colour = ChartPalette.of(s.role(), s.role() == SeriesRole.ACTUAL ? actualIndex : 0);
            if (s.role() == SeriesRole.ACTUAL) {
                actualIndex++;
            }
            colours.put(s, colour);
            String key = uniqueKey(s.name(), keys);
            if (columnSeries.contains(s)) {
                int c = columnIndex++;
                columnSlot.put(s, c);
                XYIntervalSeries xs = new XYIntervalSeries(key);
                for (ChartPoint p : s.points()) {
                    double x0 = index.get(p.period()) - COLUMN_GROUP / 2 + c * slot;
                    double y = p.drawable().orElse(Double.NaN);
                    xs.add(x0 + slot / 2, x0, x0 + slot, y, y, y);
                }
                columnData.addSeries(xs);
                bars.setSeriesPaint(c, colour);
            } else {
                XYSeries xs = new XYSeries(key, false, true);
                for (ChartPoint p : s.points()) {
                    xs.add(index.get(p.period()), p.drawable().orElse(null));
                }
                int i = lineData.getSeriesCount();
                lineData.addSeries(xs);
                lines.setSeriesPaint(i, colour);
                lines.setSeriesStroke(i, switch (s.role()) {
                    case ACTUAL -> look.solid();
                    case PATH -> look.dashed();
                    case PROJECTION -> look.dotDashed();
                });
                boolean shapes = s.role() == SeriesRole.ACTUAL;
                lines.setSeriesShapesVisible(i, shapes);
                double m = look.marker();
                lines.setSeriesShape(i, new Ellipse2D.Double(-m / 2, -m / 2, m, m));
                if (shapes) {
                    for (ChartPoint p : s.points()) {
                        p.drawable().ifPresent(v -> labelsLayer.point(index.get(p.period()), v));
                    }
                }
            }
            if (s.role() == SeriesRole.ACTUAL && s.points().stream().anyMatch(ChartPoint::hasInterval)) {
                YIntervalSeries ws = new YIntervalSeries(key);
                for (ChartPoint p : s.points()) {
                    if (p.hasInterval()) {
                        double wx = centre(index.get(p.period()), columnSlot.get(s), slot);
                        ws.add(wx, p.value(), p.low(), p.high());
                        labelsLayer.whisker(wx, p.low(), p.high());
                    }
                }
                whiskerData.addSeries(ws);
            }
        }
        int datasets = 0;
        if (columnData.getSeriesCount() > 0) {
            plot.setDataset(datasets, columnData);
            plot.setRenderer(datasets++, bars);
        }
        if (whiskerData.getSeriesCount() > 0) {
            plot.setDataset(datasets, whiskerData);
            plot.setRenderer(datasets++, whiskers);
        }
        if (lineData.getSeriesCount() > 0) {
            plot.setDataset(datasets, lineData);
            plot.setRenderer(datasets++, lines);
        }

        for (AmbitionLine a : spec.ambitionsSet()) {
            ValueMarker marker = new ValueMarker(a.value(), ChartPalette.AMBITION, look.dashed());
            plot.addRangeMarker(marker);
            labelsLayer.ambition(a.value(), a.label() != null ? a.label()
                    : spec.texts().format("chart.spec.ambitionYear", String.valueOf(a.year())));
        }
        for (BreakMark b : spec.breaks()) {
            Optional<Period> at = categories.stream().filter(c -> c.compareTo(b.period()) >= 0).findFirst();
            if (at.isPresent() && index.get(at.get()) > 0) {
                double x = index.get(at.get()) - 0.5;
                plot.addDomainMarker(new ValueMarker(x, ChartPalette.MUTED_TEXT, look.thinDashed()));
                labelsLayer.seriesBreak(x, spec.texts().get("chart.spec.breakMark"));
            }
        }

        // Label the top series first; within a series the latest value first, then the first, then the rest.
        List<ChartSeries> labelled = spec.series().stream()
                .filter(s -> s.labelled() && s.role() == SeriesRole.ACTUAL)
                .sorted(Comparator.comparingDouble((ChartSeries s) -> -maxOf(s)))
                .toList();
        for (ChartSeries s : labelled) {
            List<ChartPoint> pts = s.points().stream().filter(p -> p.drawable().isPresent()).toList();
            List<ChartPoint> ordered = new ArrayList<>();
            if (!pts.isEmpty()) {
                ordered.add(pts.get(pts.size() - 1));
                if (pts.size() > 1) {
                    ordered.add(pts.get(0));
                }
                ordered.addAll(pts.subList(1, Math.max(1, pts.size() - 1)));
            }
            boolean column = columnSeries.contains(s);
            for (ChartPoint p : ordered) {
                double x = centre(index.get(p.period()), columnSlot.get(s), slot);
                double top = p.hasInterval() ? Math.max(p.high(), p.value()) : p.value();
                double bottom = p.hasInterval() ? Math.min(p.low(), p.value()) : p.value();
                labelsLayer.candidate(new DataLabels.Candidate(x, p.value(), top, bottom, spec.labelOf(p).orElseThrow(),
                        colours.get(s), column));
            }
        }
        plot.addAnnotation(labelsLayer);
        return plot;
    }

    private static double centre(int categoryIndex, Integer columnSlot, double slot) {
        if (columnSlot == null) {
            return categoryIndex;
        }
        return categoryIndex - COLUMN_GROUP / 2 + columnSlot * slot + slot / 2;
    }

    private static double maxOf(ChartSeries s) {
        return s.points().stream().flatMap(p -> p.drawable().stream()).mapToDouble(Double::doubleValue).max()
                .orElse(0);
    }

    private static String uniqueKey(String name, Set<String> keys) {
        String key = name;
        int n = 2;
        while (!keys.add(key)) {
            key = name + " (" + n++ + ")";
        }
        return key;
    }

    /** The period axis: labels at whole positions; it picks every 1st, 2nd, 3rd … label so none collide. */
    private static NumberAxis periodAxis(List<String> labels, ChartLook look) {
        NumberAxis axis = new NumberAxis(null);
        axis.setRange(-0.5, Math.max(0.5, labels.size() - 0.5));
        axis.setAutoRange(false);
        NumberFormat format = AxisFormats.categories(labels);
        TickUnits units = new TickUnits();
        for (int k : new int[]{1, 2, 3, 4, 6, 12, 24, 48}) {
            units.add(new NumberTickUnit(k, format));
        }
        axis.setStandardTickUnits(units);
        axis.setAutoTickUnitSelection(true);
        axis.setMinorTickCount(0);
        axis.setTickLabelFont(look.tick());
        axis.setTickLabelPaint(ChartPalette.TEXT);
        axis.setTickLabelInsets(new RectangleInsets(6 * look.scale(), 8 * look.scale(), 2, 8 * look.scale()));
        axis.setTickMarksVisible(false);
        axis.setAxisLinePaint(ChartPalette.MUTED_TEXT);
        axis.setAxisLineStroke(look.thin());
        return axis;
    }

    static Rectangle2D area(double width, double height) {
        return new Rectangle2D.Double(0, 0, width, height);
    }
}
