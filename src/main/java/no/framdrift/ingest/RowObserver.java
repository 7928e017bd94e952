package no.framdrift.ingest;

/**
 * Told about each data row before it is reduced. The import uses it for progress; tests use it to
 * kill an import midway (an observer that throws at row N).
 */
@FunctionalInterface
public interface RowObserver {
    RowObserver NONE = row -> { };

    void beforeRow(long rowNumber);
}
