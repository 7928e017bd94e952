package no.framdrift.domain;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A stored cell that an import meets: the same indicator × question × survey year (surveys), or
 * the same indicator × area (or unit) with periods that overlap (registry data and unit lists; a
 * quarter overlaps its months). Importing on top of it would pool two batches in one value, so
 * the import is refused unless the analyst chooses to replace it.
 *
 * @param indicatorCode the indicator
 * @param period        the stored cell's period ("2024" for a survey year, "2025-09", "2025Q3" …)
 * @param place         the area code or unit id (registry data, unit lists), or "spørsmål q" (surveys)
 * @param batch         the stored batch the cell belongs to
 */
public record Overlap(String indicatorCode, String period, String place, ImportBatch batch) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.systemDefault());

    public Overlap {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(batch, "batch");
    }

    /** "PLL 2025-09 BERGENSOMRADET: parti 4 (pll-2025.csv, importert 02.12.2026 10:41)". */
    public String describe() {
        return indicatorCode + " " + period + " " + place + ": parti " + batch.id() + " (" + batch.fileName()
                + ", importert " + WHEN.format(batch.importedAt()) + ")";
    }
}
