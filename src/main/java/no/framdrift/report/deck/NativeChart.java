package no.framdrift.report.deck;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;
import no.framdrift.domain.Period;
import no.framdrift.domain.Unit;
import no.framdrift.report.chart.ChartDescription;
import javax.xml.namespace.QName;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.xmlbeans.XmlCursor;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickMark;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTErrBars;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumData;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumVal;
import org.openxmlformats.schemas.drawingml.x2006.chart.STErrBarType;
import org.openxmlformats.schemas.drawingml.x2006.chart.STErrDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.STErrValType;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;
import no.framdrift.report.chart.ChartSpec;
import no.framdrift.report.chart.AmbitionLine;
import no.framdrift.report.chart.AxisRange;
import no.framdrift.report.chart.ChartKind;
import no.framdrift.report.chart.ChartPalette;
import no.framdrift.report.chart.ChartPoint;
import no.framdrift.report.chart.ChartSeries;
import no.framdrift.report.chart.SeriesRole;

/**
 * A {@link ChartSpec} as a native PowerPoint chart (Apache POI XDDF): the values live in the
 * chart's embedded workbook, so "Edit data" in PowerPoint shows and changes them. Ambitions become
 * dashed series at their level, path and projection dashed series; suppressed values stay empty
 * cells and the chart shows them as gaps.
 */
public final class NativeChart {

    private static final String C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final QName C_DLBL = new QName(C, "dLbl", "c");
    private static final QName C_IDX = new QName(C, "idx", "c");
    private static final QName C_DELETE = new QName(C, "delete", "c");
    private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    /**
     * Number formats carry the Norwegian locale ({@code [$-414]}): LibreOffice then draws "12,1 %"
     * whatever the viewer's own locale. PowerPoint takes separators from the viewer's system
     * instead, so every shown data label is also written as its Norwegian text (below).
     */
    static final String NORWEGIAN = "[$-414]";

    private NativeChart() {
    }

    /** Adds the chart to the slide in {@code area} (points); small multiples become one chart per part. */
    static List<XSLFChart> add(XMLSlideShow deck, XSLFSlide slide, ChartSpec spec, Rectangle2D area) {
        List<XSLFChart> out = new ArrayList<>();
        if (spec.kind() == ChartKind.SMALL_MULTIPLES && !spec.panels().isEmpty()) {
            int n = spec.panels().size();
            int cols = n <= 2 ? n : 2;
            int rows = (n + cols - 1) / cols;
            double w = area.getWidth() / cols;
            double h = area.getHeight() / rows;
            AxisRange shared = AxisRange.of(spec.panels());
            for (int i = 0; i < n; i++) {
                Rectangle2D cell = new Rectangle2D.Double(area.getX() + (i % cols) * w, area.getY() + (i / cols) * h,
                        w, h);
                out.add(single(deck, slide, spec.panels().get(i), cell, shared, spec.panels().get(i).title()));
            }
        } else {
            out.add(single(deck, slide, spec, area, AxisRange.of(List.of(spec)), spec.valueLabel()));
        }
        return out;
    }

    /**
     * The text alternative of the chart just added: PowerPoint's "Alternativ tekst" (the graphic
     * frame's cNvPr {@code descr}, and its {@code title}), read out by screen readers.
     */
    static void describe(XSLFSlide slide, ChartDescription text) {
        // the slide's XML, not getShapes(): the shape list may have been read before the chart was added
        var frames = slide.getXmlObject().getCSld().getSpTree().getGraphicFrameArray();
        if (frames.length == 0) {
            return;
        }
        var cNvPr = frames[frames.length - 1].getNvGraphicFramePr().getCNvPr();
        cNvPr.setDescr(text.description());
        cNvPr.setTitle(text.title());
    }

