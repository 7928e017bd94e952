package no.framdrift.report.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Stroke;

/**
 * Font sizes and strokes for one drawing size. Sizes are set for 1600 × 900 and scale with the
 * drawing, with floors so an 800 × 450 chart stays readable (the data labels then thin out
 * instead of shrinking further).
 */
public record ChartLook(double scale) {

    private static final String FAMILY = "SansSerif";

    static ChartLook forSize(double width, double height) {
        double s = Math.min(width / 1600.0, height / 900.0);
        return new ChartLook(Math.max(0.4, Math.min(2.5, s)));
    }

    private int size(double base, double floor) {
        return (int) Math.round(Math.max(floor, base * scale));
    }

    Font title() { return new Font(FAMILY, Font.BOLD, size(34, 15)); }
    Font subtitle() { return new Font(FAMILY, Font.PLAIN, size(24, 12)); }
    Font status() { return new Font(FAMILY, Font.BOLD, size(22, 11)); }
    Font tick() { return new Font(FAMILY, Font.PLAIN, size(20, 10)); }
    Font axisLabel() { return new Font(FAMILY, Font.PLAIN, size(20, 10)); }
    Font legend() { return new Font(FAMILY, Font.PLAIN, size(20, 10)); }
    Font dataLabel() { return new Font(FAMILY, Font.BOLD, size(19, 10)); }
    Font markerLabel() { return new Font(FAMILY, Font.PLAIN, size(19, 10)); }
    Font footnote() { return new Font(FAMILY, Font.PLAIN, size(16, 9)); }

    float line() { return (float) Math.max(1.5, 3.5 * scale); }

    double marker() { return Math.max(4, 10 * scale); }

    double gap() { return Math.max(3, 8 * scale); }

    Stroke solid() {
        return new BasicStroke(line(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    Stroke dashed() {
        float w = line() * 0.8f;
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[]{w * 4, w * 2.5f}, 0f);
    }

    Stroke dotDashed() {
        float w = line() * 0.8f;
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[]{w * 5, w * 2, w, w * 2}, 0f);
    }

    Stroke thin() {
        return new BasicStroke((float) Math.max(1, 1.5 * scale));
    }

    Stroke thinDashed() {
        float w = (float) Math.max(1, 2 * scale);
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[]{w * 3, w * 3}, 0f);
    }
}
