package no.framdrift.ingest;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One data row of a file being imported. Immutable: the cells are copied in (or handed over by
 * a reader that keeps no reference to them, {@link #own}).
 */
public final class SourceRow {

    private final long rowNumber;
    private final String[] cells;
    /** Set only on a read-ahead's stand-in for a row its reader refused ({@link ReadAhead}). */
    private RowProblem problem;

    private SourceRow(long rowNumber, String[] cells) {
        this.rowNumber = rowNumber;
        this.cells = cells;
    }

    /**
     * @param rowNumber the row as a spreadsheet shows it: header = 1, first data row = 2; for CSV the
     *     physical line where the record starts (a quoted line break makes later rows jump)
     * @param cells the cell texts, one per header, never null (a blank cell is "")
     */
    public SourceRow(long rowNumber, List<String> cells) {
        this(rowNumber, cells.toArray(String[]::new));
        for (String c : this.cells) {
            if (c == null) {
                throw new NullPointerException("cell");
            }
        }
    }

    /** A row over an array its reader hands over and never touches again (no copy: readers make millions). */
    static SourceRow own(long rowNumber, String[] cells) {
        return new SourceRow(rowNumber, cells);
    }

    /** A stand-in for a row the reader refused but could read past. */
    static SourceRow refused(RowProblem problem) {
        SourceRow r = new SourceRow(problem.row(), new String[0]);
        r.problem = problem;
        return r;
    }

    RowProblem problem() {
        return problem;
    }

    public long rowNumber() {
        return rowNumber;
    }

    /** The cells, read-only. */
    public List<String> cells() {
        return Collections.unmodifiableList(Arrays.asList(cells));
    }

    public int size() {
        return cells.length;
    }

    /** The cell in column {@code index} (0-based), "" when the row is shorter. */
    public String cell(int index) {
        return index >= 0 && index < cells.length ? cells[index] : "";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceRow r && r.rowNumber == rowNumber && Arrays.equals(r.cells, cells);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(rowNumber) * 31 + Arrays.hashCode(cells);
    }

    @Override
    public String toString() {
        return "SourceRow[row " + rowNumber + ", " + cells.length + " cells]"; // never the contents
    }
}
