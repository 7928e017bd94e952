package no.framdrift.ingest;

import java.util.Locale;
import no.framdrift.domain.Message;

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
    private final Message reason;

    /**
     * @param row the row as a spreadsheet shows it (header = 1), 0 for the file as a whole
     * @param column the column header, null if the problem is not in one column
     * @param value the offending value, null if none
     * @param reason why, e.g. {@code problem.file.empty}; the exception's own message is its Norwegian text
     */
    public FileProblem(long row, String column, String value, Message reason) {
        super(ImportProblem.describe(row, column, null, reason, no.framdrift.domain.Texts.NORWEGIAN));
        this.row = row;
        this.column = column;
        this.value = value;
        this.reason = reason;
    }

    public FileProblem(long row, String column, String value, Message reason, Throwable cause) {
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

    public Message reason() {
        return reason;
    }

    /** The problem in a language: "Row 12, column «vekt»: …". */
    public String describe(Locale locale) {
        return ImportProblem.describe(row, column, null, reason, locale);
    }
}
