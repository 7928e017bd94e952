package no.framdrift.ingest;

import no.framdrift.domain.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV files: detect how one is written ({@link #detect}), then read it streaming ({@link #open}).
 * Parsing is FastCSV's, detection ours (FastCSV does not guess); docs/decisions/0003-csv-reader.md
 * says why.
 */
public final class CsvFiles {

    /** Enough lines to see the delimiter and the decimal separator. */
    private static final int SAMPLE_BYTES = 256 * 1024;
    private static final int SAMPLE_RECORDS = 50;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] DELIMITERS = {';', '\t', ',', '|'};

    private CsvFiles() {
    }

    /**
     * Detects the encoding (byte order mark; else valid UTF-8 → UTF-8, else Windows-1252), the
     * delimiter (the one that splits the header and the first records into the same number of
     * cells, quotes respected) and the decimal separator (from number-looking cells).
     */
    public static CsvFormat detect(Path file) throws FileProblem {
        byte[] sample = readSample(file);
        int bomLength = 0;
        Charset charset;
        if (startsWith(sample, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bomLength = 3;
        } else if (startsWith(sample, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bomLength = 2;
        } else if (startsWith(sample, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bomLength = 2;
        } else {
            charset = null;
        }
        if (sample.length - bomLength == 0) {
            throw new FileProblem(0, null, null, Message.of("problem.file.empty"));
        }
        if (charset == null) {
            if (looksBinary(sample)) {
                throw new FileProblem(0, null, null, Message.of("problem.csv.notText"));
            }
            charset = isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        String text = decodeSample(sample, bomLength, charset);
        if (text.isBlank()) {
            throw new FileProblem(0, null, null, Message.of("problem.file.empty"));
        }
        if (bomLength > 0 && looksBinary(text)) {
            throw new FileProblem(0, null, null, Message.of("problem.csv.notText"));
        }
        Character hinted = sepHint(text);
        if (hinted != null) {
            String rest = text.substring(Math.max(text.indexOf('\n') + 1, 0));
            char decimal = detectDecimalSeparator(split(rest, hinted, SAMPLE_RECORDS), hinted);
            return new CsvFormat(charset, bomLength > 0, hinted, decimal);
        }
        char delimiter = detectDelimiter(text);
        char decimal = detectDecimalSeparator(split(text, delimiter, SAMPLE_RECORDS), delimiter);
        return new CsvFormat(charset, bomLength > 0, delimiter, decimal);
    }

    /** Opens the file for streaming with the given (detected or chosen) format. */
    public static TabularSource open(Path file, CsvFormat format) throws FileProblem {
        return CsvReader.open(file, format);
    }

    /** Detects the format and opens the file with it. */
    public static TabularSource open(Path file) throws FileProblem {
        return open(file, detect(file));
    }

    private static byte[] readSample(Path file) throws FileProblem {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SAMPLE_BYTES);
        } catch (NoSuchFileException e) {
            throw new FileProblem(0, null, null, Message.of("problem.file.notFound"), e);
        } catch (IOException e) {
            throw new FileProblem(0, null, null, Message.of("problem.file.unreadable", e.getClass().getSimpleName()), e);
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** A NUL byte, or many control characters, means this is not text. */
    static boolean looksBinary(byte[] sample) {
        int control = 0;
        for (byte b : sample) {
            int c = b & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
        return control > sample.length / 100 + 1;
    }

    private static boolean looksBinary(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
        return control > text.length() / 100 + 1;
    }

    /**
     * Whether the file is UTF-8: false at the first invalid sequence; true once valid non-ASCII
     * sequences have been seen beyond the sample (or many of them), or at the end of the file.
     * A later invalid byte is then named by the reader with its row.
     */
    static boolean isUtf8(Path file) throws FileProblem {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int need = 0; // continuation bytes still expected
            int sequences = 0;
            int n;
            long read = 0;
            while ((n = in.read(buf)) > 0) {
                read += n;
                for (int i = 0; i < n; i++) {
                    int b = buf[i];
                    if (need > 0) {
                        if ((b & 0xC0) != 0x80) {
                            return false;
                        }
                        if (--need == 0 && ++sequences >= 1000) {
                            return true;
                        }
                    } else if (b < 0) {
                        int u = b & 0xFF;
                        if (u >= 0xC2 && u <= 0xDF) {
                            need = 1;
                        } else if (u >= 0xE0 && u <= 0xEF) {
                            need = 2;
                        } else if (u >= 0xF0 && u <= 0xF4) {
                            need = 3;
                        } else {
                            return false;
                        }
                    }
                }
                if (sequences > 0 && read >= SAMPLE_BYTES && need == 0) {
                    return true;
                }
            }
            return need == 0;
        } catch (IOException e) {
            throw new FileProblem(0, null, null, Message.of("problem.file.unreadable", e.getClass().getSimpleName()), e);
        }
    }

    private static String decodeSample(byte[] sample, int offset, Charset charset) {
        int length = sample.length - offset;
        if (sample.length == SAMPLE_BYTES) {
            // cut at the last line break so no character or record is split
            int last = -1;
            for (int i = sample.length - 1; i >= offset; i--) {
                if (sample[i] == '\n') {
                    last = i;
                    break;
                }
            }
            if (last > offset) {
                length = last + 1 - offset;
            }
        }
        return charset.decode(ByteBuffer.wrap(sample, offset, length)).toString();
    }

    /** Excel's "sep=;" first line names the delimiter; null if the file has none. */
    static Character sepHint(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (t.length() >= 5 && t.regionMatches(true, 0, "sep=", 0, 4)) {
            int end = t.indexOf('\n');
            String line = (end < 0 ? t : t.substring(0, end)).strip();
            if (line.length() == 5) {
                return line.charAt(4);
            }
        }
        return null;
    }

    /** The candidate that splits most of the first records into as many cells as the header. */
    static char detectDelimiter(String text) {
        char best = ';';
        int bestConsistent = 0;
        int bestWidth = 1;
        for (char d : DELIMITERS) {
            List<List<String>> records = split(text, d, SAMPLE_RECORDS);
            if (records.isEmpty()) {
                continue;
            }
            int width = records.get(0).size();
            if (width < 2) {
                continue;
            }
            int consistent = 0;
            for (List<String> r : records) {
                if (r.size() == width) {
                    consistent++;
                }
            }
            if (consistent > bestConsistent || (consistent == bestConsistent && width > bestWidth)) {
                best = d;
                bestConsistent = consistent;
                bestWidth = width;
            }
        }
        return best;
    }

    private static final Pattern COMMA_STRONG = Pattern.compile(
            "[-+\u2212]?(\\d+,(\\d{1,2}|\\d{4,})|\\d{1,3}([.\\s\u00A0\u202F]\\d{3})+,\\d+|0,\\d+)\\s*%?");
    private static final Pattern POINT_STRONG = Pattern.compile(
            "[-+\u2212]?(\\d+\\.(\\d{1,2}|\\d{4,})|\\d{1,3}([,\\s\u00A0\u202F]\\d{3})+\\.\\d+|0\\.\\d+)\\s*%?");
    private static final Pattern COMMA_WEAK = Pattern.compile("[-+\u2212]?\\d+,\\d{3}\\s*%?");
    private static final Pattern POINT_WEAK = Pattern.compile("[-+\u2212]?\\d+\\.\\d{3}\\s*%?");

    /** Votes of the number-looking cells; with no evidence ';' and tab files use decimal comma. */
    static char detectDecimalSeparator(List<List<String>> records, char delimiter) {
        int comma = 0;
        int point = 0;
        for (int r = 1; r < records.size(); r++) {
            for (String cell : records.get(r)) {
                String c = cell.strip();
                if (c.isEmpty() || c.length() > 40) {
                    continue;
                }
                if (COMMA_STRONG.matcher(c).matches()) {
                    comma += 2;
                } else if (POINT_STRONG.matcher(c).matches()) {
                    point += 2;
                } else if (COMMA_WEAK.matcher(c).matches()) {
                    comma++;
                } else if (POINT_WEAK.matcher(c).matches()) {
                    point++;
                }
            }
        }
        if (comma > point) {
            return ',';
        }
        if (point > comma) {
            return '.';
        }
        return delimiter == ',' ? '.' : ',';
    }

    /** Quote-aware split of a text sample into at most {@code max} records (blank lines skipped). */
    static List<List<String>> split(String text, char delimiter, int max) {
        List<List<String>> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int n = text.length();
        int i = 0;
        if (n > 0 && text.charAt(0) == '\uFEFF') {
            i = 1;
        }
        for (; i < n && records.size() < max; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == delimiter) {
                cells.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(field.toString());
                field.setLength(0);
                if (!(cells.size() == 1 && cells.get(0).isEmpty())) {
                    records.add(cells);
                }
                cells = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (records.size() < max && (field.length() > 0 || !cells.isEmpty())) {
            cells.add(field.toString());
            records.add(cells);
        }
        return records;
    }
}
