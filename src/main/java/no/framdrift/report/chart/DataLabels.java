package no.framdrift.report.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Data labels, ambition labels and break labels laid out at draw time, in pixels, for the size
 * actually drawn: labels are placed in priority order above (or else below) their point and a
 * label that would overlap one already placed, or leave the plot, is dropped. This is what keeps
 * close series (PLL: 1,0 % nationally beside 5,2 % in Helse Nord) and long monthly series readable
 * at 800 × 450 as well as at 1600 × 900.
 */
public final class DataLabels extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;

    /** A value label at a data point; {@code top} is where a column or whisker ends. */
    record Candidate(double x, double y, double top, double bottom, String text, Color color, boolean column) {

        Candidate(double x, double y, double top, String text, Color color, boolean column) {
            this(x, y, top, y, text, color, column);
        }
    }

    record LineLabel(double value, String text) {
    }

    record BreakLabel(double x, String text) {
    }

    private final transient ChartLook look;
    private final List<LineLabel> ambitions = new ArrayList<>();
    private final List<BreakLabel> breaks = new ArrayList<>();
    private final List<double[]> points = new ArrayList<>();
    private final List<double[]> whiskers = new ArrayList<>();
    private final List<Candidate> candidates = new ArrayList<>();
    /** What the last drawing placed, for tests and for the viewer's tooltips. */
    private final transient List<String> placed = new ArrayList<>();
    private final transient List<Rectangle2D> placedAreas = new ArrayList<>();
    private transient Rectangle2D lastDataArea;

    DataLabels(ChartLook look) {
        this.look = look;
    }

    void ambition(double value, String text) {
        ambitions.add(new LineLabel(value, text));
    }

    void seriesBreak(double x, String text) {
        breaks.add(new BreakLabel(x, text));
    }

    /** A drawn marker that labels must not cover. */
    void point(double x, double y) {
        points.add(new double[]{x, y});
    }

    /** A drawn error whisker (x, low, high) that no label may sit on. */
    void whisker(double x, double low, double high) {
        whiskers.add(new double[]{x, low, high});
    }

    /** Candidates in priority order: earlier ones win a conflict. */
    void candidate(Candidate c) {
        candidates.add(c);
    }

    List<String> placedTexts() {
        return List.copyOf(placed);
    }

    /** The rectangles of the labels placed by the last drawing, in drawing coordinates. */
    List<Rectangle2D> placedAreas() {
        return List.copyOf(placedAreas);
    }

    Rectangle2D lastDataArea() {
        return lastDataArea;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        List<Rectangle2D> taken = new ArrayList<>();
        placed.clear();
        placedAreas.clear();
        lastDataArea = (Rectangle2D) dataArea.clone();
        double gap = look.gap();

        Font markerFont = look.markerLabel();
        FontMetrics mm = g2.getFontMetrics(markerFont);
        for (LineLabel a : ambitions) {
            double y = rangeAxis.valueToJava2D(a.value(), dataArea, yEdge);
            taken.add(new Rectangle2D.Double(dataArea.getMinX(), y - 1.5, dataArea.getWidth(), 3));
            double w = mm.stringWidth(a.text());
            double h = mm.getAscent() + mm.getDescent();
            // a full gap from the dashed line: brackets and descenders must not touch it
            Rectangle2D r = new Rectangle2D.Double(dataArea.getMaxX() - w - gap, y - gap - h, w, h);
            if (r.getMinY() < dataArea.getMinY()) {
                r = new Rectangle2D.Double(r.getX(), y + gap, w, h);
            }
            drawText(g2, markerFont, mm, a.text(), r, ChartPalette.AMBITION);
            taken.add(grow(r, 2));
            placed.add(a.text());
            placedAreas.add(r);
        }
        for (BreakLabel b : breaks) {
            double x = domainAxis.valueToJava2D(b.x(), dataArea, xEdge);
            double w = mm.stringWidth(b.text());
            double h = mm.getAscent() + mm.getDescent();
            Rectangle2D r = new Rectangle2D.Double(x + gap / 2, dataArea.getMinY() + gap / 2, w, h);
            if (r.getMaxX() > dataArea.getMaxX()) {
                r = new Rectangle2D.Double(x - gap / 2 - w, r.getY(), w, h);
            }
            drawText(g2, markerFont, mm, b.text(), r, ChartPalette.MUTED_TEXT);
            taken.add(grow(r, 2));
            placed.add(b.text());
            placedAreas.add(r);
        }
        double half = look.marker() / 2;
        for (double[] p : points) {
            double px = domainAxis.valueToJava2D(p[0], dataArea, xEdge);
            double py = rangeAxis.valueToJava2D(p[1], dataArea, yEdge);
            taken.add(new Rectangle2D.Double(px - half, py - half, 2 * half, 2 * half));
        }

        for (double[] w : whiskers) {
            double px = domainAxis.valueToJava2D(w[0], dataArea, xEdge);
            double lo = rangeAxis.valueToJava2D(w[1], dataArea, yEdge);
            double hi = rangeAxis.valueToJava2D(w[2], dataArea, yEdge);
            double capHalf = Math.max(half, 3);
            taken.add(new Rectangle2D.Double(px - capHalf, Math.min(lo, hi) - 1, 2 * capHalf, Math.abs(lo - hi) + 2));
        }

        Font font = look.dataLabel();
        FontMetrics fm = g2.getFontMetrics(font);
        double h = fm.getAscent() + fm.getDescent();
        for (Candidate c : candidates) {
            double px = domainAxis.valueToJava2D(c.x(), dataArea, xEdge);
            double py = rangeAxis.valueToJava2D(c.y(), dataArea, yEdge);
            double pTop = rangeAxis.valueToJava2D(c.top(), dataArea, yEdge);
            double w = fm.stringWidth(c.text());
            Rectangle2D above = new Rectangle2D.Double(px - w / 2, Math.min(py, pTop) - gap - h, w, h);
            double pBottom = rangeAxis.valueToJava2D(c.bottom(), dataArea, yEdge);
            Rectangle2D below = c.column()
                    ? new Rectangle2D.Double(px - w / 2, py + gap, w, h) // inside the column, under its top
                    : new Rectangle2D.Double(px - w / 2, Math.max(py, pBottom) + gap, w, h); // under the whisker
            Rectangle2D chosen = null;
            for (Rectangle2D r : new Rectangle2D[]{above, below}) {
                if (dataArea.contains(r) && taken.stream().noneMatch(t -> t.intersects(r))
                        && !(c.column() && r == below && py + gap + h > rangeAxis.valueToJava2D(0, dataArea, yEdge))) {
                    chosen = r;
                    break;
                }
            }
            if (chosen == null) {
                continue;
            }
            boolean inside = c.column() && chosen == below;
            drawText(g2, font, fm, c.text(), chosen, inside ? Color.WHITE : c.color().darker(), !inside);
            taken.add(grow(chosen, Math.max(2, gap / 3)));
            placed.add(c.text());
            placedAreas.add(chosen);
        }
    }

    private static Rectangle2D grow(Rectangle2D r, double d) {
        return new Rectangle2D.Double(r.getX() - d, r.getY() - d, r.getWidth() + 2 * d, r.getHeight() + 2 * d);
    }

    private static void drawText(Graphics2D g2, Font font, FontMetrics fm, String text, Rectangle2D r, Color color) {
        drawText(g2, font, fm, text, r, color, true);
    }

    /** Text on a faint white halo, so a label stays legible where it crosses a grid line or a line. */
    private static void drawText(Graphics2D g2, Font font, FontMetrics fm, String text, Rectangle2D r, Color color,
                                 boolean halo) {
        if (halo) {
            g2.setPaint(new Color(255, 255, 255, 215));
            g2.fill(grow(r, 1));
        }
        g2.setFont(font);
        g2.setPaint(color);
        g2.drawString(text, (float) r.getX(), (float) (r.getY() + fm.getAscent()));
    }
}
