package no.framdrift.ingest;

import java.util.List;

/**
 * One data row of a file being imported.
 *
 * @param rowNumber the row as a spreadsheet shows it: header = 1, first data row = 2; for CSV the
 *     physical line where the record starts (a quoted line break makes later rows jump)
 * @param cells the cell texts, one per header, never null (a blank cell is "")
 */
public record SourceRow(long rowNumber, List<String> cells) {

    public SourceRow {
        cells = List.copyOf(cells);
    }

    /** The cell in column {@code index} (0-based), "" when the row is shorter. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }
}
