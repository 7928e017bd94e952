package no.framdrift.report.chart;

import java.util.List;
import no.framdrift.domain.Unit;

/**
 * The value axis every renderer uses for a chart: the spec's hint where given, else from 0 to a
 * round number above the data and the ambitions. Shared so the PNG and the slide show the same scale.
 */
public record AxisRange(double lower, double upper, double tick) {

    public static AxisRange of(List<ChartSpec> specs) {
        ChartSpec first = specs.get(0);
        Unit unit = first.unit();
        ValueRange hint = first.valueRange();
        double max = 0;
        double min = 0;
        for (ChartSpec s : specs) {
            for (ChartSeries series : s.allSeries()) {
                for (ChartPoint p : series.points()) {
                    if (p.drawable().isPresent()) {
                        max = Math.max(max, p.hasInterval() ? Math.max(p.value(), p.high()) : p.value());
                        min = Math.min(min, p.hasInterval() ? Math.min(p.value(), p.low()) : p.value());
                    }
                }
            }
            for (AmbitionLine a : s.ambitionsSet()) {
                max = Math.max(max, a.value());
            }
        }
        if (max <= 0) {
            max = unit == Unit.PERCENT ? 1.0 : 10;
        }
        double lower = hint.min() != null ? hint.min() : min < 0 ? min * 1.15 : 0;
        double rough = hint.max() != null ? hint.max() : max * 1.15;
        double tick = hint.tick() != null ? hint.tick() : nice((rough - lower) / 5, unit);
        double upper = hint.max() != null ? hint.max() : Math.ceil(rough / tick - 1e-9) * tick;
        if (unit == Unit.PERCENT && hint.max() == null && max <= 1.0 && upper > 1.0) {
            upper = 1.0; // shares never exceed 100 %: a label may then move below its point instead
        }
        if (hint.min() == null && lower < 0) {
            lower = Math.floor(lower / tick + 1e-9) * tick;
        }
        return new AxisRange(lower, upper, tick);
    }

    /** A round tick size (1, 2, 2.5 or 5 × 10ⁿ); counts tick in whole numbers. */
    static double nice(double rough, Unit unit) {
        if (rough <= 0) {
            return unit == Unit.PERCENT ? 0.1 : 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[]{1, 2, 2.5, 5, 10}) {
            double t = m * magnitude;
            if (t >= rough - 1e-12) {
                return unit == Unit.COUNT ? Math.max(1, Math.round(t)) : t;
            }
        }
        return 10 * magnitude;
    }
}
