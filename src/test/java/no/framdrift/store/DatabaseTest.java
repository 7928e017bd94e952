package no.framdrift.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void createsAndMigratesAFileDatabaseInTheFolder() {
        try (Database db = Database.open(dir)) {
            assertThat(db.createdNow()).isTrue();
            assertThat(db.dsl().fetchCount(no.framdrift.store.jooq.Tables.GOAL_AREA)).isZero();
        }
        assertThat(dir.resolve("framdrift.mv.db")).exists();
        try (Database again = Database.open(dir)) {
            assertThat(again.createdNow()).isFalse();
        }
    }

    @Test
    void secondOpenOfTheSameFolderGetsAClearMessage() {
        try (Database first = Database.open(dir)) {
            assertThatThrownBy(() -> Database.open(dir))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("Datamappen er i bruk av en annen Framdrift")
                    .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.ALREADY_OPEN));
            // the first stays usable
            assertThat(first.dsl().fetchCount(no.framdrift.store.jooq.Tables.INDICATOR)).isZero();
        }
        // and once it is closed, the folder can be opened again
        try (Database reopened = Database.open(dir)) {
            assertThat(reopened.folder()).isEqualTo(dir.toAbsolutePath().normalize());
        }
    }

    @Test
    void databaseFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        try (Database db = Database.open(dir)) {
            db.dsl().execute("INSERT INTO goal_area (code, name, kind, sort_order) VALUES ('X', 'Testmål', 'STRATEGIC', 0)");
        }
        // Simulate a newer app: it applied migration 999 that this build does not know.
        String url = Database.url(dir);
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE from_the_future (id INT)");
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", "
                    + "\"script\", \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\", \"success\") "
                    + "VALUES (99, '999', 'future', 'SQL', 'V999__future.sql', 0, 'sa', CURRENT_TIMESTAMP, 1, TRUE)");
        }
        long sizeBefore = Files.size(dir.resolve("framdrift.mv.db"));

        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("nyere versjon av Framdrift")
                .hasMessageContaining("999")
                .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.NEWER_VERSION));

        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(knownMigrations() + 1);
            }
            try (ResultSet rs = s.executeQuery("SELECT name FROM goal_area WHERE code = 'X'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Testmål");
            }
        }
        assertThat(Files.size(dir.resolve("framdrift.mv.db"))).isGreaterThanOrEqualTo(sizeBefore);
        // the lock was released: the refusal did not leave the folder locked
        assertThat(dir.resolve("framdrift.lock")).exists();
    }

    @Test
    void anOlderDatabaseIsMigratedInPlace() throws Exception {
        // A database left at V001 (as the first release wrote it) is brought up to date on open.
        try (Connection c = DriverManager.getConnection(Database.url(dir), "sa", "")) {
            org.flywaydb.core.Flyway.configure().dataSource(Database.url(dir), "sa", "")
                    .locations("classpath:db/migration").target("001").load().migrate();
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO goal_area (code, name, kind, sort_order) VALUES ('OLD', 'Fra før', 'STRATEGIC', 0)");
            }
        }
        try (Database db = Database.open(dir)) {
            assertThat(db.dsl().fetchValue("SELECT name FROM goal_area WHERE code = 'OLD'")).isEqualTo("Fra før");
            int applied = ((Number) db.dsl().fetchValue(
                    "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")).intValue();
            assertThat(applied).isEqualTo(knownMigrations());
        }
    }

    @Test
    void surveyCellsStoredOneRowPerAnswerAreKeptWhenTheAnswersMoveSideBySide() throws Exception {
        // V005 packs V004's rows (one per answer) into one row per question × year × background cell
        try (Connection c = DriverManager.getConnection(Database.url(dir), "sa", "")) {
            org.flywaydb.core.Flyway.configure().dataSource(Database.url(dir), "sa", "")
                    .locations("classpath:db/migration").target("004").load().migrate();
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO import_batch (id, kind, file_name, file_size, sha256, format, profile_name, imported_at,"
                        + " rows_read, rows_imported, rows_skipped) VALUES (7, 'SURVEY', 's.csv', 1, 'x', 'CSV', 'p',"
                        + " TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00Z', 5, 5, 0)");
                String cols = "INSERT INTO survey_cell (batch_id, indicator_code, question, survey_year, answer, positive, valid,"
                        + " background, respondents, sum_w, sum_w2) VALUES ";
                s.execute(cols + "(7, 'EPJ_KVALITET', 'q1', 2024, 'Helt enig', TRUE, TRUE, 'profesjon=Lege', 3, 2.5, 2.25)");
                s.execute(cols + "(7, 'EPJ_KVALITET', 'q1', 2024, 'Vet ikke', FALSE, FALSE, 'profesjon=Lege', 1, 0.75, 0.5625)");
                s.execute(cols + "(7, 'EPJ_KVALITET', 'q1', 2024, 'Helt uenig', FALSE, TRUE, 'profesjon=Sykepleier', 1, 1.5, 2.25)");
                // the same answer twice in one cell (two profile columns with one question id): kept apart, aligned
                s.execute(cols + "(7, 'EPJ_KVALITET', 'q1', 2024, 'Helt enig', TRUE, TRUE, 'profesjon=Lege', 2, 1.0, 0.5)");
            }
        }
        try (Database db = Database.open(dir)) {
            SurveyCellRepository cells = new SurveyCellRepository(db.dsl());
            assertThat(db.dsl().fetchCount(no.framdrift.store.jooq.Tables.SURVEY_CELL)).isEqualTo(2);
            assertThat(cells.count()).isEqualTo(4);
            assertThat(cells.countForBatch(7)).isEqualTo(4);
            assertThat(cells.cells("EPJ_KVALITET", 2024))
                    .extracting(no.framdrift.domain.SurveyCell::answer, no.framdrift.domain.SurveyCell::positive,
                            no.framdrift.domain.SurveyCell::valid, c -> c.background().get("profesjon"),
                            no.framdrift.domain.SurveyCell::respondents, no.framdrift.domain.SurveyCell::sumW,
                            no.framdrift.domain.SurveyCell::sumW2)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("Helt enig", true, true, "Lege", 3L, 2.5, 2.25),
                            org.assertj.core.groups.Tuple.tuple("Helt enig", true, true, "Lege", 2L, 1.0, 0.5),
                            org.assertj.core.groups.Tuple.tuple("Vet ikke", false, false, "Lege", 1L, 0.75, 0.5625),
                            org.assertj.core.groups.Tuple.tuple("Helt uenig", false, true, "Sykepleier", 1L, 1.5, 2.25));
            assertThat(cells.version("EPJ_KVALITET")).isEqualTo("2:7:7");
        }
    }

    private static int knownMigrations() throws Exception {
        // H2 runs the scripts at the top of db/migration and the portable ones in common/
        try (var files = Files.walk(Path.of("src/main/resources/db/migration"))) {
            return (int) files.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
    }
}
