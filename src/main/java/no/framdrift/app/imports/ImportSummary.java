package no.framdrift.app.imports;

import java.util.List;
import java.util.Set;
import no.framdrift.domain.Message;

/**
 * What an import did: rows read, imported and skipped, the new batch, the reduced rows stored, the
 * batches it replaced whole, how many stored cells of older batches it replaced (the overlap rule),
 * the indicators the new batch feeds (the ones whose values to recompute, with those built on them),
 * and notes such as area codes of an earlier division moved onto the 2024 areas
 * ("3001 Halden … ført på 3101 Halden").
 */
public record ImportSummary(long batchId, String fileName, String format, long rowsRead, long rowsImported, long rowsSkipped,
                            int storedRows, List<Long> replacedBatches, int replacedCells, Set<String> indicators,
                            List<Message> notes) {

    public ImportSummary {
        replacedBatches = List.copyOf(replacedBatches);
        indicators = indicators == null ? Set.of() : Set.copyOf(indicators);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A summary without replaced cells, indicators or notes. */
    public ImportSummary(long batchId, String fileName, String format, long rowsRead, long rowsImported, long rowsSkipped,
                         int storedRows, List<Long> replacedBatches) {
        this(batchId, fileName, format, rowsRead, rowsImported, rowsSkipped, storedRows, replacedBatches, 0, Set.of(),
                List.of());
    }

    /** "Lest 12 000 rader, importert 11 998, hoppet over 2. Parti 7." */
    public String describe() {
        return "Lest " + rowsRead + " rader, importert " + rowsImported + ", hoppet over " + rowsSkipped + ". Parti " + batchId
                + (replacedBatches.isEmpty() ? "." : " (erstatter parti " + replacedBatches.stream().map(String::valueOf)
                .reduce((a, b) -> a + ", " + b).orElse("") + ").");
    }
}
