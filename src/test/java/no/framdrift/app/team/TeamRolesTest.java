package no.framdrift.app.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import no.framdrift.app.Workspace;
import no.framdrift.app.catalogue.CatalogueService;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.IndicatorChange;
import no.framdrift.store.PostgresTestServer;
import no.framdrift.store.ServerLogin;
import no.framdrift.store.StoreException;
import no.framdrift.store.TeamRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database, not the app, enforces the team roles: a reader cannot write through any client,
 * a steward cannot import but can edit, an analyst can import. Needs a PostgreSQL test server.
 */
class TeamRolesTest {

    static ServerLogin owner;
    static ServerLogin reader;
    static ServerLogin steward;
    static ServerLogin analyst;

    @TempDir
    Path dir;

    @BeforeAll
    static void workspaceWithRoles() {
        PostgresTestServer.assumeAvailable();
        owner = PostgresTestServer.freshDatabase();
        try (Workspace ws = Workspace.connect(owner, Workspace.Start.SAMPLE)) {
            TeamService team = new TeamService(ws);
            team.installRoles();
            reader = PostgresTestServer.loginRole(owner, "ft_leser", "leser-pass");
            steward = PostgresTestServer.loginRole(owner, "ft_redaktor", "redaktor-pass");
            analyst = PostgresTestServer.loginRole(owner, "ft_analytiker", "analytiker-pass");
            team.grant("ft_leser", TeamRole.READER);
            team.grant("ft_redaktor", TeamRole.STEWARD);
            team.grant("ft_analytiker", TeamRole.ANALYST);
            assertThat(team.members().get(TeamRole.STEWARD)).contains("ft_redaktor");
        }
    }

    @AfterAll
    static void drop() {
        if (owner != null) {
            PostgresTestServer.drop(owner);
        }
    }

    @Test
    void aReadersInsertThroughPlainJdbcIsRefusedByTheDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(reader.url(), reader.user(), reader.password());
             Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO import_batch (kind, file_name, file_size, sha256, format,"
                    + " profile_name, imported_at, rows_read, rows_imported, rows_skipped) VALUES ('REGISTRY', 'x.csv', 1,"
                    + " 'x', 'CSV', 'p', now(), 1, 1, 0)"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
            // but reading is allowed
            assertThat(s.executeQuery("SELECT count(*) FROM indicator").next()).isTrue();
        }
    }

    @Test
    void aReadersImportIsRefusedWithTheReadOnlyMessageAndChangesNothing() throws Exception {
        Path file = TeamFixture.pllExtract(dir, "leser", 60000);
        try (Workspace ws = Workspace.connect(reader, Workspace.Start.SAMPLE)) {
            assertThat(ws.access().readOnly()).isTrue();
            assertThat(ws.access().whyNoImport()).isEqualTo("Du har bare lesetilgang til dette arbeidsområdet");
            int before = ws.imports().batches().size();
            assertThatThrownBy(() -> ws.imports().importFile(TeamFixture.pllImport(ws, file)))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("Du har bare lesetilgang til dette arbeidsområdet.")
                    .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.PERMISSION_DENIED));
            assertThat(ws.imports().batches()).hasSize(before);
        }
    }

    @Test
    void aStewardCannotImportButCanEditAndIsRecordedAsTheEditor() throws Exception {
        Path file = TeamFixture.pllExtract(dir, "redaktor", 61000);
        try (Workspace ws = Workspace.connect(steward, Workspace.Start.SAMPLE)) {
            assertThat(ws.access().canEditCatalogue()).isTrue();
            assertThat(ws.access().canImport()).isFalse();
            assertThatThrownBy(() -> ws.imports().importFile(TeamFixture.pllImport(ws, file)))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("Bare analytikere (framdrift_analyst) kan importere og fjerne data.");

            CatalogueService catalogue = ws.catalogue();
            Indicator pll = catalogue.load().indicator("PLL").orElseThrow();
            CatalogueService.SaveResult saved = catalogue.save(TeamFixture.withNote(pll, "Redigert av redaktøren"), "PLL",
                    catalogue.version("PLL"));
            assertThat(saved.saved()).isTrue();
            List<IndicatorChange> history = catalogue.history("PLL");
            assertThat(history.get(0).field()).isEqualTo("note");
            assertThat(history.get(0).newValue()).isEqualTo("Redigert av redaktøren");
            assertThat(history.get(0).changedBy()).isEqualTo("ft_redaktor");
        }
    }

    @Test
    void anAnalystImportsAndIsRecordedAsTheImporterButCannotEdit() throws Exception {
        Path file = TeamFixture.pllExtract(dir, "analytiker", 62000);
        try (Workspace ws = Workspace.connect(analyst, Workspace.Start.SAMPLE)) {
            long batch = ws.imports().importFile(TeamFixture.pllImport(ws, file)).batchId();
            assertThat(ws.imports().batches().get(0).id()).isEqualTo(batch);
            assertThat(ws.imports().batches().get(0).importedBy()).isEqualTo("ft_analytiker");
            Indicator pll = ws.catalogue().load().indicator("PLL").orElseThrow();
            assertThatThrownBy(() -> ws.catalogue().save(TeamFixture.withNote(pll, "Analytikeren prøver"), "PLL"))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("Bare redaktører (framdrift_steward) kan endre katalogen, ambisjonene og vurderingene.");
        }
    }
}
