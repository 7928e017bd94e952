package no.framdrift.ingest;

/**
 * A problem with one row that leaves the rest of the file readable (e.g. a row with more or fewer
 * cells than the header): the reader can go on with the next row, so the row counts as a bad row
 * the analyst may choose to skip, like a row with an unknown answer.
 */
public final class RowProblem extends FileProblem {

    public RowProblem(long row, String column, String value, no.framdrift.domain.Message reason) {
        super(row, column, value, reason);
    }
}
