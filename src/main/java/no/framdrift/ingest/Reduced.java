package no.framdrift.ingest;

import java.util.List;
import no.framdrift.domain.RegistryValue;
import no.framdrift.domain.SurveyCell;
import no.framdrift.domain.UnitListEntry;

/**
 * What one streaming pass over a file keeps: the reduced rows to store (batch id 0 until stored),
 * row counts and the problems found.
 *
 * @param sha256 the file's SHA-256 (hex) when the pass read every byte of it in order (CSV), else null
 */
public record Reduced(String format, List<SurveyCell> surveyCells, List<RegistryValue> registryValues,
                      List<UnitListEntry> unitEntries, long rowsRead, long rowsImported, ProblemLog problems,
                      String sha256) {

    public Reduced(String format, List<SurveyCell> surveyCells, List<RegistryValue> registryValues,
                   List<UnitListEntry> unitEntries, long rowsRead, long rowsImported, ProblemLog problems) {
        this(format, surveyCells, registryValues, unitEntries, rowsRead, rowsImported, problems, null);
    }

    public long rowsSkipped() {
        return rowsRead - rowsImported;
    }

    public int storedRowCount() {
        return surveyCells.size() + registryValues.size() + unitEntries.size();
    }
}
