package no.framdrift.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A streaming RFC 4180 reader: quoted fields with delimiters, doubled quotes and line breaks.
 * Holds one record at a time; a record longer than {@link #MAX_RECORD_CHARS} is refused so a
 * file with no line breaks cannot exhaust memory. Knows the physical line each record starts on.
 */
final class CsvReader implements TabularSource {

    /** Longer records are not CSV the analyst meant to import (a 50 MB single line, a binary file). */
    static final int MAX_RECORD_CHARS = 1 << 20;

    private final CountingInputStream bytes;
    private final Reader in;
    private final CsvFormat format;
    private final char delimiter;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;
    /** The physical line the reader is on (1-based). */
    private long line = 1;
    /** Text of the current field carried over a buffer refill or holding quoted content. */
    private final StringBuilder field = new StringBuilder();
    private int recordChars;
    private long recordStart;
    private final List<String> headers;

    private CsvReader(Path file, CsvFormat format) throws FileProblem {
        this.format = format;
        this.delimiter = format.delimiter();
        InputStream raw;
        try {
            raw = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new FileProblem(0, null, null, "filen finnes ikke", e);
        } catch (IOException e) {
            throw new FileProblem(0, null, null, "filen kan ikke åpnes (" + e.getClass().getSimpleName() + ")", e);
        }
        bytes = new CountingInputStream(raw);
        in = new InputStreamReader(bytes, format.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        try {
            skipBom();
            headers = readHeaders();
        } catch (FileProblem | RuntimeException e) {
            close();
            throw e;
        }
    }

    static CsvReader open(Path file, CsvFormat format) throws FileProblem {
        return new CsvReader(file, format);
    }

    private void skipBom() throws FileProblem {
        if (fill() && buf[pos] == '\uFEFF') {
            pos++;
        }
    }

    private List<String> readHeaders() throws FileProblem {
        List<String> raw = readRecord();
        while (raw != null && isBlank(raw)) {
            raw = readRecord();
        }
        if (raw == null) {
            throw new FileProblem(0, null, null, "Filen er tom");
        }
        List<String> names = new ArrayList<>(raw.size());
        for (String h : raw) {
            names.add(h.strip());
        }
        checkDuplicates(names, recordStart);
        return List.copyOf(names);
    }

    static void checkDuplicates(List<String> names, long row) throws FileProblem {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (n.isEmpty()) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(n.toLowerCase(Locale.ROOT), i);
            if (earlier != null) {
                throw new FileProblem(row, n, null, "kolonne " + (earlier + 1) + " «" + names.get(earlier)
                        + "» og kolonne " + (i + 1) + " «" + n + "» har samme overskrift");
            }
        }
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public SourceRow next() throws FileProblem {
        while (true) {
            List<String> cells = readRecord();
            if (cells == null) {
                return null;
            }
            if (isBlank(cells)) {
                continue;
            }
            if (cells.size() != headers.size()) {
                throw new FileProblem(recordStart, null, null, "raden har " + cells.size()
                        + (cells.size() == 1 ? " celle" : " celler") + ", men overskriften har "
                        + headers.size() + " kolonner (skilletegn " + CsvFormat.delimiterName(delimiter) + ")");
            }
            return new SourceRow(recordStart, cells);
        }
    }

    private static boolean isBlank(List<String> cells) {
        for (String c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String formatDescription() {
        return format.describe();
    }

    @Override
    public char decimalSeparator() {
        return format.decimalSeparator();
    }

    @Override
    public long bytesRead() {
        return bytes.count();
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // nothing was written; a failed close of a file we only read changes nothing
        }
    }

    /** Makes at least one char available at {@code pos}; false at the end of the file. */
    private boolean fill() throws FileProblem {
        if (pos < lim) {
            return true;
        }
        if (eof) {
            return false;
        }
        try {
            int n;
            do {
                n = in.read(buf, 0, buf.length);
            } while (n == 0);
            if (n < 0) {
                eof = true;
                pos = lim = 0;
                return false;
            }
            pos = 0;
            lim = n;
            return true;
        } catch (CharacterCodingException e) {
            throw new FileProblem(line, null, null, "teksten kan ikke leses som " + format.charset().name()
                    + " – velg et annet tegnsett", e);
        } catch (IOException e) {
            throw new FileProblem(line, null, null, "filen kan ikke leses videre ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** The next record's fields, or null at the end of the file. Sets {@link #recordStart}. */
    private List<String> readRecord() throws FileProblem {
        if (!fill()) {
            return null;
        }
        recordStart = line;
        recordChars = 0;
        List<String> cells = new ArrayList<>(headers == null ? 16 : headers.size());
        while (true) {
            // one field per iteration; returns when the record ends
            field.setLength(0);
            if (!fill()) {
                cells.add("");
                return cells;
            }
            if (buf[pos] == '"') {
                pos++;
                readQuoted();
                String value = field.toString();
                // after the closing quote: delimiter, line end or end of file
                if (!fill()) {
                    cells.add(value);
                    return cells;
                }
                char c = buf[pos];
                if (c == delimiter) {
                    pos++;
                    cells.add(value);
                    continue;
                }
                if (c == '\r' || c == '\n') {
                    endLine();
                    cells.add(value);
                    return cells;
                }
                throw new FileProblem(recordStart, null, null, "tegn etter et avsluttende anførselstegn i felt "
                        + (cells.size() + 1) + " – et anførselstegn inne i et felt må dobles (\"\")");
            }
            // unquoted field: scan the buffer without copying until a delimiter or line end
            int start = pos;
            while (true) {
                if (pos == lim) {
                    field.append(buf, start, pos - start);
                    count(pos - start);
                    if (!fill()) {
                        cells.add(field.toString());
                        return cells;
                    }
                    start = pos;
                }
                char c = buf[pos];
                if (c == delimiter) {
                    cells.add(take(start));
                    pos++;
                    break;
                }
                if (c == '\n' || c == '\r') {
                    cells.add(take(start));
                    endLine();
                    return cells;
                }
                pos++;
            }
        }
    }

    private String take(int start) throws FileProblem {
        int n = pos - start;
        count(n + 1);
        if (field.length() == 0) {
            return new String(buf, start, n);
        }
        field.append(buf, start, n);
        return field.toString();
    }

    private void count(int n) throws FileProblem {
        recordChars += n;
        if (recordChars > MAX_RECORD_CHARS) {
            throw new FileProblem(recordStart, null, null, "raden er lengre enn "
                    + String.format(Locale.ROOT, "%,d", MAX_RECORD_CHARS).replace(',', ' ')
                    + " tegn – er dette en CSV-fil?");
        }
    }

    /** Consumes \n, \r\n or a lone \r. */
    private void endLine() throws FileProblem {
        char c = buf[pos++];
        line++;
        if (c == '\r' && fill() && buf[pos] == '\n') {
            pos++;
        }
    }

    /** Reads a quoted field's content into {@link #field}, after the opening quote, past the closing one. */
    private void readQuoted() throws FileProblem {
        while (true) {
            if (!fill()) {
                throw new FileProblem(recordStart, null, null,
                        "et anførselstegn åpnes men lukkes aldri – filen slutter inne i et felt");
            }
            int start = pos;
            while (pos < lim) {
                char c = buf[pos];
                if (c == '"') {
                    field.append(buf, start, pos - start);
                    count(pos - start);
                    pos++;
                    if (fill() && buf[pos] == '"') {
                        field.append('"');
                        count(1);
                        pos++;
                        start = pos;
                        continue;
                    }
                    return;
                }
                if (c == '\n') {
                    line++;
                } else if (c == '\r' && pos + 1 < lim && buf[pos + 1] != '\n') {
                    line++; // a lone \r (old Mac); \r\n is counted at its \n
                }
                pos++;
            }
            field.append(buf, start, pos - start);
            count(pos - start);
        }
    }
}
