package no.framdrift.report.chart;

import java.util.Optional;

/**
 * An ambition drawn as a dashed horizontal line with its label ("Ambisjon 2026 (25 %)"). A null
 * value is an ambition not yet set: no line is drawn, the chart says so in a note instead.
 */
public record AmbitionLine(int year, Double value, String label) {

    public Optional<Double> target() {
        return Optional.ofNullable(value);
    }

    public boolean isSet() {
        return value != null && !value.isNaN();
    }
}
