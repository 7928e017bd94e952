package no.framdrift.domain;

import java.time.Instant;

/** Provenance of one imported file: what, from where, when and how many rows. */
public record ImportBatch(long id, ImportKind kind, String fileName, long fileSize, String sha256, String format,
                          String profileName, Instant importedAt, long rowsRead, long rowsImported, long rowsSkipped) {
}
