package no.framdrift.ingest;

import java.nio.file.Path;
import java.util.List;

/** STAND-IN until the readers branch is merged. */
public final class XlsxFiles {
    private XlsxFiles() {
    }

    public static List<String> sheetNames(Path file) throws FileProblem {
        throw new FileProblem(0, null, null, "Excel-filer kan ikke leses i denne versjonen");
    }

    public static TabularSource open(Path file, String sheet) throws FileProblem {
        throw new FileProblem(0, null, null, "Excel-filer kan ikke leses i denne versjonen");
    }
}
