package no.framdrift.store;

import static no.framdrift.store.jooq.Tables.IMPORT_BATCH;
import static no.framdrift.store.jooq.Tables.REGISTRY_VALUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.framdrift.domain.ImportBatch;
import no.framdrift.domain.ImportKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18: interrupted imports undone, damaged files refused, batches verified, backups restored. */
class WorkspaceSafetyTest {

    @TempDir
    Path dir;

    private static long batchWithRows(Database db, String file, int rows) {
        return new Transactor(db.dsl()).inTransaction(dsl -> {
            long id = new ImportBatchRepository(dsl).insert(new ImportBatch(0, ImportKind.REGISTRY, file, 10, "sha-" + file,
                    "CSV", "p", Instant.parse("2026-01-01T00:00:00Z"), rows, rows, 0));
            for (int i = 0; i < rows; i++) {
                dsl.insertInto(REGISTRY_VALUE).set(REGISTRY_VALUE.BATCH_ID, id).set(REGISTRY_VALUE.INDICATOR_CODE, "PLL")
                        .set(REGISTRY_VALUE.PERIOD_CODE, "2025M0" + (1 + i % 9)).set(REGISTRY_VALUE.GRANULARITY, "MONTH")
                        .set(REGISTRY_VALUE.PERIOD_START, LocalDate.of(2025, 1 + i % 9, 1))
                        .set(REGISTRY_VALUE.PERIOD_END, LocalDate.of(2025, 1 + i % 9, 28))
                        .set(REGISTRY_VALUE.AREA_CODE, "0301").set(REGISTRY_VALUE.AREA_LEVEL, "MUNICIPALITY")
                        .set(REGISTRY_VALUE.NUMERATOR, 100.0 + i).set(REGISTRY_VALUE.DENOMINATOR, 3491.745).execute();
            }
            new BatchIntegrity(dsl).record(id);
            return id;
        });
    }

    @Test
    void anImportInterruptedBeforeItsNoteWasClearedIsUndoneFromTheBackupOnOpen() {
        try (Database db = Database.open(dir)) {
            batchWithRows(db, "first.csv", 3);
            db.beginImport();
            batchWithRows(db, "second.csv", 5);
            // no endImport(): the process "died" before the import was reported
        }
        assertThat(Files.exists(dir.resolve(Backups.IMPORT_JOURNAL))).isTrue();
        try (Database db = Database.open(dir)) {
            List<String> files = db.dsl().select(IMPORT_BATCH.FILE_NAME).from(IMPORT_BATCH).fetch(IMPORT_BATCH.FILE_NAME);
            assertThat(files).containsExactly("first.csv");
            assertThat(db.recoveryNote()).get().asString().contains("satt tilbake til slik den var før importen");
        }
        assertThat(Files.exists(dir.resolve(Backups.IMPORT_JOURNAL))).isFalse();
        // a finished import stays
        try (Database db = Database.open(dir)) {
            db.beginImport();
            batchWithRows(db, "third.csv", 2);
            db.endImport();
        }
        try (Database db = Database.open(dir)) {
            assertThat(db.dsl().fetchCount(IMPORT_BATCH)).isEqualTo(2);
            assertThat(db.recoveryNote()).isEmpty();
            assertThat(Backups.list(dir)).isNotEmpty().allSatisfy(b -> assertThat(b.describe()).startsWith("Sikkerhetskopi "));
        }
    }

