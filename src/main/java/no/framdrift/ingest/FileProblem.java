package no.framdrift.ingest;

/**
 * A problem in a file the analyst brought: where (row, column), what (the value) and why (a
 * Norwegian reason). The value may be respondent data: show it to the analyst in the problem
 * table, but never log it. The readers in this package never quote cell content in a reason, so
 * their messages may be logged; a validator that quotes the value in its reason ("tallet «abc»
 * kan ikke leses") makes that message unfit for logs. Causes are kept only for I/O failures
 * (their messages name the file, not its content).
 */
public class FileProblem extends Exception {

    private final long row;
    private final String column;
    private final transient String value;
    private final String reason;

    /**
     * @param row the row as a spreadsheet shows it (header = 1), 0 for the file as a whole
     * @param column the column header, null if the problem is not in one column
     * @param value the offending value, null if none
     * @param reason why, in Norwegian, e.g. "tallet «abc» kan ikke leses"
     */
    public FileProblem(long row, String column, String value, String reason) {
        super(message(row, column, reason));
        this.row = row;
        this.column = column;
        this.value = value;
        this.reason = reason;
    }

    public FileProblem(long row, String column, String value, String reason, Throwable cause) {
        this(row, column, value, reason);
        initCause(cause);
    }

    public long row() {
        return row;
    }

    public String column() {
        return column;
    }

    public String value() {
        return value;
    }

    public String reason() {
        return reason;
    }

    private static String message(long row, String column, String reason) {
        StringBuilder s = new StringBuilder();
        if (row > 0) {
            s.append("Rad ").append(row);
        }
        if (column != null) {
            s.append(s.length() > 0 ? ", kolonne «" : "Kolonne «").append(column).append('»');
        }
        if (s.length() == 0) {
            return capitalise(reason);
        }
        return s.append(": ").append(reason).toString();
    }

    private static String capitalise(String reason) {
        if (reason == null || reason.isEmpty()) {
            return "Ukjent feil i filen";
        }
        return Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
    }
}
