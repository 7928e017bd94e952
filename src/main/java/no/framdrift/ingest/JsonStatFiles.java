package no.framdrift.ingest;

import java.nio.file.Path;
import java.util.List;

/** STAND-IN until the readers branch is merged. */
public final class JsonStatFiles {
    private JsonStatFiles() {
    }

    public static List<JsonStatTable> read(Path file) throws FileProblem {
        throw new FileProblem(0, null, null, "JSON-stat kan ikke leses i denne versjonen");
    }

    public static TabularSource asTabular(JsonStatTable t) {
        throw new UnsupportedOperationException();
    }
}
