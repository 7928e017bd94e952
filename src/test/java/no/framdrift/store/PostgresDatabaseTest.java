package no.framdrift.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import no.framdrift.store.jooq.Tables;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The team workspace on a real PostgreSQL 15 (skipped, saying why, without a test server). */
class PostgresDatabaseTest {

    ServerLogin login;

    @BeforeEach
    void freshDatabase() {
        PostgresTestServer.assumeAvailable();
        login = PostgresTestServer.freshDatabase();
    }

    @AfterEach
    void drop() {
        if (login != null) {
            PostgresTestServer.drop(login);
        }
    }

    @Test
    void theMigrationsRunOnPostgresqlAndTheDialectFollowsTheConnection() {
        try (Database db = Database.connect(login)) {
            assertThat(db.engine()).isEqualTo(Database.Engine.POSTGRESQL);
            assertThat(db.createdNow()).isTrue();
            assertThat(db.dsl().dialect().family()).isEqualTo(org.jooq.SQLDialect.POSTGRES);
            assertThat(db.dsl().fetchCount(Tables.INDICATOR)).isZero();
            assertThat(db.access().user()).isEqualTo(login.user());
            assertThat(db.access().owner()).isTrue();
            assertThat(db.describe()).isEqualTo(login.user() + "@" + login.where());
        }
        try (Database again = Database.connect(login)) {
            assertThat(again.createdNow()).isFalse();
        }
        assertThat(appliedVersions()).isEqualTo(MigrationLocationsTest.versions(Database.H2_LOCATIONS));
    }

    @Test
    void surveyAnswersSideBySideAreArraysOnPostgresqlToo() {
        try (Database db = Database.connect(login)) {
            long batch = new ImportBatchRepository(db.dsl()).insert(new no.framdrift.domain.ImportBatch(0,
                    no.framdrift.domain.ImportKind.SURVEY, "s.csv", 1, "abc", "CSV", "p", java.time.Instant.now(), 3, 3, 0));
            SurveyCellRepository cells = new SurveyCellRepository(db.dsl());
            cells.insertAll(batch, List.of(
                    new no.framdrift.domain.SurveyCell(0, "EPJ", "q1", 2024, "Helt enig", true, true,
                            java.util.Map.of("profesjon", "Lege"), 3, 2.5, 2.25),
                    new no.framdrift.domain.SurveyCell(0, "EPJ", "q1", 2024, "Vet ikke", false, false,
                            java.util.Map.of("profesjon", "Lege"), 1, 0.75, 0.5625)));
            assertThat(db.dsl().fetchCount(Tables.SURVEY_CELL)).isEqualTo(1);
            assertThat(cells.count()).isEqualTo(2);
            assertThat(cells.cells("EPJ", 2024)).extracting(no.framdrift.domain.SurveyCell::answer,
                            no.framdrift.domain.SurveyCell::sumW2)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Helt enig", 2.25),
                            org.assertj.core.groups.Tuple.tuple("Vet ikke", 0.5625));
            assertThat(cells.version("EPJ")).isEqualTo("1:" + batch + ":4");
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        try (Database db = Database.connect(login)) {
            db.dsl().execute("INSERT INTO goal_area (code, name, kind, sort_order) VALUES ('X', 'Testmål', 'STRATEGIC', 0)");
        }
        execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                + " installed_by, installed_on, execution_time, success) VALUES (99, '999', 'future', 'SQL',"
                + " 'V999__future.sql', 0, 'x', now(), 1, TRUE)");
        assertThatThrownBy(() -> Database.connect(login))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("Teamdatabasen " + login.where() + " er laget av en nyere versjon av Framdrift")
                .hasMessageContaining("999")
                .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.NEWER_VERSION));
    }

    @Test
    void aWrongPasswordAndAnUnreachableServerEachGetOneClearMessage() {
        ServerLogin wrong = new ServerLogin(login.url(), login.user(), "ikke-passordet");
        assertThatThrownBy(() -> Database.connect(wrong))
                .isInstanceOf(StoreException.class)
                .hasMessage("Feil passord for brukeren " + login.user() + " på teamdatabasen " + login.where()
                        + ". Skriv passordet på nytt, eller sjekk PGPASSWORD eller ~/.pgpass.")
                .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.WRONG_PASSWORD));

        ServerLogin nowhere = new ServerLogin("jdbc:postgresql://127.0.0.1:1/framdrift", login.user(), "x");
        assertThatThrownBy(() -> Database.connect(nowhere))
                .isInstanceOf(StoreException.class)
                .hasMessage("Får ikke kontakt med databaseserveren 127.0.0.1:1/framdrift. Sjekk adressen og nettverket,"
                        + " og at serveren kjører.")
                .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.UNREACHABLE));
    }

    private List<String> appliedVersions() {
        MigrationInfo[] applied = Flyway.configure().dataSource(login.url(), login.user(), login.password())
                .locations(Database.POSTGRESQL_LOCATIONS).load().info().applied();
        return Arrays.stream(applied).map(m -> m.getVersion().getVersion()).toList();
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(login.url(), login.user(), login.password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
