package no.framdrift.domain;

import java.time.Instant;

/** A steward's assessment of one period, "Vurdering Q3 2025". */
public record Assessment(String indicatorCode, String period, String text, Instant savedAt) {
}
