package no.framdrift.ingest;

/** STAND-IN until the readers branch is merged. */
public class FileProblem extends Exception {
    private final long row;
    private final String column;
    private final String value;
    private final String reason;

    public FileProblem(long row, String column, String value, String reason) {
        super(reason);
        this.row = row;
        this.column = column;
        this.value = value;
        this.reason = reason;
    }

    public long row() { return row; }
    public String column() { return column; }
    public String value() { return value; }
    public String reason() { return reason; }
}
