package no.framdrift.store;

import static no.framdrift.store.jooq.Tables.IMPORT_BATCH;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import no.framdrift.app.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: opening skips the batch check only after a clean close that still describes the file;
 * a hard stop, a change outside Framdrift, a restored file or an unfinished import are checked.
 */
class CleanCloseTest {

    @TempDir
    Path dir;

    @Test
    void aCleanCloseIsMarkedAndTheMarkIsTakenAwayWhileOpen() throws Exception {
        try (Database db = Database.open(dir)) {
            assertThat(db.closedCleanly()).as("a new folder").isFalse();
        }
        assertThat(dir.resolve(CleanClose.MARK)).exists();
        assertThat(Files.readString(dir.resolve(CleanClose.MARK)).trim())
                .isEqualTo(CleanClose.describe(dir.resolve("framdrift.mv.db")));
        try (Database db = Database.open(dir)) {
            assertThat(db.closedCleanly()).isTrue();
            // open: a stop from now on leaves no mark behind
            assertThat(dir.resolve(CleanClose.MARK)).doesNotExist();
        }
        assertThat(dir.resolve(CleanClose.MARK)).exists();
    }

    @Test
    void theCloseOfASessionThatImportedBacksUpAndMarksTheClosedFile() throws Exception {
        try (Database db = Database.open(dir)) {
            db.dsl().fetchCount(IMPORT_BATCH);
        }
        Database db = Database.open(dir);
        db.closeWithBackup("lukking");
        assertThat(Backups.list(dir)).extracting(Backups.Backup::reason).containsExactly("lukking");
        assertThat(dir.resolve(CleanClose.MARK)).exists();
        try (Database again = Database.open(dir)) {
            assertThat(again.closedCleanly()).isTrue();
        }
    }

    @Test
    void aDatabaseLeftOpenHasNoMarkAndIsChecked() throws Exception {
        try (Database db = Database.open(dir)) {
            db.dsl().fetchCount(IMPORT_BATCH);
        }
        Database left = Database.open(dir);
        try {
            // what a killed process leaves: the folder as it is while open (copied aside, lock and all)
            Path copy = Files.createDirectory(dir.resolveSibling(dir.getFileName() + "-kopi"));
            Files.copy(dir.resolve("framdrift.mv.db"), copy.resolve("framdrift.mv.db"));
            assertThat(copy.resolve(CleanClose.MARK)).doesNotExist();
            try (Database db = Database.open(copy)) {
                assertThat(db.closedCleanly()).isFalse();
            }
        } finally {
            left.close();
        }
    }

    @Test
    void aFileChangedOutsideFramdriftAfterItsCleanCloseIsChecked() throws Exception {
        try (Database db = Database.open(dir)) {
            db.dsl().fetchCount(IMPORT_BATCH);
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("framdrift").toAbsolutePath(), "sa", "");
             Statement st = c.createStatement()) {
            st.execute("INSERT INTO workspace_setting (setting_key, setting_value) VALUES ('probe', 'x')");
        }
        assertThat(dir.resolve(CleanClose.MARK)).exists();
        try (Database db = Database.open(dir)) {
            assertThat(db.closedCleanly()).isFalse();
        }
    }

    @Test
    void aMarkThatNoLongerDescribesTheFileByItsBytesIsRefused() throws Exception {
        try (Database db = Database.open(dir)) {
            db.dsl().fetchCount(IMPORT_BATCH);
        }
        Path file = dir.resolve("framdrift.mv.db");
        String mark = Files.readString(dir.resolve(CleanClose.MARK)).trim();
        // same size and time, one byte in the newest chunk different
        var time = Files.getLastModifiedTime(file);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 100] ^= 1;
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, time);
        assertThat(CleanClose.describe(file)).isNotEqualTo(mark).startsWith(mark.substring(0, mark.lastIndexOf(' ')));
        assertThat(CleanClose.consume(dir)).isFalse();
        assertThat(dir.resolve(CleanClose.MARK)).doesNotExist();
    }

    @Test
    void anUnfinishedImportLeavesNoMark() throws Exception {
        try (Database db = Database.open(dir)) {
            db.beginImport();
            // the process "dies" before endImport(); close is still called
        }
        assertThat(dir.resolve(CleanClose.MARK)).doesNotExist();
        try (Database db = Database.open(dir)) {
            assertThat(db.closedCleanly()).isFalse();
            assertThat(db.recoveryNote()).isPresent();
        }
    }

    @Test
    void aWorkspaceClosedCleanlyOpensWithoutFindingDamageAndAChangedOneIsCheckedAgain() throws Exception {
        Path folder = dir.resolve("data");
        long batch;
        try (Workspace ws = no.framdrift.app.SampleWorkspaces.open(folder)) {
            batch = ws.imports().batches().get(0).id();
        }
        try (Workspace ws = Workspace.open(folder)) {
            assertThat(ws.damagedBatches()).isEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("framdrift").toAbsolutePath(), "sa", "");
             Statement st = c.createStatement()) {
            int n = st.executeUpdate("DELETE FROM registry_value WHERE batch_id = " + batch + " FETCH FIRST 1 ROWS ONLY")
                    + st.executeUpdate("DELETE FROM survey_cell WHERE batch_id = " + batch + " FETCH FIRST 1 ROWS ONLY")
                    + st.executeUpdate("DELETE FROM unit_list_entry WHERE batch_id = " + batch + " FETCH FIRST 1 ROWS ONLY");
            assertThat(n).isEqualTo(1);
        }
        try (Workspace ws = Workspace.open(folder)) {
            assertThat(ws.damagedBatches()).extracting(BatchIntegrity.Damaged::batchId).containsExactly(batch);
        }
    }
}
