package no.framdrift.ingest;

import no.framdrift.domain.Message;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file as a {@link TabularSource}, parsed by FastCSV (RFC 4180: quoted delimiters, doubled
 * quotes, quoted line breaks) with our checks on top: one header, the same number of cells in
 * every row, a cap on the record length so a file with no line breaks cannot exhaust memory,
 * and every failure a {@link FileProblem} naming the row.
 */
final class CsvReader implements TabularSource {

    /** Longer records are not CSV the analyst meant to import (a 50 MB single line, a binary file). */
    static final int MAX_RECORD_CHARS = 1 << 20;

    private final CountingInputStream bytes;
    private final de.siegmar.fastcsv.reader.CsvReader<CsvFields.Parsed> csv;
    private final CloseableIterator<CsvFields.Parsed> records;
    private final CsvFormat format;
    private final List<String> headers;
    /** The last record read, to say where the next one starts when it cannot be read. */
    private CsvFields.Parsed last;

    private CsvReader(Path file, CsvFormat format) throws FileProblem {
        this.format = format;
        InputStream raw;
        try {
            raw = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new FileProblem(0, null, null, Message.of("problem.file.notFound"), e);
        } catch (IOException e) {
            throw new FileProblem(0, null, null, Message.of("problem.file.unreadable", e.getClass().getSimpleName()), e);
        }
        bytes = new CountingInputStream(raw);
        InputStream in = new BufferedInputStream(bytes, 1 << 16);
        try {
            skipBom(in);
        } catch (IOException e) {
            closeQuietly(in);
            throw new FileProblem(0, null, null, Message.of("problem.file.unreadable", e.getClass().getSimpleName()), e);
        }
        // bytes the charset cannot read become U+FFFD, which next() refuses with the row and column:
        // a wrong charset must be named, never silently turn 'ø' into '�'. (REPORT would fail
        // at the decoder's read-ahead, rows before the culprit.)
        InputStreamReader reader = new InputStreamReader(in, format.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
        csv = de.siegmar.fastcsv.reader.CsvReader.builder()
                .fieldSeparator(format.delimiter())
                .quoteCharacter('"')
                .commentStrategy(CommentStrategy.NONE)
                .skipEmptyLines(true)
                .allowExtraFields(true)      // we count cells ourselves, to name the row in Norwegian
                .allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(false)
                .maxBufferSize(MAX_RECORD_CHARS)
                .build(new CsvFields(), reader);
        records = csv.iterator();
        try {
            headers = readHeaders();
        } catch (FileProblem | RuntimeException e) {
            close();
            throw e;
        }
    }

    static CsvReader open(Path file, CsvFormat format) throws FileProblem {
        return new CsvReader(file, format);
    }

    /** Skips a byte order mark if the file has one, whatever the format says. */
    private void skipBom(InputStream in) throws IOException {
        in.mark(4);
        byte[] head = in.readNBytes(3);
        int skip = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
                && format.charset().name().equals("UTF-8")) {
            skip = 3;
        } else if (head.length >= 2 && format.charset().name().startsWith("UTF-16")
                && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            skip = 2;
        }
        in.reset();
        in.skipNBytes(skip);
    }

    private List<String> readHeaders() throws FileProblem {
        CsvFields.Parsed header = read();
        if (header != null && isSepHint(header)) {
            header = read(); // Excel's "sep=;" line: the delimiter was taken from it by detect
        }
        while (header != null && isBlank(header)) {
            header = read();
        }
        if (header == null) {
            throw new FileProblem(0, null, null, Message.of("problem.file.empty"));
        }
        List<String> names = new ArrayList<>(header.count());
        for (String h : header.fields()) {
            names.add(h.replace("\uFEFF", "").strip());
        }
        checkDecoded(header, null);
        checkDuplicates(names, header.startingLine());
        return List.copyOf(names);
    }

    private static boolean isSepHint(CsvFields.Parsed r) {
        String first = r.fields()[0].replace("\uFEFF", "");
        if (!first.regionMatches(true, 0, "sep=", 0, 4)) {
            return false;
        }
        // "sep=;" read with ';' as delimiter gives "sep=" and ""; with another, one field "sep=;"
        return first.length() == 5 && r.count() == 1
                || first.length() == 4 && r.count() == 2 && r.fields()[1].isEmpty();
    }