    @Test
    void theBackupAtCloseIsTheClosedFileAndRestoresEverythingCommitted() throws Exception {
        Database db = Database.open(dir);
        batchWithRows(db, "first.csv", 3);
        batchWithRows(db, "second.csv", 4);
        db.closeWithBackup("lukking");
        Backups.Backup closing = Backups.list(dir).get(0);
        assertThat(closing.reason()).isEqualTo("lukking");
        assertThat(Backups.isBackup(closing.file())).isTrue();
        // the folder is free again, and the zip holds the file exactly as the close left it
        byte[] closed = Files.readAllBytes(dir.resolve(Database.DB_NAME + ".mv.db"));
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(closing.file()))) {
            assertThat(in.getNextEntry().getName()).isEqualTo(Database.DB_NAME + ".mv.db");
            assertThat(in.readAllBytes()).isEqualTo(closed);
        }
        Path other = dir.resolve("restored");
        Files.createDirectories(other);
        Backups.restore(closing.file(), other);
        try (Database restored = Database.open(other)) {
            assertThat(restored.dsl().select(IMPORT_BATCH.FILE_NAME).from(IMPORT_BATCH).orderBy(IMPORT_BATCH.ID)
                    .fetch(IMPORT_BATCH.FILE_NAME)).containsExactly("first.csv", "second.csv");
            assertThat(restored.dsl().fetchCount(REGISTRY_VALUE)).isEqualTo(7);
            assertThat(new BatchIntegrity(restored.dsl()).verify()).isEmpty();
        }
        // with a connection still in use the open database is backed up (BACKUP TO), then closed
        Database busy = Database.open(dir);
        busy.dsl().connection(held -> busy.closeWithBackup("lukking"));
        assertThat(Backups.list(dir)).hasSize(2);
        try (Database again = Database.open(dir)) {
            assertThat(again.dsl().fetchCount(IMPORT_BATCH)).isEqualTo(2);
        }
    }

    @Test
    void aDamagedBatchIsNamedWithItsRowCounts() {
        try (Database db = Database.open(dir)) {
            long ok = batchWithRows(db, "ok.csv", 4);
            long hurt = batchWithRows(db, "skadet.csv", 6);
            assertThat(new BatchIntegrity(db.dsl()).verify()).isEmpty();
            // two rows lost, as a half-applied transaction would leave it
            db.dsl().execute("DELETE FROM registry_value WHERE batch_id = " + hurt + " AND numerator >= 104");
            // and a flipped number in the other batch
            db.dsl().execute("UPDATE registry_value SET denominator = 3491.744999940397 WHERE batch_id = " + ok
                    + " AND numerator = 100");
            List<BatchIntegrity.Damaged> damaged = new BatchIntegrity(db.dsl()).verify();
            assertThat(damaged).extracting(BatchIntegrity.Damaged::batchId).containsExactly(ok, hurt);
            assertThat(damaged.get(1).describe()).isEqualTo("Parti " + hurt + " (skadet.csv) er skadet: 4 av 6 rader finnes");
            assertThat(damaged.get(0).describe()).contains("tallene stemmer ikke");
        }
    }

    @Test
    void anEmptyOrTruncatedDatabaseFileIsRefusedAndNeverReplaced() throws Exception {
        try (Database db = Database.open(dir)) {
            batchWithRows(db, "a.csv", 1);
            Backups.take(db, "manuell");
        }
        Path file = dir.resolve("framdrift.mv.db");
        Files.write(file, new byte[0]);
        assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("er tom (0 byte)").hasMessageContaining("Den er ikke erstattet")
                .hasMessageContaining("Gjenopprett fra sikkerhetskopi (")
                .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.DAMAGED));
        assertThat(Files.size(file)).isZero();
        Files.write(file, new byte[4096]);
        assertThatThrownBy(() -> Database.open(dir)).hasMessageContaining("er avkortet (4096 byte)");
        assertThat(Files.size(file)).isEqualTo(4096);
        // restoring the newest backup brings the batch back; the damaged file is kept aside
        Path zip = Backups.list(dir).get(0).file();
        assertThatThrownBy(() -> Database.restoreBackup(dir, zip, false)).hasMessageContaining("Bruk --force");
        Path kept = Database.restoreBackup(dir, zip, true);
        assertThat(Files.size(kept)).isEqualTo(4096);
        try (Database db = Database.open(dir)) {
            assertThat(db.dsl().fetchCount(IMPORT_BATCH)).isEqualTo(1);
        }
    }

    @Test
    void aWriteProtectedDatabaseFileSaysSoInNorwegian() throws Exception {
        try (Database db = Database.open(dir)) {
            batchWithRows(db, "a.csv", 1);
        }
        Path file = dir.resolve("framdrift.mv.db");
        assertThat(file.toFile().setWritable(false, false)).isTrue();
        try {
            if (Files.isWritable(file)) {
                return; // running as root: the file stays writable; nothing to check
            }
            assertThatThrownBy(() -> Database.open(dir)).hasMessageContaining("er skrivebeskyttet")
                    .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.NOT_WRITABLE));
        } finally {
            file.toFile().setWritable(true, false);
        }
    }

    @Test
    void anInterruptedFirstStartIsDoneAgain() {
        try (Database db = Database.open(dir)) {
            db.beginSeeding();
            batchWithRows(db, "half-seeded.csv", 2);
        }
        try (Database db = Database.open(dir)) {
            assertThat(db.createdNow()).isTrue();
            assertThat(db.dsl().fetchCount(IMPORT_BATCH)).isZero();
            assertThat(db.recoveryNote()).get().asString().contains("Første oppstart");
        }
    }

    @Test
    void theUrlKeepsCommitsSynchronousAndCompactionOff() {
        assertThat(Database.url(dir)).contains("WRITE_DELAY=0").contains("MAX_COMPACT_TIME=0")
                .contains("AUTO_COMPACT_FILL_RATE=0");
    }
}
