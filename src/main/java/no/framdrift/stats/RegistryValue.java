package no.framdrift.stats;

import no.framdrift.domain.Period;

/**
 * A registry figure for a period over a set of areas.
 *
 * @param period         the period it covers
 * @param value          the share (fraction 0–1) or the count
 * @param numerator      Σ numerators over the areas and sub-periods covered (the count itself for counts)
 * @param denominator    Σ denominators (NaN for counts)
 * @param periodsCovered how many distinct imported periods (e.g. months of a quarter) contributed
 * @param suppressed     the count (numerator) is below the registry threshold: show ":"
 */
public record RegistryValue(Period period, double value, double numerator, double denominator, int periodsCovered,
        boolean suppressed) {
}
