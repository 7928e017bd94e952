package no.framdrift.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells what kind of file the analyst opened from its content, not its name: a ZIP holding an
 * Excel workbook is XLSX, JSON (an object or an array) is read as JSON-stat, other text is CSV.
 */
public final class FileSniffer {

    private static final int SAMPLE = 8192;

    private FileSniffer() {
    }

    public static FileKind detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE);
        }
        int start = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        while (start < head.length && isWhitespace(head[start])) {
            start++;
        }
        if (start >= head.length) {
            return FileKind.EMPTY;
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return isWorkbook(file) ? FileKind.XLSX : FileKind.BINARY;
        }
        boolean utf16 = head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF);
        if (utf16) {
            return FileKind.CSV;
        }
        if (CsvFiles.looksBinary(head)) {
            return FileKind.BINARY;
        }
        if (looksLikeJson(head, start)) {
            // JSON, whether or not it is JSON-stat: the JSON-stat reader says what is missing (a CSV
            // reader would call it "one column")
            return FileKind.JSON_STAT;
        }
        return FileKind.CSV;
    }

    /**
     * A JSON object or array: '{' followed by a key or '}', '[' followed by a value or ']'. A CSV
     * header may start with a bracket too ("[Q1];…", "{kode},…"), but not like that.
     */
    static boolean looksLikeJson(byte[] head, int start) {
        byte first = head[start];
        if (first != '{' && first != '[') {
            return false;
        }
        int i = start + 1;
        while (i < head.length && isWhitespace(head[i])) {
            i++;
        }
        if (i >= head.length) {
            return true; // "{" or "[" alone: broken JSON, which the JSON reader names
        }
        byte next = head[i];
        if (first == '{') {
            return next == '"' || next == '}';
        }
        return next == '{' || next == '[' || next == '"' || next == ']' || next == '-' || (next >= '0' && next <= '9')
                || next == 't' && startsWith(head, i, "true") || next == 'f' && startsWith(head, i, "false")
                || next == 'n' && startsWith(head, i, "null");
    }

    private static boolean startsWith(byte[] head, int at, String word) {
        if (at + word.length() > head.length) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (head[at + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    /**
     * An XLSX file is a ZIP with entries under xl/ (a DOCX or plain ZIP has none). A damaged ZIP
     * counts as a workbook so that XlsxFiles can say it is damaged.
     */
    private static boolean isWorkbook(Path file) {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry e;
            int seen = 0;
            while ((e = zip.getNextEntry()) != null && seen++ < 1000) {
                String name = e.getName();
                if (name.startsWith("xl/")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            // a truncated workbook still says XLSX by its first entries; XlsxFiles then names the damage
            return true;
        }
    }
}
