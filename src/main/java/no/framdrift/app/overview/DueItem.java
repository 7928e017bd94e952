package no.framdrift.app.overview;

import java.util.Objects;
import java.util.Optional;
import no.framdrift.domain.Frequency;
import no.framdrift.domain.Period;

/**
 * An indicator whose new data or assessment is due this period, or overdue.
 *
 * @param indicatorCode    indicator code
 * @param name             indicator name
 * @param frequency        how often new data arrive
 * @param latestDataPeriod the latest period with data; null when the indicator has none yet
 * @param awaited          the data period (NEW_DATA) or assessment round (ASSESSMENT) that is due;
 *                         null for an indicator that has never had data
 * @param duePeriod        the quarter (the month, for monthly data) in which it falls due
 * @param daysLate         days from the end of {@code duePeriod} to today; 0 while it is due now
 * @param periodsMissing   how many data periods are missing up to the one expected by now (0 for
 *                         an assessment)
 * @param kind             new data or the steward's assessment
 * @param overdue          the due period has passed
 */
public record DueItem(
        String indicatorCode,
        String name,
        Frequency frequency,
        Period latestDataPeriod,
        Period awaited,
        Period duePeriod,
        long daysLate,
        int periodsMissing,
        Kind kind,
        boolean overdue) {

    /** What is due. */
    public enum Kind {
        NEW_DATA,
        ASSESSMENT
    }

    public DueItem {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(duePeriod, "duePeriod");
        Objects.requireNonNull(kind, "kind");
    }

    public Optional<Period> latestData() {
        return Optional.ofNullable(latestDataPeriod);
    }

    /** True for an indicator marked Klar that has never had data. */
    public boolean neverReported() {
        return latestDataPeriod == null;
    }
}
