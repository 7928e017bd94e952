package no.framdrift.domain;

import java.time.Instant;

/**
 * Provenance of one imported file: what, from where, when and how many rows, and whether it is
 * example data (the example workspace's fictional extracts: everything drawn from them says so).
 */
public record ImportBatch(long id, ImportKind kind, String fileName, long fileSize, String sha256, String format,
                          String profileName, Instant importedAt, long rowsRead, long rowsImported, long rowsSkipped,
                          boolean sample, String importedBy) {

    /** A batch of real data not yet stored (the store fills in who imported it), or one imported before V009. */
    public ImportBatch(long id, ImportKind kind, String fileName, long fileSize, String sha256, String format,
                       String profileName, Instant importedAt, long rowsRead, long rowsImported, long rowsSkipped) {
        this(id, kind, fileName, fileSize, sha256, format, profileName, importedAt, rowsRead, rowsImported, rowsSkipped,
                false, null);
    }

    /** A batch, real or example data, whose importer the store fills in. */
    public ImportBatch(long id, ImportKind kind, String fileName, long fileSize, String sha256, String format,
                       String profileName, Instant importedAt, long rowsRead, long rowsImported, long rowsSkipped,
                       boolean sample) {
        this(id, kind, fileName, fileSize, sha256, format, profileName, importedAt, rowsRead, rowsImported, rowsSkipped,
                sample, null);
    }
}
