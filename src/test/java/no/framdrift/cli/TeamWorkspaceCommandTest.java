package no.framdrift.cli;

import no.framdrift.app.SampleWorkspaces;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.framdrift.app.Workspace;
import no.framdrift.app.team.TeamService;
import no.framdrift.domain.Indicator;
import no.framdrift.store.PostgresTestServer;
import no.framdrift.store.ServerLogin;
import no.framdrift.store.TeamRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team workspace from the command line, against a real PostgreSQL (skipped without one): the
 * same values as on an H2 folder, byte for byte; a reader's import refused; a local folder copied.
 */
class TeamWorkspaceCommandTest {

    @TempDir
    Path dir;
    final List<ServerLogin> databases = new ArrayList<>();

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RootCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void server() {
        PostgresTestServer.assumeAvailable();
    }

    @AfterEach
    void drop() {
        databases.forEach(PostgresTestServer::drop);
    }

    ServerLogin fresh() {
        ServerLogin db = PostgresTestServer.freshDatabase();
        databases.add(db);
        return db;
    }

    /** The command line's --db for a login: the password rides in the URL here (PGPASSWORD in real use). */
    static String[] db(ServerLogin login, String... command) {
        List<String> args = new ArrayList<>(List.of("--db", login.url() + "?password=" + login.password(),
                "--db-user", login.user()));
        args.addAll(List.of(command));
        return args.toArray(String[]::new);
    }

    static List<String> codes(Path folder) {
        try (Workspace ws = SampleWorkspaces.open(folder)) {
            return ws.catalogue().load().indicators().stream().map(Indicator::code).toList();
        }
    }

    @Test
    void workspaceInitSampleOnABareDatabaseGivesTheExampleWorkspaceThere() {
        ServerLogin server = fresh();
        Run init = run(db(server, "workspace", "init", "--sample"));
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(init.out()).contains("Teamdatabasen er klar");
        Run pll = run(db(server, "values", "PLL", "--format", "csv"));
        assertThat(pll.code()).isZero();
        // PLL 2025Q3 for Bergensområdet is its September value (END_OF_PERIOD), drawn from example data
        assertThat(pll.out().lines().filter(l -> l.startsWith("2025Q3,Bergensområdet,")).findFirst().orElseThrow())
                .contains("0.121").endsWith(",true");
    }

    @Test
    void theSameValuesCsvOnPostgresqlAsOnAnH2FolderForEveryIndicator() {
        Path folder = dir.resolve("data");
        ServerLogin server = fresh();
        List<String> codes = codes(folder);
        try (Workspace ws = Workspace.connect(server, Workspace.Start.SAMPLE)) {
            assertThat(ws.catalogue().load().indicators()).extracting(Indicator::code).isEqualTo(codes);
        }
        int compared = 0;
        for (String code : codes) {
            Run h2 = run("--data-dir", folder.toString(), "values", code, "--format", "csv");
            Run pg = run(db(server, "values", code, "--format", "csv"));
            assertThat(pg.code()).as(code).isEqualTo(h2.code());
            assertThat(pg.out()).as(code).isEqualTo(h2.out());
            assertThat(pg.err()).as(code).isEqualTo(h2.err());
            if (h2.code() == 0 && h2.out().lines().count() > 1) {
                compared++;
            }
        }
        // the sample workspace has values for most indicators: the comparison is not of empty files
        assertThat(compared).isGreaterThanOrEqualTo(8);
    }

    @Test
    void aReadersImportExitsNonZeroWithTheReadOnlyMessageAndChangesNothing() throws Exception {
        ServerLogin owner = fresh();
        int batches;
        try (Workspace ws = Workspace.connect(owner, Workspace.Start.SAMPLE)) {
            new TeamService(ws).installRoles();
            batches = ws.imports().batches().size();
        }
        ServerLogin reader = PostgresTestServer.loginRole(owner, "ft_leser", "leser-pass");
        assertThat(run(db(owner, "workspace", "grant", "ft_leser", "leser")).code()).isZero();
        Path file = dir.resolve("pll-ny.csv");
        Files.writeString(file, "maaned;omraade;antall_med_pll;befolkning\nnov.25;Norge;61000;5594340\n", StandardCharsets.UTF_8);

        Run r = run(db(reader, "import", file.toString(), "--profile", "sample-data/profiles/pll.json"));

        assertThat(r.code()).isNotZero();
        assertThat(r.err()).isEqualTo("Feil: Du har bare lesetilgang til dette arbeidsområdet." + System.lineSeparator());
        try (Workspace ws = Workspace.connect(owner, Workspace.Start.SAMPLE)) {
            assertThat(ws.imports().batches()).hasSize(batches);
        }
        Run revoke = run(db(owner, "workspace", "revoke", "ft_leser", "reader"));
        assertThat(revoke.out()).isEqualTo("ft_leser har ikke lenger rollen framdrift_reader." + System.lineSeparator());
    }

    @Test
    void aLocalFolderIsCopiedIntoAnEmptyTeamDatabaseWithEqualCounts() {
        Path folder = dir.resolve("data");
        codes(folder); // creates the folder with the sample workspace
        ServerLogin target = fresh();

        Run r = run("--data-dir", folder.toString(), "--db-user", target.user(),
                "workspace", "copy", "--to", target.url() + "?password=" + target.password());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("like mange på begge sider").doesNotContain("ULIKT");
        assertThat(r.out()).containsPattern("survey_cell\\s+(\\d+)\\s+\\1");
        assertThat(r.out()).containsPattern("import_batch\\s+10\\s+10");
        // the copy has the same values, and new batches continue after the copied numbers
        Run h2 = run("--data-dir", folder.toString(), "values", "PLL", "--format", "csv");
        Run pg = run(db(target, "values", "PLL", "--format", "csv"));
        assertThat(pg.out()).isEqualTo(h2.out());

        // a second copy into the now filled database is refused and changes nothing
        Run again = run("--data-dir", folder.toString(), "--db-user", target.user(),
                "workspace", "copy", "--to", target.url() + "?password=" + target.password());
        assertThat(again.code()).isNotZero();
        assertThat(again.err()).startsWith("Feil: Målet er ikke et tomt arbeidsområde");
    }
}
