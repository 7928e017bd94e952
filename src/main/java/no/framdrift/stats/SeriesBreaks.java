package no.framdrift.stats;

import java.util.Collection;
import java.util.Optional;

import no.framdrift.domain.Period;
import no.framdrift.domain.SeriesBreak;

/**
 * Where a series break falls relative to periods. A break "from 2022" starts a new series at the
 * first month of 2022: values before it and from it on are not comparable. Break periods that do
 * not parse are ignored here; IndicatorRules reports them to the steward.
 */
public final class SeriesBreaks {

    private SeriesBreaks() {
    }

    /** True when a break starts after {@code from} ends and no later than {@code to} ends: (from, to]. */
    public static boolean between(Period from, Period to, Collection<SeriesBreak> breaks) {
        for (SeriesBreak b : breaks) {
            Optional<Period> start = Period.parse(b.period());
            if (start.isPresent()
                    && start.get().firstMonth().isAfter(from.lastMonth())
                    && !start.get().firstMonth().isAfter(to.lastMonth())) {
                return true;
            }
        }
        return false;
    }

    /** The latest break that starts no later than the end of {@code period}, if any. */
    public static Optional<Period> latestUpTo(Period period, Collection<SeriesBreak> breaks) {
        Period latest = null;
        for (SeriesBreak b : breaks) {
            Optional<Period> start = Period.parse(b.period());
            if (start.isPresent() && !start.get().firstMonth().isAfter(period.lastMonth())
                    && (latest == null || start.get().firstMonth().isAfter(latest.firstMonth()))) {
                latest = start.get();
            }
        }
        return Optional.ofNullable(latest);
    }

    /** True when {@code period} lies wholly at or after the start of the break period. */
    static boolean onOrAfter(Period period, Period breakStart) {
        return !period.firstMonth().isBefore(breakStart.firstMonth());
    }
}
