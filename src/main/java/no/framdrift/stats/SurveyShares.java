package no.framdrift.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Survey shares, standard errors and intervals for one survey year and question, computed exactly
 * from the year's {@link SurveyCell}s (DESIGN.md, Statistics):
 * <ul>
 * <li>{@code p_d = Σ_{i∈d} w_i y_i / Σ_{i∈d} w_i}</li>
 * <li>{@code SE_d² = n/(n−1) · [S₁(1−p_d)² + S₀p_d²] / (Σ_{i∈d} w_i)²}, where S₁ and S₀ are the Σw² of
 * the domain's cells that are and are not in the numerator, and n is the whole year's number of
 * valid answers. This equals {@code n/(n−1)·Σ_{i∈d} w_i²(y_i − p_d)²/(Σ w_i)²}, the variance that
 * R's {@code survey::svyby} gives a domain of {@code svydesign(ids=~1, weights=~w)}.</li>
 * <li>the interval on the logit scale with t(0.975, n−1), as {@code svyciprop(method="logit")}</li>
 * </ul>
 * The whole year is the domain that contains every cell. A domain is any predicate on a cell's
 * background variables (profession = Lege, or profession × region).
 */
public final class SurveyShares {

    private final SuppressionSettings suppression;

    public SurveyShares(SuppressionSettings suppression) {
        this.suppression = suppression;
    }

    public SurveyShares() {
        this(SuppressionSettings.DEFAULTS);
    }

    /** The share for the whole year, or empty when the year has no valid answers. */
    public Optional<SurveyShare> ofYear(Collection<SurveyCell> yearCells) {
        return ofDomain(yearCells, groups -> true);
    }

    /**
     * The share in one domain of the year, or empty when the domain has no valid answers.
     * {@code yearCells} must be all the cells of the year and question: the standard error needs
     * the year's n.
     */
    public Optional<SurveyShare> ofDomain(Collection<SurveyCell> yearCells, Predicate<Map<String, String>> inDomain) {
        Sums year = new Sums();
        Sums domain = new Sums();
        for (SurveyCell cell : yearCells) {
            year.add(cell);
            if (inDomain.test(cell.groups())) {
                domain.add(cell);
            }
        }
        return estimate(domain, year.count(), year.unweighted);
    }

    /**
     * One share per combination of values of the given background variables (one variable for
     * "by profession", two for "profession × region"), keyed by the values in the order of
     * {@code variables} and sorted by them. Cells lacking one of the variables belong to no group
     * but still count in the year's n.
     */
    public Map<List<String>, SurveyShare> byGroups(Collection<SurveyCell> yearCells, List<String> variables) {
        Sums year = new Sums();
        Map<List<String>, Sums> groups = new HashMap<>();
        for (SurveyCell cell : yearCells) {
            year.add(cell);
            List<String> key = keyOf(cell, variables);
            if (key != null) {
                groups.computeIfAbsent(key, k -> new Sums()).add(cell);
            }
        }
        List<List<String>> keys = new ArrayList<>(groups.keySet());
        keys.sort(KEY_ORDER);
        Map<List<String>, SurveyShare> shares = new LinkedHashMap<>();
        for (List<String> key : keys) {
            estimate(groups.get(key), year.count(), year.unweighted).ifPresent(s -> shares.put(key, s));
        }
        return shares;
    }

    private static List<String> keyOf(SurveyCell cell, List<String> variables) {
        List<String> key = new ArrayList<>(variables.size());
        for (String variable : variables) {
            String value = cell.groups().get(variable);
            if (value == null) {
                return null;
            }
            key.add(value);
        }
        return List.copyOf(key);
    }

    private static final Comparator<List<String>> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private Optional<SurveyShare> estimate(Sums d, long yearN, boolean yearUnweighted) {
        double sumW = d.sumW1 + d.sumW0;
        // a weight so large that its square or the sum overflows (1e200) has no share to give; it
        // must never make the computation throw (issue 18)
        if (d.count() == 0 || !(sumW > 0) || !Double.isFinite(sumW) || !Double.isFinite(d.sumW2of1 + d.sumW2of0)) {
            return Optional.empty();
        }
        double p = d.sumW1 / sumW;
        double se = Double.NaN;
        if (yearN >= 2) {
            double residual = d.sumW2of1 * (1.0 - p) * (1.0 - p) + d.sumW2of0 * p * p;
            se = Math.sqrt((double) yearN / (yearN - 1) * residual / (sumW * sumW));
        }
        Interval interval;
        if (p > 0.0 && p < 1.0 && se > 0.0) {
            interval = ShareIntervals.logit(p, se, yearN - 1.0);
        } else {
            // logit(0) and logit(1) are infinite and SE is 0 there: svyciprop has no answer.
            // Wilson on Kish's effective sample size still gives an honest, non-degenerate range.
            double effectiveN = sumW * sumW / (d.sumW2of1 + d.sumW2of0);
            if (!(effectiveN > 0) || !(p >= 0.0 && p <= 1.0)) {
                return Optional.empty();
            }
            interval = ShareIntervals.wilson(p, effectiveN);
        }
        Interval wilson = yearUnweighted ? ShareIntervals.wilson(p, d.count()) : null;
        return Optional.of(new SurveyShare(p, se, interval, wilson, d.count(), yearN, d.sumW1, sumW,
                !yearUnweighted, suppression.suppressesSurvey(d.count())));
    }

    /** Running sums over cells; package-private, one per domain. */
    private static final class Sums {
        long count1;
        long count0;
        double sumW1;
        double sumW0;
        double sumW2of1;
        double sumW2of0;
        boolean unweighted = true;

        void add(SurveyCell cell) {
            if (cell.positive()) {
                count1 += cell.count();
                sumW1 += cell.sumW();
                sumW2of1 += cell.sumW2();
            } else {
                count0 += cell.count();
                sumW0 += cell.sumW();
                sumW2of0 += cell.sumW2();
            }
            unweighted &= cell.isUnweighted();
        }

        long count() {
            return count1 + count0;
        }
    }
}
