package no.framdrift.store;

import static no.framdrift.store.jooq.Tables.BATCH_REMOVAL;
import static no.framdrift.store.jooq.Tables.IMPORT_BATCH;
import static no.framdrift.store.jooq.Tables.SURVEY_CELL;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import no.framdrift.domain.ImportBatch;
import no.framdrift.domain.ImportKind;
import no.framdrift.store.jooq.tables.records.ImportBatchRecord;
import org.jooq.DSLContext;

/**
 * Import batches (provenance of each imported file). Deleting one deletes its rows: registry values
 * and unit list entries by ON DELETE CASCADE, survey cells explicitly (their table has no foreign
 * key since V004, which makes storing them about twice as fast).
 */
public final class ImportBatchRepository {

    private final DSLContext dsl;

    public ImportBatchRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Inserts a batch (its id is ignored) and returns the new id. */
    public long insert(ImportBatch b) {
        ChangeListener.announce(dsl, "imports");
        long id = dsl.insertInto(IMPORT_BATCH)
                .set(IMPORT_BATCH.KIND, b.kind().name())
                .set(IMPORT_BATCH.IMPORTED_BY, Database.actor(dsl))
                .set(IMPORT_BATCH.FILE_NAME, b.fileName())
                .set(IMPORT_BATCH.FILE_SIZE, b.fileSize())
                .set(IMPORT_BATCH.SHA256, b.sha256())
                .set(IMPORT_BATCH.FORMAT, b.format())
                .set(IMPORT_BATCH.PROFILE_NAME, b.profileName())
                .set(IMPORT_BATCH.IMPORTED_AT, b.importedAt().atOffset(ZoneOffset.UTC))
                .set(IMPORT_BATCH.ROWS_READ, b.rowsRead())
                .set(IMPORT_BATCH.ROWS_IMPORTED, b.rowsImported())
                .set(IMPORT_BATCH.ROWS_SKIPPED, b.rowsSkipped())
                .set(IMPORT_BATCH.SAMPLE, b.sample())
                .returningResult(IMPORT_BATCH.ID)
                .fetchOne(IMPORT_BATCH.ID);
        // settled by the recompute after the import; left behind if the importer dies before it
        new ValuesPending(dsl).note("batch " + id);
        return id;
    }

    /** Newest first. */
    public List<ImportBatch> list() {
        return dsl.selectFrom(IMPORT_BATCH).orderBy(IMPORT_BATCH.IMPORTED_AT.desc(), IMPORT_BATCH.ID.desc())
                .fetch(ImportBatchRepository::toBatch);
    }

    public Optional<ImportBatch> find(long id) {
        return dsl.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(id)).fetchOptional(ImportBatchRepository::toBatch);
    }

    /** Earlier imports of a file with the same content. */
    public List<ImportBatch> findBySha256(String sha256) {
        return dsl.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.SHA256.eq(sha256)).orderBy(IMPORT_BATCH.ID)
                .fetch(ImportBatchRepository::toBatch);
    }

    /**
     * Deletes the batch and its survey cells (explicitly, in the caller's transaction) and, by
     * cascade, its registry values and unit list entries.
     */
    public boolean delete(long id) {
        Optional<ImportBatch> batch = find(id);
        dsl.deleteFrom(SURVEY_CELL).where(SURVEY_CELL.BATCH_ID.eq(id)).execute();
        boolean deleted = dsl.deleteFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(id)).execute() > 0;
        if (deleted && batch.isPresent()) {
            // who removed which file, and when: the batch itself is gone
            dsl.insertInto(BATCH_REMOVAL).set(BATCH_REMOVAL.BATCH_ID, id).set(BATCH_REMOVAL.KIND, batch.get().kind().name())
                    .set(BATCH_REMOVAL.FILE_NAME, batch.get().fileName())
                    .set(BATCH_REMOVAL.IMPORTED_AT, batch.get().importedAt().atOffset(ZoneOffset.UTC))
                    .set(BATCH_REMOVAL.REMOVED_BY, Database.actor(dsl))
                    .set(BATCH_REMOVAL.REMOVED_AT, java.time.OffsetDateTime.now(ZoneOffset.UTC)).execute();
            ChangeListener.announce(dsl, "imports");
            new ValuesPending(dsl).note("removed " + id);
        }
        return deleted;
    }

    /** A removed batch: which file, who removed it and when. */
    public record Removal(long batchId, String kind, String fileName, Instant importedAt, String removedBy, Instant removedAt) {
    }

    /** Removed batches, newest first. */
    public List<Removal> removals() {
        return dsl.selectFrom(BATCH_REMOVAL).orderBy(BATCH_REMOVAL.REMOVED_AT.desc(), BATCH_REMOVAL.ID.desc())
                .fetch(r -> new Removal(r.getBatchId(), r.getKind(), r.getFileName(), r.getImportedAt().toInstant(),
                        r.getRemovedBy(), r.getRemovedAt().toInstant()));
    }

    /** The numbers of the example batches. */
    public java.util.Set<Long> sampleIds() {
        return new java.util.TreeSet<>(dsl.select(IMPORT_BATCH.ID).from(IMPORT_BATCH).where(IMPORT_BATCH.SAMPLE.isTrue())
                .fetch(IMPORT_BATCH.ID));
    }

    public int count() {
        return dsl.fetchCount(IMPORT_BATCH);
    }

    private static ImportBatch toBatch(ImportBatchRecord r) {
        return new ImportBatch(r.getId(), ImportKind.valueOf(r.getKind()), r.getFileName(), r.getFileSize(), r.getSha256(),
                r.getFormat(), r.getProfileName(), Instant.from(r.getImportedAt()), r.getRowsRead(), r.getRowsImported(),
                r.getRowsSkipped(), Boolean.TRUE.equals(r.getSample()), r.getImportedBy());
    }
}
