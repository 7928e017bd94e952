package no.framdrift.ingest;

import no.framdrift.domain.Message;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The first rows of a file and what was detected about it (kind, encoding, delimiter, sheets), for
 * the import wizard's first step. Reads only the rows it shows.
 *
 * @param sheets   XLSX: the sheet names; JSON-stat: the dataset labels
 * @param problem  why the file cannot be read, or null
 */
public record FilePreview(FileKind kind, Message format, List<String> headers, List<List<String>> rows, List<String> sheets,
                          ImportProblem problem) {

    public static FilePreview of(Path file, ImportProfile.FileOptions overrides, int maxRows) {
        FileKind kind;
        try {
            kind = FileSniffer.detect(file);
        } catch (IOException e) {
            return failed(null, new ImportProblem(0, null, null, Message.of("problem.file.unreadable", e.getClass().getSimpleName())));
        }
        try {
            switch (kind) {
                case EMPTY:
                    return failed(kind, new ImportProblem(0, null, null, Message.of("problem.file.empty")));
                case BINARY:
                    return failed(kind, new ImportProblem(0, null, null, Message.of("problem.file.binary")));
                case JSON_STAT: {
                    List<JsonStatTable> tables = JsonStatFiles.read(file);
                    List<String> labels = tables.stream().map(JsonStatTable::datasetLabel).toList();
                    if (tables.isEmpty()) {
                        return new FilePreview(kind, Message.of("format.jsonStat.short"), List.of(), List.of(), labels, null);
                    }
                    try (TabularSource s = JsonStatFiles.asTabular(tables.get(0))) {
                        return read(kind, s, labels, maxRows);
                    }
                }
                case XLSX: {
                    List<String> sheets = XlsxFiles.sheetNames(file);
                    String sheet = overrides != null && overrides.sheet() != null ? overrides.sheet() : sheets.get(0);
                    try (TabularSource s = XlsxFiles.open(file, sheet)) {
                        return read(kind, s, sheets, maxRows);
                    }
                }
                default: {
                    CsvFormat f = ImportPass.csvFormat(file, overrides);
                    try (TabularSource s = CsvFiles.open(file, f)) {
                        return read(kind, s, List.of(), maxRows);
                    }
                }
            }
        } catch (FileProblem p) {
            return failed(kind, ImportProblem.of(p));
        }
    }

    /**
     * The distinct values of one column over the whole file (CSV or Excel), in the order first met,
     * blanks left out; at most {@code max} of them. Empty when the file or the column cannot be read.
     * The values are shown to the analyst only, never logged.
     */
    public static List<String> distinctValues(Path file, ImportProfile.FileOptions overrides, String column, int max) {
        try {
            FileKind kind = FileSniffer.detect(file);
            TabularSource s;
            if (kind == FileKind.XLSX) {
                List<String> sheets = XlsxFiles.sheetNames(file);
                s = XlsxFiles.open(file, overrides != null && overrides.sheet() != null ? overrides.sheet() : sheets.get(0));
            } else if (kind == FileKind.CSV) {
                s = CsvFiles.open(file, ImportPass.csvFormat(file, overrides));
            } else {
                return List.of();
            }
            try (s) {
                int index = -1;
                for (int i = 0; i < s.headers().size(); i++) {
                    if (s.headers().get(i).trim().equalsIgnoreCase(column.trim())) {
                        index = i;
                        break;
                    }
                }
                if (index < 0) {
                    return List.of();
                }
                java.util.Set<String> seen = new java.util.LinkedHashSet<>();
                SourceRow r;
                while (seen.size() < max && (r = s.next()) != null) {
                    String v = index < r.cells().size() ? r.cells().get(index).trim() : "";
                    if (!v.isEmpty()) {
                        seen.add(v);
                    }
                }
                return List.copyOf(seen);
            }
        } catch (IOException | FileProblem | RuntimeException e) {
            return List.of();
        }
    }

    private static FilePreview read(FileKind kind, TabularSource s, List<String> sheets, int maxRows) throws FileProblem {
        List<List<String>> rows = new ArrayList<>();
        SourceRow r;
        while (rows.size() < maxRows && (r = s.next()) != null) {
            rows.add(List.copyOf(r.cells()));
        }
        return new FilePreview(kind, s.formatDescription(), List.copyOf(s.headers()), rows, sheets, null);
    }

    private static FilePreview failed(FileKind kind, ImportProblem p) {
        return new FilePreview(kind, null, List.of(), List.of(), List.of(), p);
    }
}
