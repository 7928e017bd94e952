package no.framdrift.domain;

import java.time.Instant;

/**
 * One field of an indicator changed by a steward: time, field, old → new, and who (the database
 * user, or the operating-system user on a data folder; null for changes recorded before V009).
 */
public record IndicatorChange(String indicatorCode, Instant changedAt, String field, String oldValue, String newValue,
                              String changedBy) {

    /** A change not yet recorded (the store fills in who made it), or one recorded before V009. */
    public IndicatorChange(String indicatorCode, Instant changedAt, String field, String oldValue, String newValue) {
        this(indicatorCode, changedAt, field, oldValue, newValue, null);
    }
}
