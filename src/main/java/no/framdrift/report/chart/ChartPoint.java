package no.framdrift.report.chart;

import java.util.Objects;
import java.util.Optional;
import no.framdrift.domain.Period;

/**
 * One value of a series. Shares are fractions 0–1, counts are counts. A suppressed point (too few
 * answers, a count below the threshold) and a missing point ({@code value == null}) are drawn as a
 * gap, never as zero. {@code low}/{@code high} is the 95 % interval, when there is one.
 * {@code label} overrides the formatted data label.
 */
public record ChartPoint(Period period, Double value, Double low, Double high, boolean suppressed, String label) {

    public ChartPoint {
        Objects.requireNonNull(period, "period");
    }

    public static ChartPoint of(Period period, double value) {
        return new ChartPoint(period, value, null, null, false, null);
    }

    public static ChartPoint withInterval(Period period, double value, double low, double high) {
        return new ChartPoint(period, value, low, high, false, null);
    }

    public static ChartPoint suppressed(Period period) {
        return new ChartPoint(period, null, null, null, true, null);
    }

    /** The value to draw: empty when suppressed or missing, so every renderer leaves a gap. */
    public Optional<Double> drawable() {
        return suppressed || value == null || value.isNaN() ? Optional.empty() : Optional.of(value);
    }

    public boolean hasInterval() {
        return drawable().isPresent() && low != null && high != null;
    }
}
