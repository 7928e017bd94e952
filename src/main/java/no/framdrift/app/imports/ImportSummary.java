package no.framdrift.app.imports;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.framdrift.domain.Message;
import no.framdrift.domain.Period;

/**
 * What an import did: rows read, imported and skipped, the new batch, the reduced rows stored, the
 * batches it replaced whole, how many stored cells of older batches it replaced (the overlap rule),
 * the indicators the new batch feeds (the ones whose values to recompute, with those built on them),
 * the periods it holds for each of them, and notes such as area codes of an earlier division moved onto the 2024 areas
 * ("3001 Halden … ført på 3101 Halden").
 */
public record ImportSummary(long batchId, String fileName, String format, long rowsRead, long rowsImported, long rowsSkipped,
                            int storedRows, List<Long> replacedBatches, int replacedCells, Set<String> indicators,
                            List<Message> notes, Map<String, List<Period>> periods) {

    public ImportSummary {
        replacedBatches = List.copyOf(replacedBatches);
        indicators = indicators == null ? Set.of() : Set.copyOf(indicators);
        notes = notes == null ? List.of() : List.copyOf(notes);
        // indicator → the periods the batch holds for it, in code order (the wizard's "what changed")
        Map<String, List<Period>> copy = new TreeMap<>();
        if (periods != null) {
            periods.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        }
        periods = Collections.unmodifiableMap(copy);
    }

    /** A summary without the periods per indicator. */
    public ImportSummary(long batchId, String fileName, String format, long rowsRead, long rowsImported, long rowsSkipped,
                         int storedRows, List<Long> replacedBatches, int replacedCells, Set<String> indicators,
                         List<Message> notes) {
        this(batchId, fileName, format, rowsRead, rowsImported, rowsSkipped, storedRows, replacedBatches, replacedCells,
                indicators, notes, Map.of());
    }

    /** A summary without replaced cells, indicators or notes. */
    public ImportSummary(long batchId, String fileName, String format, long rowsRead, long rowsImported, long rowsSkipped,
                         int storedRows, List<Long> replacedBatches) {
        this(batchId, fileName, format, rowsRead, rowsImported, rowsSkipped, storedRows, replacedBatches, 0, Set.of(),
                List.of());
    }

    /** "Lest 12 000 rader, importert 11 998, hoppet over 2. Parti 7." in the reader's language. */
    public Message describe() {
        String batch = String.valueOf(batchId);
        if (replacedBatches.isEmpty()) {
            return Message.of("import.summary.describe", rowsRead, rowsImported, rowsSkipped, batch);
        }
        String replaced = String.join(", ", replacedBatches.stream().map(String::valueOf).toList());
        return Message.of("import.summary.describeReplacing", rowsRead, rowsImported, rowsSkipped, batch, replaced);
    }
}
