package no.framdrift.stats;

import java.util.Objects;

import no.framdrift.domain.Period;

/** One value of an indicator's series, in the scale its ambitions use (per cent for percentages: 25 = 25 %). */
public record SeriesPoint(Period period, double value) {

    public SeriesPoint {
        Objects.requireNonNull(period, "period");
    }
}
