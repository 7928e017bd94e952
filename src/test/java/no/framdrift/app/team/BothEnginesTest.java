package no.framdrift.app.team;

import no.framdrift.app.SampleWorkspaces;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.framdrift.app.Workspace;
import no.framdrift.app.catalogue.CatalogueService;
import no.framdrift.app.imports.ImportRefused;
import no.framdrift.domain.Assessment;
import no.framdrift.domain.Indicator;
import no.framdrift.store.Database;
import no.framdrift.store.PostgresTestServer;
import no.framdrift.store.ServerLogin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The use cases on both engines: an H2 data folder and a team database on PostgreSQL (skipped,
 * saying why, without a PostgreSQL test server). Who did what is recorded on both.
 */
class BothEnginesTest {

    @TempDir
    Path dir;
    ServerLogin server;
    final List<Workspace> open = new ArrayList<>();

    Workspace open(Database.Engine engine) {
        Workspace ws;
        if (engine == Database.Engine.H2) {
            ws = SampleWorkspaces.open(dir.resolve("data"));
        } else {
            PostgresTestServer.assumeAvailable();
            if (server == null) {
                server = PostgresTestServer.freshDatabase();
            }
            ws = Workspace.connect(server, Workspace.Start.SAMPLE);
        }
        open.add(ws);
        return ws;
    }

    @AfterEach
    void close() {
        open.forEach(Workspace::close);
        if (server != null) {
            PostgresTestServer.drop(server);
        }
    }

    static String expectedUser(Workspace ws) {
        return ws.engine() == Database.Engine.H2 ? System.getProperty("user.name") : ws.access().user();
    }

    @ParameterizedTest
    @EnumSource(Database.Engine.class)
    void historyAssessmentsImportsAndRemovalsRecordWhoAndWhen(Database.Engine engine) throws Exception {
        Workspace ws = open(engine);
        assertThat(ws.engine()).isEqualTo(engine);
        String who = expectedUser(ws);
        CatalogueService catalogue = ws.catalogue();

        Indicator pll = catalogue.load().indicator("PLL").orElseThrow();
        assertThat(catalogue.save(TeamFixture.withNote(pll, "Ny merknad"), "PLL", catalogue.version("PLL")).saved()).isTrue();
        assertThat(catalogue.history("PLL").get(0).changedBy()).isEqualTo(who);

        Assessment a = catalogue.saveAssessment("PLL", "2025Q3", "Jevn økning i alle områder.");
        assertThat(catalogue.assessments("PLL")).extracting(Assessment::text, Assessment::savedBy)
                .contains(org.assertj.core.groups.Tuple.tuple("Jevn økning i alle områder.", who));
        assertThat(a.period()).isEqualTo("2025Q3");

        long batch = ws.imports().importFile(TeamFixture.pllImport(ws, TeamFixture.pllExtract(dir, "e", 60000))).batchId();
        assertThat(ws.imports().batches().get(0).importedBy()).isEqualTo(who);
        assertThat(ws.imports().removeBatch(batch)).isTrue();
        assertThat(ws.imports().removals()).first().satisfies(r -> {
            assertThat(r.batchId()).isEqualTo(batch);
            assertThat(r.fileName()).isEqualTo("pll-e.csv");
            assertThat(r.removedBy()).isEqualTo(who);
        });
    }

    @ParameterizedTest
    @EnumSource(Database.Engine.class)
    void aSaveOverAnotherPersonsSaveIsAConflictThatNamesTheFieldsAndCanOverwrite(Database.Engine engine) {
        Workspace ws = open(engine);
        CatalogueService catalogue = ws.catalogue();
        Indicator pll = catalogue.load().indicator("PLL").orElseThrow();
        long read = catalogue.version("PLL");

        // the other person saves a new name first
        assertThat(catalogue.save(TeamFixture.withName(pll, "Deres navn"), "PLL", read).saved()).isTrue();
        // this person saves a note on the version read before
        CatalogueService.SaveResult mine = catalogue.save(TeamFixture.withNote(pll, "Min merknad"), "PLL", read);
        assertThat(mine.saved()).isFalse();
        CatalogueService.Conflict c = mine.conflict().orElseThrow();
        assertThat(c.fields()).containsExactlyInAnyOrder(
                new CatalogueService.FieldConflict("name", "Deres navn", pll.name()),
                new CatalogueService.FieldConflict("note", pll.note(), "Min merknad"));
        assertThat(c.savedBy()).isEqualTo(expectedUser(ws));
        assertThat(catalogue.load().indicator("PLL").orElseThrow().name()).isEqualTo("Deres navn");

        // "Overskriv med mine": save again against the version now stored
        assertThat(catalogue.save(TeamFixture.withNote(pll, "Min merknad"), "PLL", c.currentVersion()).saved()).isTrue();
        Indicator now = catalogue.load().indicator("PLL").orElseThrow();
        assertThat(now.note()).isEqualTo("Min merknad");
        assertThat(now.name()).isEqualTo(pll.name());
    }

    @ParameterizedTest
    @EnumSource(Database.Engine.class)
    void twoImportsOfTheSameCellsAtOnceLeaveExactlyOne(Database.Engine engine) throws Exception {
        Workspace first = open(engine);
        Path file = TeamFixture.pllExtract(dir, "samme", 63000);
        int before = first.imports().batches().size();
        // two clients on PostgreSQL; on H2 the same workspace from two threads (one process holds the folder)
        Workspace second = engine == Database.Engine.H2 ? first : open(engine);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (Workspace ws : List.of(first, second)) {
                results.add(pool.submit((Callable<String>) () -> {
                    try {
                        return "importert " + ws.imports().importFile(TeamFixture.pllImport(ws, file)).batchId();
                    } catch (ImportRefused e) {
                        return "avvist " + e.reason();
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).filteredOn(o -> o.startsWith("importert")).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o.startsWith("avvist")).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(first.imports().batches()).hasSize(before + 1);
    }
}
