package no.framdrift.ingest;

import no.framdrift.domain.Message;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Finds mapped columns among a file's headers (case and surrounding blanks do not matter). */
final class Columns {

    private final List<String> headers;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private final ProblemLog log;

    Columns(List<String> headers, ProblemLog log) {
        this.headers = headers;
        this.log = log;
        for (int i = 0; i < headers.size(); i++) {
            String k = key(headers.get(i));
            seen.merge(k, 1, Integer::sum);
            index.putIfAbsent(k, i);
        }
    }

    /** The index of a mapped column, or -1 (after logging a fatal problem) when it is missing or ambiguous. */
    int require(String column) {
        if (column == null) {
            return -1;
        }
        Integer i = index.get(key(column));
        if (i == null) {
            log.addFatal(new ImportProblem(1, column, null, Message.of("problem.column.missing", String.join(", ", headers))));
            return -1;
        }
        if (seen.get(key(column)) > 1) {
            log.addFatal(new ImportProblem(1, column, null, Message.of("problem.column.twice")));
            return -1;
        }
        return i;
    }

    /** -1 for an unmapped (null) column, else {@link #require}. */
    int optional(String column) {
        return column == null ? -1 : require(column);
    }

    String header(int i) {
        return headers.get(i);
    }

    static String key(String header) {
        String h = header == null ? "" : header.trim().toLowerCase(Locale.ROOT);
        return h.startsWith("\uFEFF") ? h.substring(1) : h;
    }
}
