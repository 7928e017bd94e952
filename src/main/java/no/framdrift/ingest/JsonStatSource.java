package no.framdrift.ingest;

import no.framdrift.domain.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A JSON-stat table as rows: for each dimension a column with the category code (headed by the
 * dimension id) and one with its label (id + "_tekst"), then "verdi" ('.' decimal, blank when
 * missing) and "status". Row numbers count the header as 1, as in a spreadsheet.
 */
final class JsonStatSource implements TabularSource {

    static final String VALUE = "verdi";
    static final String STATUS = "status";
    static final String LABEL_SUFFIX = "_tekst";

    private final JsonStatTable table;
    private final long fileBytes;
    private final List<String> headers;
    /** Volatile as a progress bar reads it from another thread. */
    private volatile int next;

    JsonStatSource(JsonStatTable table, long fileBytes) {
        this.table = table;
        this.fileBytes = fileBytes;
        List<String> h = new ArrayList<>();
        Set<String> reserved = new HashSet<>(List.of(VALUE, STATUS));
        for (String id : table.dimensionIds()) {
            String code = reserved.contains(id) ? id + "_kode" : id;
            h.add(code);
            h.add(id + LABEL_SUFFIX);
        }
        h.add(VALUE);
        h.add(STATUS);
        this.headers = List.copyOf(h);
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public SourceRow next() {
        if (next >= table.rows().size()) {
            return null;
        }
        JsonStatRow r = table.rows().get(next);
        next = next + 1;
        List<String> cells = new ArrayList<>(headers.size());
        for (int d = 0; d < r.categoryCodes().size(); d++) {
            cells.add(r.categoryCodes().get(d));
            cells.add(r.categoryLabels().get(d));
        }
        cells.add(format(r.value()));
        cells.add(r.status() == null ? "" : r.status());
        return new SourceRow(next + 1L, cells);
    }

    static String format(Double v) {
        if (v == null || v.isNaN() || v.isInfinite()) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString(v.longValue());
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    @Override
    public Message formatDescription() {
        return Message.of("format.jsonStat", table.datasetLabel());
    }

    @Override
    public long bytesRead() {
        int total = table.rows().size();
        return total == 0 ? fileBytes : (long) (fileBytes * (next / (double) total));
    }

    @Override
    public void close() {
        // the table is in memory; nothing to release
    }
}
