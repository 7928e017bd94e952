package no.framdrift.stats;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import no.framdrift.domain.Period;
import no.framdrift.domain.QuarterAggregation;

/**
 * Registry shares and counts over a set of areas (a county, a health region, Norway, or a custom
 * area given as its municipalities) and over a period that contains the imported ones (months to
 * a quarter, half-year or year).
 *
 * <p>A share is a ratio of sums, Σ numerators / Σ denominators over every area and month it
 * covers, never a mean of shares (DESIGN.md). Where the indicator says so
 * ({@link QuarterAggregation#MEAN_OF_MONTHS}, e.g. logins on behalf of others), the value is instead
 * the mean of the shares of the imported periods it contains, each of those a ratio of sums over
 * the areas. Counts are sums.
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
            QuarterAggregation how) {
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
        double numerator = 0;
        double denominator = 0;
        double sumOfShares = 0;
        for (double[] sums : byPeriod.values()) {
            numerator += sums[0];
            denominator += sums[1];
            sumOfShares += sums[0] / sums[1];
        }
        double value = how == QuarterAggregation.MEAN_OF_MONTHS
                ? sumOfShares / byPeriod.size()
                : numerator / denominator;
        return Optional.of(new RegistryValue(target, value, numerator, denominator, byPeriod.size(),
                suppression.suppressesRegistry(numerator)));
    }

    /** The count for {@code target} over {@code areas}: the sum of numerators, or empty when none. */
    public Optional<RegistryValue> count(Collection<RegistryCell> cells, Set<String> areas, Period target) {
        double sum = 0;
        Set<Period> periods = new TreeSet<>();
        for (RegistryCell cell : cells) {
            if (areas.contains(cell.area()) && target.contains(cell.period())) {
                sum += cell.numerator();
                periods.add(cell.period());
            }
        }
        if (periods.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RegistryValue(target, sum, sum, Double.NaN, periods.size(),
                suppression.suppressesRegistry(sum)));
    }

    /** Shares for every period of the given granularity that the cells touch, in time order. */
    public List<RegistryValue> shareSeries(Collection<RegistryCell> cells, Set<String> areas,
            Period.Granularity granularity, QuarterAggregation how) {
        return targets(cells, areas, granularity).stream()
                .flatMap(p -> share(cells, areas, p, how).stream())
                .toList();
    }

    /** Counts for every period of the given granularity that the cells touch, in time order. */
    public List<RegistryValue> countSeries(Collection<RegistryCell> cells, Set<String> areas,
            Period.Granularity granularity) {
        return targets(cells, areas, granularity).stream()
                .flatMap(p -> count(cells, areas, p).stream())
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
