package no.framdrift.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import no.framdrift.domain.Ambition;
import no.framdrift.domain.Baseline;
import no.framdrift.domain.Period;

/**
 * The planned path: straight lines from the baseline (period, value) to the first ambition's target
 * at the end of its year, and from there to each later ambition. Ambitions not yet set ("XX") are
 * no waypoints; a period whose next ambition is unset has no planned value (see
 * {@link #governingAmbition}). After the last ambition the path stays at its target.
 * Values are in the ambition's scale (per cent for percentages: 25 = 25 %). Times on {@link TimeAxis}.
 */
public final class AmbitionPath {

    private final Period baselinePeriod;
    private final double baselineValue;
    private final List<Ambition> ambitions;

    public AmbitionPath(Period baselinePeriod, double baselineValue, List<Ambition> ambitions) {
        this.baselinePeriod = Objects.requireNonNull(baselinePeriod, "baselinePeriod");
        this.baselineValue = baselineValue;
        List<Ambition> sorted = new ArrayList<>(ambitions);
        sorted.removeIf(a -> TimeAxis.ofAmbitionYear(a.year()) <= TimeAxis.of(baselinePeriod));
        sorted.sort(Comparator.comparingInt(Ambition::year));
        this.ambitions = List.copyOf(sorted);
    }

    /**
     * The path from the indicator's baseline, its value looked up in the series; empty when the
     * baseline is missing, does not parse or has no value in the series.
     */
    public static Optional<AmbitionPath> from(Baseline baseline, List<SeriesPoint> series, List<Ambition> ambitions) {
        if (baseline == null) {
            return Optional.empty();
        }
        return Period.parse(baseline.period()).flatMap(period -> series.stream()
                .filter(p -> p.period().equals(period) && !Double.isNaN(p.value()))
                .findFirst()
                .map(p -> new AmbitionPath(period, p.value(), ambitions)));
    }

    public Period baselinePeriod() {
        return baselinePeriod;
    }

    public double baselineValue() {
        return baselineValue;
    }

    /** The ambitions after the baseline, in year order. */
    public List<Ambition> ambitions() {
        return ambitions;
    }

    /**
     * The ambition a period is judged against: the first set ambition whose year ends at or after
     * the period; if none is set from there on, the first unset one (status "ambition not set");
     * after every ambition, the last one.
     */
    public Optional<Ambition> governingAmbition(Period period) {
        double t = TimeAxis.of(period);
        Ambition firstUnset = null;
        for (Ambition a : ambitions) {
            if (TimeAxis.ofAmbitionYear(a.year()) >= t - 1e-9) {
                if (a.isSet()) {
                    return Optional.of(a);
                }
                if (firstUnset == null) {
                    firstUnset = a;
                }
            }
        }
        if (firstUnset != null) {
            return Optional.of(firstUnset);
        }
        return ambitions.isEmpty() ? Optional.empty() : Optional.of(ambitions.get(ambitions.size() - 1));
    }

    /** The planned value at the end of the period; empty before the baseline or when the governing ambition is unset. */
    public OptionalDouble plannedAt(Period period) {
        double t = TimeAxis.of(period);
        double t0 = TimeAxis.of(baselinePeriod);
        if (t < t0 - 1e-9) {
            return OptionalDouble.empty();
        }
        Optional<Ambition> governing = governingAmbition(period);
        if (governing.isEmpty() || !governing.get().isSet()) {
            return OptionalDouble.empty();
        }
        double fromTime = t0;
        double fromValue = baselineValue;
        for (Ambition a : ambitions) {
            if (!a.isSet()) {
                continue;
            }
            double toTime = TimeAxis.ofAmbitionYear(a.year());
            if (t <= toTime + 1e-9) {
                return OptionalDouble.of(fromValue + (a.target() - fromValue) * (t - fromTime) / (toTime - fromTime));
            }
            fromTime = toTime;
            fromValue = a.target();
        }
        return OptionalDouble.of(fromValue);
    }
}
