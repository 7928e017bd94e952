package no.framdrift.app.imports;

import java.util.List;

/**
 * What an import did: rows read, imported and skipped, the new batch, the reduced rows stored, the
 * batches it replaced whole, and how many stored cells of older batches it replaced (the overlap rule).
 */
public record ImportSummary(long batchId, String fileName, String format, long rowsRead, long rowsImported, long rowsSkipped,
                            int storedRows, List<Long> replacedBatches, int replacedCells) {

    public ImportSummary(long batchId, String fileName, String format, long rowsRead, long rowsImported, long rowsSkipped,
                         int storedRows, List<Long> replacedBatches) {
        this(batchId, fileName, format, rowsRead, rowsImported, rowsSkipped, storedRows, replacedBatches, 0);
    }

    /** "Lest 12 000 rader, importert 11 998, hoppet over 2. Parti 7." */
    public String describe() {
        return "Lest " + rowsRead + " rader, importert " + rowsImported + ", hoppet over " + rowsSkipped + ". Parti " + batchId
                + (replacedBatches.isEmpty() ? "." : " (erstatter parti " + replacedBatches.stream().map(String::valueOf)
                .reduce((a, b) -> a + ", " + b).orElse("") + ").");
    }
}
