package no.framdrift.ingest;

import java.util.ArrayList;
import java.util.List;

/** Test helper: every remaining row of a source. */
final class Rows {
    private Rows() {
    }

    static List<SourceRow> readAll(TabularSource s) throws FileProblem {
        List<SourceRow> rows = new ArrayList<>();
        for (SourceRow r = s.next(); r != null; r = s.next()) {
            rows.add(r);
        }
        return rows;
    }
}
