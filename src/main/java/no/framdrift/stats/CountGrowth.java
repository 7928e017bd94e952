package no.framdrift.stats;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import no.framdrift.domain.Period;

/** Growth of a count against the same period one and two years earlier, in per cent. */
public final class CountGrowth {

    private CountGrowth() {
    }

    /** The growth at {@code period} in a series of counts, or empty when the series lacks that period. */
    public static Optional<Growth> at(Map<Period, Double> counts, Period period) {
        Double value = counts.get(period);
        if (value == null || value.isNaN()) {
            return Optional.empty();
        }
        OptionalDouble one = valueAt(counts, period.minusYears(1));
        OptionalDouble two = valueAt(counts, period.minusYears(2));
        return Optional.of(new Growth(period, value, one, two, percent(value, one), percent(value, two)));
    }

    /** (value / earlier − 1)·100, or empty when the earlier value is unknown or 0. */
    public static OptionalDouble percent(double value, OptionalDouble earlier) {
        if (earlier.isEmpty() || earlier.getAsDouble() == 0.0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((value / earlier.getAsDouble() - 1.0) * 100.0);
    }

    private static OptionalDouble valueAt(Map<Period, Double> counts, Period period) {
        Double v = counts.get(period);
        return v == null || v.isNaN() ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