    private static XSLFChart single(XMLSlideShow deck, XSLFSlide slide, ChartSpec spec, Rectangle2D area,
                                    AxisRange range, String title) {
        XSLFChart chart = deck.createChart();
        // POI takes the chart frame in EMU, unlike every other anchor, which is in points.
        double emu = org.apache.poi.util.Units.EMU_PER_POINT;
        slide.addChart(chart, new Rectangle2D.Double(area.getX() * emu, area.getY() * emu, area.getWidth() * emu,
                area.getHeight() * emu));
        describe(slide, ChartDescription.of(spec));
        if (title != null && !title.isBlank()) {
            chart.setTitleText(title);
            chart.setTitleOverlay(false);
            chart.getTitle().getBody().getParagraph(0).getTextRuns().forEach(r -> {
                r.setFontSize(12.0);
                r.setBold(false);
            });
        } else {
            chart.setAutoTitleDeleted(true);
        }
        chart.displayBlanksAs(DisplayBlanks.GAP);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        chart.getOrAddLegend().setOverlay(false);

        List<Period> periods = spec.categories();
        String[] categories = periods.stream().map(Period::label).toArray(String[]::new);
        int rows = Math.max(1, categories.length);
        XDDFCategoryDataSource cats = XDDFDataSourcesFactory.fromArray(categories,
                chart.formatRange(new CellRangeAddress(1, rows, 0, 0)), 0);

        XDDFCategoryAxis catAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        catAxis.setMajorTickMark(AxisTickMark.NONE);
        XDDFValueAxis valAxis = chart.createValueAxis(AxisPosition.LEFT);
        valAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        valAxis.setMinimum(range.lower());
        valAxis.setMaximum(range.upper());
        valAxis.setMajorUnit(range.tick());
        valAxis.setMajorTickMark(AxisTickMark.NONE);
        valAxis.setNumberFormat(NORWEGIAN + (spec.unit() == Unit.PERCENT ? "0 %" : "# ##0"));
        XDDFShapeProperties grid = valAxis.getOrAddMajorGridProperties();
        grid.setLineProperties(line(ChartPalette.GRID, 0.75, null));

        boolean columns = spec.kind() == ChartKind.YEARLY_COLUMNS || spec.kind() == ChartKind.COUNTS;
        Map<ChartSeries, Set<Integer>> hidden = hiddenLabels(spec, periods, range, columns);
        XDDFBarChartData barData = null;
        XDDFLineChartData lineData = null;
        int col = 1;
        int actualIndex = 0;
        for (ChartSeries s : spec.series()) {
            Double[] values = s.points().isEmpty() ? new Double[rows] : valuesOn(s, periods);
            XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromArray(values,
                    chart.formatRange(new CellRangeAddress(1, rows, col, col)), col);
            Color colour = ChartPalette.of(s.role(), s.role() == SeriesRole.ACTUAL ? actualIndex : 0);
            if (s.role() == SeriesRole.ACTUAL) {
                actualIndex++;
            }
            if (columns && s.role() == SeriesRole.ACTUAL) {
                if (barData == null) {
                    barData = (XDDFBarChartData) chart.createData(ChartTypes.BAR, catAxis, valAxis);
                    barData.setBarDirection(BarDirection.COL);
                    barData.setBarGrouping(BarGrouping.CLUSTERED);
                    barData.setGapWidth(60);
                    barData.setVaryColors(false);
                }
                XDDFBarChartData.Series bar = (XDDFBarChartData.Series) barData.addSeries(cats, vals);
                bar.setTitle(s.name(), chart.setSheetTitle(s.name(), col));
                bar.setFillProperties(new XDDFSolidFillProperties(color(colour)));
                boolean whiskers = s.points().stream().anyMatch(ChartPoint::hasInterval);
                if (s.labelled()) {
                    // a label above a column would sit on its whisker: inside the column's top instead, in white
                    labels(bar.getCTBarSer().addNewDLbls(), spec, s, periods,
                            whiskers ? STDLblPos.IN_END : STDLblPos.OUT_END, hidden.get(s),
                            whiskers ? Color.WHITE : ChartPalette.TEXT);
                }
                if (whiskers) {
                    errorBars(bar.getCTBarSer().addNewErrBars(), s, periods);
                }
            } else {
                if (lineData == null) {
                    lineData = (XDDFLineChartData) chart.createData(ChartTypes.LINE, catAxis, valAxis);
                    lineData.setVaryColors(false);
                }
                XDDFLineChartData.Series ls = (XDDFLineChartData.Series) lineData.addSeries(cats, vals);
                ls.setTitle(s.name(), chart.setSheetTitle(s.name(), col));
                ls.setSmooth(false);
                boolean actual = s.role() == SeriesRole.ACTUAL;
                ls.setMarkerStyle(actual ? MarkerStyle.CIRCLE : MarkerStyle.NONE);
                // No marker size: poi-ooxml-lite lacks that schema type, and PowerPoint's default size is fine.
                ls.setLineProperties(line(colour, actual ? 2.25 : 1.75, actual ? null : PresetLineDash.DASH));
                boolean whiskers = actual && s.points().stream().anyMatch(ChartPoint::hasInterval);
                if (actual && s.labelled()) {
                    // in the series' colour; beside the point when a whisker runs through above and below it
                    labels(ls.getCTLineSer().addNewDLbls(), spec, s, periods, whiskers ? STDLblPos.R : STDLblPos.T,
                            hidden.get(s), colour.darker());
                }
                if (whiskers) {
                    CTErrBars eb = ls.getCTLineSer().addNewErrBars();
                    eb.addNewErrDir().setVal(STErrDir.Y);
                    errorBars(eb, s, periods);
                }
            }
            col++;
        }
        for (AmbitionLine a : spec.ambitionsSet()) {
            if (lineData == null) {
                lineData = (XDDFLineChartData) chart.createData(ChartTypes.LINE, catAxis, valAxis);
                lineData.setVaryColors(false);
            }
            Double[] level = new Double[rows];
            java.util.Arrays.fill(level, a.value());
            String name = a.label() != null ? a.label() : "Ambisjon " + a.year();
            XDDFLineChartData.Series ls = (XDDFLineChartData.Series) lineData.addSeries(cats,
                    XDDFDataSourcesFactory.fromArray(level, chart.formatRange(new CellRangeAddress(1, rows, col, col)),
                            col));
            ls.setTitle(name, chart.setSheetTitle(name, col));
            ls.setSmooth(false);
            ls.setMarkerStyle(MarkerStyle.NONE);
            ls.setLineProperties(line(ChartPalette.AMBITION, 1.75, PresetLineDash.DASH));
            col++;
        }
        if (barData != null) {
            chart.plot(barData);
        }
        if (lineData != null) {
            chart.plot(lineData);
        }
        breakMarks(slide, chart, spec, periods, area, title != null && !title.isBlank());
        return chart;
    }

