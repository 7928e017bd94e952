package no.framdrift.stats;

import java.util.OptionalDouble;

import no.framdrift.domain.Period;

/**
 * A count against the same period one and two years earlier, e.g. 244 applications, +33 % against
 * the year before and +46 % against two years before.
 *
 * @param period                 the period
 * @param value                  the count in that period
 * @param oneYearEarlier         the count in the same period one year earlier, if known
 * @param twoYearsEarlier        the count in the same period two years earlier, if known
 * @param percentOnOneYear       (value / oneYearEarlier − 1)·100, if the earlier count is known and not 0
 * @param percentOnTwoYears      (value / twoYearsEarlier − 1)·100, if the earlier count is known and not 0
 */
public record Growth(
        Period period,
        double value,
        OptionalDouble oneYearEarlier,
        OptionalDouble twoYearsEarlier,
        OptionalDouble percentOnOneYear,
        OptionalDouble percentOnTwoYears) {
}
