package no.framdrift.report.chart;

/**
 * A hint for the value axis, in the unit of the values (fractions for shares): e.g. 0–0.4 with a
 * tick every 0.1 for "0 % … 40 %". A null field is chosen from the data.
 */
public record ValueRange(Double min, Double max, Double tick) {

    public static ValueRange of(double min, double max, double tick) {
        return new ValueRange(min, max, tick);
    }

    public static ValueRange auto() {
        return new ValueRange(null, null, null);
    }
}
