package no.framdrift.ingest;

import java.util.List;

/** STAND-IN until the readers branch is merged. */
public interface TabularSource extends AutoCloseable {
    List<String> headers();

    /** The next row, or null at the end. */
    SourceRow next() throws FileProblem;

    String formatDescription();

    long bytesRead();

    @Override
    void close();
}