    /** Two columns with the same (case-insensitive) header cannot be told apart in a profile. */
    static void checkDuplicates(List<String> names, long row) throws FileProblem {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (n.isEmpty()) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(n.toLowerCase(Locale.ROOT), i);
            if (earlier != null) {
                throw new FileProblem(row, n, null, Message.of("problem.csv.sameHeader",
                        String.valueOf(earlier + 1), names.get(earlier), String.valueOf(i + 1), n));
            }
        }
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public SourceRow next() throws FileProblem {
        CsvFields.Parsed r;
        do {
            r = read();
            if (r == null) {
                return null;
            }
        } while (isBlank(r));
        int n = r.count();
        if (n != headers.size()) {
            // the record is consumed: the next call reads on, so this row can be skipped like any bad row
            throw new RowProblem(r.startingLine(), null, null, Message.of("problem.csv.cellCount", n, headers.size(),
                    CsvFormat.delimiterName(format.delimiter())));
        }
        checkDecoded(r, headers);
        return SourceRow.own(r.startingLine(), r.fields());
    }

    private void checkDecoded(CsvFields.Parsed r, List<String> columns) throws FileProblem {
        int i = r.undecodable();
        if (i >= 0) {
            throw new FileProblem(r.startingLine(), columns == null || i >= columns.size() ? null : columns.get(i), null,
                    Message.of("problem.csv.charset", charsetName()));
        }
    }

    private String charsetName() {
        String n = format.charset().name();
        return n.equalsIgnoreCase("windows-1252") ? "Windows-1252" : n;
    }

    private CsvFields.Parsed read() throws FileProblem {
        try {
            if (!records.hasNext()) {
                return null;
            }
            last = records.next();
            return last;
        } catch (UncheckedIOException e) {
            throw new FileProblem(nextLine(), null, null, Message.of("problem.file.unreadableFrom",
                    e.getCause().getClass().getSimpleName()), e);
        } catch (CsvParseException e) {
            throw parseProblem(e);
        }
    }

    /** No cause is kept: a parser's message may quote the file, and problems may be logged. */
    private FileProblem parseProblem(CsvParseException e) {
        String m = String.valueOf(e.getMessage()) + " " + (e.getCause() == null ? "" : e.getCause().getMessage());
        long row = nextLine();
        if (m.contains("number of fields")) {
            return new FileProblem(row, null, null, Message.of("problem.csv.tooManyCells",
                    String.format(Locale.ROOT, "%,d", CsvFields.MAX_FIELDS).replace(',', ' ')));
        }
        if (m.contains("buffer") || m.contains("maximum")) {
            return new FileProblem(row, null, null, Message.of("problem.csv.tooLong",
                    String.format(Locale.ROOT, "%,d", MAX_RECORD_CHARS).replace(',', ' ')));
        }
        if (m.toLowerCase(Locale.ROOT).contains("quote")) {
            return new FileProblem(row, null, null, Message.of("problem.csv.quote"));
        }
        return new FileProblem(row, null, null, Message.of("problem.csv.unreadableRow"));
    }

    /** The line after the last record read: where the unreadable one starts. */
    private long nextLine() {
        if (last == null) {
            return 1;
        }
        long line = last.startingLine() + 1;
        for (String f : last.fields()) {
            for (int i = f.indexOf('\n'); i >= 0; i = f.indexOf('\n', i + 1)) {
                line++;
            }
        }
        return line;
    }

    private static boolean isBlank(CsvFields.Parsed r) {
        for (int i = 0; i < r.count(); i++) {
            if (!r.fields()[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Message formatDescription() {
        return format.describe();
    }

    @Override
    public char decimalSeparator() {
        return format.decimalSeparator();
    }

    @Override
    public java.util.Optional<String> sha256() {
        return java.util.Optional.ofNullable(bytes.sha256());
    }

    @Override
    public long bytesRead() {
        return bytes.count();
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException | RuntimeException e) {
            // only read; nothing to lose
        }
        closeQuietly(bytes);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // only read; nothing to lose
        }
    }
}