    /** Where the plot sits inside the chart frame when a break is drawn on it (fractions of the frame). */
    static final double PLOT_X = 0.10;
    static final double PLOT_W = 0.86;
    static final double PLOT_BOTTOM = 0.30;

    /**
     * A series break drawn on the chart itself, not only in the footnote: the plot gets a fixed
     * place in the frame (a manual layout, honoured by PowerPoint and LibreOffice alike), so the
     * dashed line between the last period before the break and the first after it can be drawn
     * on the slide exactly at that category boundary, labelled "Brudd i serien*".
     */
    private static void breakMarks(XSLFSlide slide, XSLFChart chart, ChartSpec spec, List<Period> periods,
                                   Rectangle2D area, boolean titled) {
        List<Integer> at = breakIndexes(spec, periods);
        if (at.isEmpty()) {
            return;
        }
        double top = titled ? 0.14 : 0.05;
        org.apache.poi.xddf.usermodel.chart.XDDFManualLayout layout = chart.getOrAddManualLayout();
        layout.setTarget(org.apache.poi.xddf.usermodel.chart.LayoutTarget.INNER);
        layout.setXMode(org.apache.poi.xddf.usermodel.chart.LayoutMode.EDGE);
        layout.setYMode(org.apache.poi.xddf.usermodel.chart.LayoutMode.EDGE);
        layout.setX(PLOT_X);
        layout.setY(top);
        layout.setWidthRatio(PLOT_W);
        layout.setHeightRatio(1 - top - PLOT_BOTTOM);
        double plotLeft = area.getX() + PLOT_X * area.getWidth();
        double plotWidth = PLOT_W * area.getWidth();
        double plotTop = area.getY() + top * area.getHeight();
        double plotHeight = (1 - top - PLOT_BOTTOM) * area.getHeight();
        for (int i : at) {
            double x = plotLeft + plotWidth * i / periods.size();
            org.apache.poi.xslf.usermodel.XSLFConnectorShape line = slide.createConnector();
            line.setAnchor(new Rectangle2D.Double(x, plotTop, 0, plotHeight));
            line.setLineColor(ChartPalette.MUTED_TEXT);
            line.setLineWidth(1.0);
            line.setLineDash(org.apache.poi.sl.usermodel.StrokeStyle.LineDash.DASH);
            SlideText.text(slide, new Rectangle2D.Double(x + 2, plotTop, 90, 14), BREAK_LABEL, 8, false,
                    ChartPalette.MUTED_TEXT);
        }
    }

    static final String BREAK_LABEL = "Brudd i serien*";

