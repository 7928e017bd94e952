package no.framdrift.stats;

import java.util.Objects;

import no.framdrift.domain.Period;

/**
 * One registry count as imported: for one area and period, the numerator (e.g. inhabitants with a
 * PLL, logins on behalf of others, applications) and the denominator (population, all logins; NaN
 * or 0 for a plain count).
 */
public record RegistryCell(Period period, String area, double numerator, double denominator) {

    public RegistryCell {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(area, "area");
    }

    /** A plain count without a denominator. */
    public static RegistryCell count(Period period, String area, double count) {
        return new RegistryCell(period, area, count, Double.NaN);
    }
}
