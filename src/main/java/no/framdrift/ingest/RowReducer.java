package no.framdrift.ingest;

import java.util.List;
import no.framdrift.domain.RegistryValue;
import no.framdrift.domain.SurveyCell;
import no.framdrift.domain.UnitListEntry;

/** Validates one row at a time and folds the good ones into aggregates; never keeps a row. */
interface RowReducer {

    /** Validates the row; adds it to the aggregates and returns true if it has no problem. */
    boolean accept(SourceRow row, ProblemLog log);

    /**
     * After the last row: checks that need the whole file (a weight dominating its year), reports
     * what they find and takes those rows out again; returns how many rows it took out.
     */
    default int finish(ProblemLog log) {
        return 0;
    }

    default List<SurveyCell> surveyCells() {
        return List.of();
    }

    default List<RegistryValue> registryValues() {
        return List.of();
    }

    default List<UnitListEntry> unitEntries() {
        return List.of();
    }

    /** A cell as text: trimmed, "" when the row is short. */
    static String cell(SourceRow row, int index) {
        return row.cell(index).trim();
    }
}