    /** The category index each break starts at (the first period on or after it); never the first category. */
    static List<Integer> breakIndexes(ChartSpec spec, List<Period> periods) {
        List<Integer> out = new ArrayList<>();
        for (no.framdrift.report.chart.BreakMark b : spec.breaks()) {
            for (int i = 0; i < periods.size(); i++) {
                if (periods.get(i).compareTo(b.period()) >= 0) {
                    if (i > 0 && !out.contains(i)) {
                        out.add(i);
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** The series' values on the category periods: null where suppressed or missing (an empty cell, a gap). */
    static Double[] valuesOn(ChartSeries s, List<Period> periods) {
        Double[] values = new Double[periods.size()];
        for (int i = 0; i < periods.size(); i++) {
            values[i] = s.pointAt(periods.get(i)).flatMap(ChartPoint::drawable).orElse(null);
        }
        return values;
    }

    /** Custom (asymmetric) error bars: the 95 % interval around each value, empty where there is none. */
    private static void errorBars(CTErrBars bars, ChartSeries s, List<Period> periods) {
        bars.addNewErrBarType().setVal(STErrBarType.BOTH);
        bars.addNewErrValType().setVal(STErrValType.CUST);
        bars.addNewNoEndCap().setVal(false);
        CTNumData plus = bars.addNewPlus().addNewNumLit();
        CTNumData minus = bars.addNewMinus().addNewNumLit();
        plus.addNewPtCount().setVal(periods.size());
        minus.addNewPtCount().setVal(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            ChartPoint p = s.pointAt(periods.get(i)).filter(ChartPoint::hasInterval).orElse(null);
            if (p != null) {
                CTNumVal up = plus.addNewPt();
                up.setIdx(i);
                up.setV(Double.toString(p.high() - p.value()));
                CTNumVal down = minus.addNewPt();
                down.setIdx(i);
                down.setV(Double.toString(p.value() - p.low()));
            }
        }
        XDDFLineProperties line = line(ChartPalette.TEXT, 1.25, null);
        bars.addNewSpPr().addNewLn().set(line.getXmlObject());
    }

    /**
     * PowerPoint does not move colliding labels, so the deck decides: at most about twelve labelled
     * periods (always the latest), and in each period a label only where it keeps a clear distance
     * from a higher series' label (PLL: 1,0 % nationally is not printed over 1,1 % in Helse Nord).
     */
    static Map<ChartSeries, Set<Integer>> hiddenLabels(ChartSpec spec, List<Period> periods, AxisRange range,
                                                      boolean columns) {
        Map<ChartSeries, Set<Integer>> hidden = new HashMap<>();
        List<ChartSeries> labelled = spec.series().stream()
                .filter(s -> s.labelled() && s.role() == SeriesRole.ACTUAL).toList();
        int n = periods.size();
        int step = Math.max(1, (int) Math.ceil(n / 12.0));
        double clearance = 0.07 * (range.upper() - range.lower());
        for (ChartSeries s : labelled) {
            hidden.put(s, new HashSet<>());
        }
        for (int i = 0; i < n; i++) {
            Period p = periods.get(i);
            List<double[]> kept = new ArrayList<>();
            List<ChartSeries> byValue = labelled.stream()
                    .filter(s -> s.pointAt(p).flatMap(ChartPoint::drawable).isPresent())
                    .sorted(Comparator.comparingDouble(
                            (ChartSeries s) -> -s.pointAt(p).flatMap(ChartPoint::drawable).orElseThrow()))
                    .toList();
            for (ChartSeries s : labelled) {
                if ((n - 1 - i) % step != 0) {
                    hidden.get(s).add(i);
                }
            }
            if (columns) {
                continue;
            }
            for (ChartSeries s : byValue) {
                double v = s.pointAt(p).flatMap(ChartPoint::drawable).orElseThrow();
                if (kept.stream().allMatch(k -> Math.abs(k[0] - v) >= clearance)) {
                    kept.add(new double[]{v});
                } else {
                    hidden.get(s).add(i);
                }
            }
        }
        return hidden;
    }

    /**
     * The series' data labels. Hidden points get {@code <c:dLbl><c:idx/><c:delete val="1"/>}; every
     * shown point gets its Norwegian text ("12,1 %") as the label's own text, so PowerPoint shows a
     * decimal comma on an English Windows too (a number format cannot force it there). The shared
     * settings keep the {@code [$-414]} number format for labels PowerPoint or LibreOffice redraw
     * after "Edit data". poi-ooxml-lite has no compiled type for {@code <c:dLbl>} or text bodies,
     * so the entries are written through a cursor, before the shared settings.
     */
    private static void labels(CTDLbls dl, ChartSpec spec, ChartSeries s, List<Period> periods,
                               STDLblPos.Enum position, Set<Integer> hidden, Color colour) {
        Set<Integer> skip = hidden == null ? Set.of() : hidden;
        try (XmlCursor c = dl.newCursor()) {
            if (!c.toFirstChild()) {
                c.toEndToken();
            }
            for (int i = 0; i < periods.size(); i++) {
                int index = i;
                String text = skip.contains(i) ? null
                        : s.pointAt(periods.get(i)).flatMap(spec::labelOf).orElse(null);
                c.beginElement(C_DLBL);
                empty(c, C_IDX, Integer.toString(index));
                if (text == null) {
                    empty(c, C_DELETE, "1");
                } else {
                    c.beginElement(new QName(C, "tx", "c"));
                    c.beginElement(new QName(C, "rich", "c"));
                    c.beginElement(new QName(A, "bodyPr", "a"));
                    c.toNextToken();
                    c.beginElement(new QName(A, "p", "a"));
                    c.beginElement(new QName(A, "r", "a"));
                    c.beginElement(new QName(A, "rPr", "a"));
                    c.insertAttributeWithValue("lang", "nb-NO");
                    c.insertAttributeWithValue("sz", "900");
                    c.beginElement(new QName(A, "solidFill", "a"));
                    empty(c, new QName(A, "srgbClr", "a"), hex(colour));
                    c.toNextToken(); // solidFill
                    c.toNextToken(); // rPr
                    c.beginElement(new QName(A, "t", "a"));
                    c.insertChars(text);
                    c.toNextToken(); // t
                    c.toNextToken(); // r
                    c.toNextToken(); // p
                    c.toNextToken(); // rich
                    c.toNextToken(); // tx
                    empty(c, new QName(C, "dLblPos", "c"), position.toString());
                    empty(c, new QName(C, "showLegendKey", "c"), "0");
                    empty(c, new QName(C, "showVal", "c"), "1");
                    empty(c, new QName(C, "showCatName", "c"), "0");
                    empty(c, new QName(C, "showSerName", "c"), "0");
                    empty(c, new QName(C, "showPercent", "c"), "0");
                    empty(c, new QName(C, "showBubbleSize", "c"), "0");
                }
                c.toNextToken(); // dLbl
            }
        }
        dl.addNewNumFmt().setFormatCode(labelFormat(spec));
        dl.getNumFmt().setSourceLinked(false);
        dl.addNewDLblPos().setVal(position);
        dl.addNewShowLegendKey().setVal(false);
        dl.addNewShowVal().setVal(true);
        dl.addNewShowCatName().setVal(false);
        dl.addNewShowSerName().setVal(false);
        dl.addNewShowPercent().setVal(false);
        dl.addNewShowBubbleSize().setVal(false);
    }

    /** "[$-414]0.0 %": the format code itself is always written with a dot, as OOXML requires. */
    static String labelFormat(ChartSpec spec) {
        return NORWEGIAN + (spec.unit() == Unit.PERCENT
                ? (spec.decimals() > 0 ? "0." + "0".repeat(spec.decimals()) : "0") + " %"
                : (spec.decimals() > 0 ? "# ##0." + "0".repeat(spec.decimals()) : "# ##0"));
    }

    /** An empty element with a {@code val} attribute, the cursor left after it. */
    private static void empty(XmlCursor c, QName name, String val) {
        c.beginElement(name);
        c.insertAttributeWithValue("val", val);
        c.toNextToken();
    }

    private static String hex(Color c) {
        return String.format("%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }

    private static XDDFLineProperties line(Color colour, double width, PresetLineDash dash) {
        XDDFLineProperties line = new XDDFLineProperties();
        line.setFillProperties(new XDDFSolidFillProperties(color(colour)));
        line.setWidth(width);
        if (dash != null) {
            line.setPresetDash(new XDDFPresetLineDash(dash));
        }
        return line;
    }

    private static XDDFColor color(Color c) {
        return XDDFColor.from(new byte[]{(byte) c.getRed(), (byte) c.getGreen(), (byte) c.getBlue()});
    }
}
