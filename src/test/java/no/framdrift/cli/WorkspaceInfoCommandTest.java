package no.framdrift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.framdrift.app.Workspace;
import no.framdrift.app.team.TeamService;
import no.framdrift.store.PostgresTestServer;
import no.framdrift.store.ServerLogin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code workspace info} says who did what: the user recorded for changes, who imported each batch
 * and who removed which; on PostgreSQL also the members of the three team roles. On a data folder
 * the operating-system user is recorded.
 */
class WorkspaceInfoCommandTest {

    @TempDir
    Path dir;
    final List<ServerLogin> databases = new ArrayList<>();

    @AfterEach
    void drop() {
        databases.forEach(PostgresTestServer::drop);
    }

    static TeamWorkspaceCommandTest.Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RootCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new TeamWorkspaceCommandTest.Run(code, out.toString(), err.toString());
    }

    Path pllFile(String name) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "maaned;omraade;antall_med_pll;befolkning\nnov.25;Norge;61000;5594340\n",
                StandardCharsets.UTF_8);
        return file;
    }

    static long batchNumber(String importOutput) {
        Matcher m = Pattern.compile("Parti:\\s+(\\d+)").matcher(importOutput);
        assertThat(m.find()).as(importOutput).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** The line of the batch table (or removal table) for a batch number and file. */
    static String line(String out, long batch, String file) {
        return out.lines().filter(l -> l.matches("\\s+" + batch + "\\s+" + Pattern.quote(file) + "\\s.*")).findFirst()
                .orElseThrow(() -> new AssertionError("no line for batch " + batch + " " + file + " in\n" + out));
    }

    static String roleLine(String out, String role) {
        return out.lines().filter(l -> l.startsWith("  " + role + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + role + " in\n" + out));
    }

    @Test
    void onADataFolderTheOperatingSystemUserIsShownForTheImportAndTheRemovals() throws Exception {
        String me = System.getProperty("user.name");
        Path data = dir.resolve("data");
        assertThat(run("--data-dir", data.toString(), "workspace", "init", "--sample").code()).isZero();
        TeamWorkspaceCommandTest.Run imported = run("--data-dir", data.toString(), "import",
                pllFile("pll-nov.csv").toString(), "--profile", "sample-data/profiles/pll.json");
        assertThat(imported.code()).as(imported.err()).isZero();
        long batch = batchNumber(imported.out());
        assertThat(batch).isEqualTo(11); // after the ten example batches
        assertThat(run("--data-dir", data.toString(), "workspace", "remove-sample").code()).isZero();

        TeamWorkspaceCommandTest.Run info = run("--data-dir", data.toString(), "workspace", "info");

        assertThat(info.code()).as(info.err()).isZero();
        assertThat(info.out()).contains("Datamappe:     " + data, "Bruker:        " + me + " (operativsystemets bruker)")
                .contains("Partier:       1", "Fjernede partier: 10").doesNotContain("Roller");
        assertThat(line(info.out(), 11, "pll-nov.csv")).contains("REGISTRY", " 1 ").contains(" " + me + " ");
        // the example PLL extract was batch 4 (the fourth file in sample-data/imports.txt): removed by this user
        String removed = line(info.out(), 4, "pll-2025.csv");
        assertThat(removed).endsWith(" " + me);
        assertThat(removed.split("\\s{2,}")).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void onPostgresqlTheRoleMembersAndTheDatabaseUsersWhoImportedAndRemovedAreShown() throws Exception {
        PostgresTestServer.assumeAvailable();
        ServerLogin owner = PostgresTestServer.freshDatabase();
        databases.add(owner);
        try (Workspace ws = Workspace.connect(owner, Workspace.Start.SAMPLE)) {
            new TeamService(ws).installRoles();
        }
        ServerLogin analyst = PostgresTestServer.loginRole(owner, "ft_info_analytiker", "analytiker-pass");
        PostgresTestServer.loginRole(owner, "ft_info_leser", "leser-pass");
        assertThat(run(TeamWorkspaceCommandTest.db(owner, "workspace", "grant", "ft_info_analytiker", "analyst")).code())
                .isZero();
        assertThat(run(TeamWorkspaceCommandTest.db(owner, "workspace", "grant", "ft_info_leser", "reader")).code())
                .isZero();
        TeamWorkspaceCommandTest.Run imported = run(TeamWorkspaceCommandTest.db(analyst, "import",
                pllFile("pll-nov.csv").toString(), "--profile", "sample-data/profiles/pll.json"));
        assertThat(imported.code()).as(imported.err()).isZero();
        long batch = batchNumber(imported.out());
        TeamWorkspaceCommandTest.Run removed = run(TeamWorkspaceCommandTest.db(analyst, "workspace", "remove-sample"));
        assertThat(removed.code()).as(removed.err()).isZero();

        TeamWorkspaceCommandTest.Run info = run(TeamWorkspaceCommandTest.db(owner, "workspace", "info"));

        assertThat(info.code()).as(info.err()).isZero();
        assertThat(info.out()).contains("Teamdatabase:  " + owner.user() + "@",
                "Bruker:        " + owner.user() + " (databasebrukeren)", "Partier:       1", "Fjernede partier: 10");
        // role names are per server: other tests' login roles may be members too
        assertThat(roleLine(info.out(), "framdrift_analyst")).contains("ft_info_analytiker").doesNotContain("ft_info_leser");
        assertThat(roleLine(info.out(), "framdrift_reader")).contains("ft_info_leser").doesNotContain("ft_info_analytiker");
        assertThat(roleLine(info.out(), "framdrift_steward")).doesNotContain("ft_info_");
        assertThat(line(info.out(), batch, "pll-nov.csv")).contains(" ft_info_analytiker ");
        assertThat(line(info.out(), 4, "pll-2025.csv")).endsWith(" ft_info_analytiker");
        // a reader sees the same (reading is all it takes)
        ServerLogin reader = new ServerLogin(owner.url(), "ft_info_leser", "leser-pass");
        TeamWorkspaceCommandTest.Run asReader = run(TeamWorkspaceCommandTest.db(reader, "workspace", "info"));
        assertThat(asReader.code()).as(asReader.err()).isZero();
        assertThat(asReader.out()).contains("Bruker:        ft_info_leser (databasebrukeren)",
                "Fjernede partier: 10");
    }
}
