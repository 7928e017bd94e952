package no.framdrift.domain;

import java.time.Instant;

/** One field of an indicator changed by a steward: time, field, old → new. */
public record IndicatorChange(String indicatorCode, Instant changedAt, String field, String oldValue, String newValue) {
}
