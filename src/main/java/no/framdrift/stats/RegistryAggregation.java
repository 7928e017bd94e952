package no.framdrift.stats;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import no.framdrift.domain.Period;
import no.framdrift.domain.TimeAggregation;

/**
 * Registry shares and counts over a set of areas (a county, a health region, Norway, or a custom
 * area given as its municipalities) and over a period that contains the imported ones (months to
 * a quarter, half-year or year), following the indicator's {@link TimeAggregation}.
 *
 * <p>Over areas a share is always a ratio of sums, Σ numerators / Σ denominators, never a mean of
 * shares (DESIGN.md). Over time:
 * <ul>
 * <li>{@link TimeAggregation#RATIO_OF_SUMS} (flows): Σ numerators / Σ denominators over every
 * imported period it contains; {@link TimeAggregation#SUM} is the same for counts;</li>
 * <li>{@link TimeAggregation#END_OF_PERIOD} (stocks, cumulative shares such as PLL): the value of
 * the latest imported period it contains (a quarter of PLL is its last month);</li>
 * <li>{@link TimeAggregation#MEAN_OF_MONTHS} (e.g. logins on behalf of others): the mean of the
 * values of the imported periods it contains, each of those a ratio of sums over the areas.</li>
 * </ul>
 * {@link RegistryValue#latest()} names the latest period used, so a caller can tell an incomplete
 * period and say which month an end-of-period value is for.
 */
public final class RegistryAggregation {

    private final SuppressionSettings suppression;

    public RegistryAggregation(SuppressionSettings suppression) {
        this.suppression = suppression;
    }

    public RegistryAggregation() {
        this(SuppressionSettings.DEFAULTS);
    }

    /** The share for {@code target} over {@code areas}, or empty when no cell with a denominator covers it. */
    public Optional<RegistryValue> share(Collection<RegistryCell> cells, Set<String> areas, Period target,
            TimeAggregation how) {
        TreeMap<Period, double[]> byPeriod = new TreeMap<>();
        for (RegistryCell cell : cells) {
            if (areas.contains(cell.area()) && target.contains(cell.period()) && cell.denominator() > 0) {
                double[] sums = byPeriod.computeIfAbsent(cell.period(), p -> new double[2]);
                sums[0] += cell.numerator();
                sums[1] += cell.denominator();
            }
        }
        if (byPeriod.isEmpty()) {
            return Optional.empty();
        }
        Map.Entry<Period, double[]> last = byPeriod.lastEntry();
        if (how == TimeAggregation.END_OF_PERIOD) {
            double[] s = last.getValue();
            return Optional.of(new RegistryValue(target, s[0] / s[1], s[0], s[1], byPeriod.size(),
                    suppression.suppressesRegistry(s[0]), last.getKey()));
        }
        double numerator = 0;
        double denominator = 0;
        double sumOfShares = 0;
        for (double[] sums : byPeriod.values()) {
            numerator += sums[0];
            denominator += sums[1];
            sumOfShares += sums[0] / sums[1];
        }
        double value = how == TimeAggregation.MEAN_OF_MONTHS
                ? sumOfShares / byPeriod.size()
                : numerator / denominator;
        return Optional.of(new RegistryValue(target, value, numerator, denominator, byPeriod.size(),
                suppression.suppressesRegistry(numerator), last.getKey()));
    }

    /** The count for {@code target} over {@code areas} as a sum over time, or empty when none. */
    public Optional<RegistryValue> count(Collection<RegistryCell> cells, Set<String> areas, Period target) {
        return count(cells, areas, target, TimeAggregation.SUM);
    }

    /**
     * The count for {@code target} over {@code areas}: the sum over the areas of each imported
     * period, then over time as {@code how} says (the sum, the last period's, or the mean of the
     * periods'); empty when none.
     */
    public Optional<RegistryValue> count(Collection<RegistryCell> cells, Set<String> areas, Period target,
            TimeAggregation how) {
        TreeMap<Period, Double> byPeriod = new TreeMap<>();
        for (RegistryCell cell : cells) {
            if (areas.contains(cell.area()) && target.contains(cell.period())) {
                byPeriod.merge(cell.period(), cell.numerator(), Double::sum);
            }
        }
        if (byPeriod.isEmpty()) {
            return Optional.empty();
        }
        double sum = byPeriod.values().stream().mapToDouble(Double::doubleValue).sum();
        double value = switch (how) {
            case END_OF_PERIOD -> byPeriod.lastEntry().getValue();
            case MEAN_OF_MONTHS -> sum / byPeriod.size();
            case SUM, RATIO_OF_SUMS -> sum;
        };
        // what is suppressed is the count shown: a mean or a last month below the threshold too
        return Optional.of(new RegistryValue(target, value, value, Double.NaN, byPeriod.size(),
                suppression.suppressesRegistry(value), byPeriod.lastKey()));
    }

    /** Shares for every period of the given granularity that the cells touch, in time order. */
    public List<RegistryValue> shareSeries(Collection<RegistryCell> cells, Set<String> areas,
            Period.Granularity granularity, TimeAggregation how) {
        return targets(cells, areas, granularity).stream()
                .flatMap(p -> share(cells, areas, p, how).stream())
                .toList();
    }

    /** Counts (summed over time) for every period of the given granularity that the cells touch, in time order. */
    public List<RegistryValue> countSeries(Collection<RegistryCell> cells, Set<String> areas,
            Period.Granularity granularity) {
        return countSeries(cells, areas, granularity, TimeAggregation.SUM);
    }

    /** Counts for every period of the given granularity that the cells touch, in time order. */
    public List<RegistryValue> countSeries(Collection<RegistryCell> cells, Set<String> areas,
            Period.Granularity granularity, TimeAggregation how) {
        return targets(cells, areas, granularity).stream()
                .flatMap(p -> count(cells, areas, p, how).stream())
                .toList();
    }

    private static Set<Period> targets(Collection<RegistryCell> cells, Set<String> areas,
            Period.Granularity granularity) {
        Set<Period> targets = new TreeSet<>();
        for (RegistryCell cell : cells) {
            if (areas.contains(cell.area())
                    && cell.period().granularity().perYear() >= granularity.perYear()) {
                targets.add(cell.period().enclosing(granularity));
            }
        }
        return targets;
    }
}
