package no.framdrift.stats;

import java.util.Collection;
import java.util.OptionalDouble;

/**
 * Combining parts into one number: the composite index (a weighted mean of the parts' values, only
 * when every part has the same unit, since adding per cent to counts means nothing) and the average
 * of shares (the plain mean of several questions' shares, as for the rådsmodell).
 */
public final class CompositeIndex {

    private CompositeIndex() {
    }

    /**
     * Σ weight·value / Σ weight over the parts; empty when there are no parts, the units differ, a
     * value is missing (NaN) or the weights do not add up to something positive.
     */
    public static OptionalDouble of(Collection<CompositePart> parts) {
        if (parts.isEmpty()) {
            return OptionalDouble.empty();
        }
        var unit = parts.iterator().next().unit();
        double weighted = 0;
        double weights = 0;
        for (CompositePart part : parts) {
            if (part.unit() != unit || Double.isNaN(part.value()) || Double.isNaN(part.weight())
                    || part.weight() < 0) {
                return OptionalDouble.empty();
            }
            weighted += part.weight() * part.value();
            weights += part.weight();
        }
        return weights > 0 ? OptionalDouble.of(weighted / weights) : OptionalDouble.empty();
    }

    /** The mean of the parts' shares (each question counts once); empty when none or one is missing. */
    public static OptionalDouble averageOfShares(Collection<Double> shares) {
        if (shares.isEmpty()) {
            return OptionalDouble.empty();
        }
        double sum = 0;
        for (Double s : shares) {
            if (s == null || s.isNaN()) {
                return OptionalDouble.empty();
            }
            sum += s;
        }
        return OptionalDouble.of(sum / shares.size());
    }
}
