package no.framdrift.stats;

import no.framdrift.domain.Period;

/**
 * The continuous time axis of paths and trends, in years. A period sits at its END
 * ({@link Period#endYear()}: 2024 → 2025.0, 2025Q3 → 2025.75, Dec 2026 → 2027.0), and an
 * ambition "25 % in 2026" at the end of 2026 (2027.0).
 *
 * <p>Why the end and not the middle: an ambition is a level to reach by the end of its year, so the
 * yearly survey of 2030 and the December 2030 registry value must both be compared to the 2030
 * target itself, not to a point half a year before it. With the end of the period, yearly and
 * monthly series share one axis with the ambitions.
 */
public final class TimeAxis {

    private TimeAxis() {
    }

    public static double of(Period period) {
        return period.endYear();
    }

    public static double ofAmbitionYear(int year) {
        return year + 1.0;
    }

    /** The calendar year in which the moment t (on this axis) falls due: the year whose end is the first at or after t. */
    public static int yearReaching(double t) {
        return (int) Math.ceil(t - 1e-9) - 1;
    }
}
