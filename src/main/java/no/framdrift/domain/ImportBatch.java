package no.framdrift.domain;

import java.time.Instant;

/** Provenance of one imported file: what, from where, when and how many rows. */
public record ImportBatch(long id, ImportKind kind, String fileName, long fileSize, String sha256, String format,
                          String profileName, Instant importedAt, long rowsRead, long rowsImported, long rowsSkipped,
                          String importedBy) {

    /** A batch not yet stored (the store fills in who imported it), or one imported before V009. */
    public ImportBatch(long id, ImportKind kind, String fileName, long fileSize, String sha256, String format,
                       String profileName, Instant importedAt, long rowsRead, long rowsImported, long rowsSkipped) {
        this(id, kind, fileName, fileSize, sha256, format, profileName, importedAt, rowsRead, rowsImported, rowsSkipped, null);
    }
}
