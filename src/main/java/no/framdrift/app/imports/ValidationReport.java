package no.framdrift.app.imports;

import java.util.List;
import no.framdrift.ingest.ImportProblem;

/**
 * The result of validating every row without writing anything.
 *
 * @param problems      the first problems (row, column, value, reason)
 * @param problemCount  all problems found
 * @param badRows       rows with at least one problem (skipped if the analyst chooses to)
 * @param fatal         a problem no skipping can fix (missing column, unreadable file)
 */
public record ValidationReport(String format, long rowsRead, long badRows, List<ImportProblem> problems, long problemCount,
                               boolean fatal) {

    public boolean ok() {
        return problemCount == 0;
    }

    /** The import can go ahead if the bad rows are skipped. */
    public boolean importableBySkipping() {
        return !fatal && rowsRead > badRows;
    }
}
