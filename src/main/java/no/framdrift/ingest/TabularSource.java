package no.framdrift.ingest;

import no.framdrift.domain.Message;
import java.util.List;

/**
 * A header + rows file being read, streaming: only the current row is held in memory.
 * Rows whose every cell is blank are skipped (spreadsheets leave them behind deleted data).
 */
public interface TabularSource extends AutoCloseable {

    /** The column headers, trimmed, byte order mark removed. */
    List<String> headers();

    /** The next data row, or null at the end of the file. */
    SourceRow next() throws FileProblem;

    /** What was detected, e.g. "CSV, UTF-8 med BOM, skilletegn semikolon, desimalkomma", in the user's language at the edge. */
    Message formatDescription();

    /**
     * The decimal separator numbers in this source's cells use, for {@link Numbers#parse}:
     * the detected (or chosen) one for CSV, '.' for Excel and JSON-stat, whose numbers are
     * given in a stable machine form.
     */
    default char decimalSeparator() {
        return '.';
    }

    /**
     * The SHA-256 (hex) of every byte of the file, once the source has read it from start to end;
     * empty before that, or when the source does not read the file in order (Excel is read by parts).
     */
    default java.util.Optional<String> sha256() {
        return java.util.Optional.empty();
    }

    /** Bytes of the file read so far, for a progress bar (approximate). */
    long bytesRead();

    @Override
    void close();
}
