package no.framdrift.domain;

import java.time.Instant;

/** A steward's assessment of one period, "Vurdering Q3 2025". */
public record Assessment(String indicatorCode, String period, String text, Instant savedAt, String savedBy) {

    /** An assessment not yet saved (the store fills in who saved it), or one saved before V009. */
    public Assessment(String indicatorCode, String period, String text, Instant savedAt) {
        this(indicatorCode, period, text, savedAt, null);
    }
}
