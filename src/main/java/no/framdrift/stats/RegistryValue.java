package no.framdrift.stats;

import no.framdrift.domain.Period;

/**
 * A registry figure for a period over a set of areas.
 *
 * @param period         the period it covers
 * @param value          the share (fraction 0–1) or the count
 * @param numerator      Σ numerators over the areas and sub-periods used (the count itself for counts;
 *                       for an end-of-period share, the last sub-period's)
 * @param denominator    Σ denominators over the same (NaN for counts)
 * @param periodsCovered how many distinct imported periods (e.g. months of a quarter) contributed
 * @param suppressed     the count (numerator) is below the registry threshold: show ":"
 * @param latest         the latest imported period it contains (for an end-of-period value, the one it is)
 */
public record RegistryValue(Period period, double value, double numerator, double denominator, int periodsCovered,
        boolean suppressed, Period latest) {

    /** Whether the latest imported period reaches the end of {@link #period()}. */
    public boolean reachesEnd() {
        return latest.lastMonth().equals(period.lastMonth());
    }
}
