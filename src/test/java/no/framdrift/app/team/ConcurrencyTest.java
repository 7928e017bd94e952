package no.framdrift.app.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import no.framdrift.app.Workspace;
import no.framdrift.app.catalogue.CatalogueService;
import no.framdrift.domain.ImportBatch;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.IndicatorChange;
import no.framdrift.store.PostgresTestServer;
import no.framdrift.store.ServerLogin;
import no.framdrift.store.TeamRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Eight clients on one PostgreSQL server at once: four stewards saving edits to the same few
 * indicators, two analysts importing, two readers reading values. Every saved edit is in the
 * history exactly once, every import is whole, and nothing fails (a conflict is retried as a
 * person would: read again, edit again). {@code -Dframdrift.concurrency.seconds=60} for the
 * full run reported in docs/PERFORMANCE.md; CI runs it shorter.
 */
class ConcurrencyTest {

    private static final Logger LOG = LoggerFactory.getLogger(ConcurrencyTest.class);
    static final List<String> EDITED = List.of("PLL", "DIGIHELSE", "EPJ_KVALITET");

    @TempDir
    Path dir;
    ServerLogin owner;

    @AfterEach
    void drop() {
        if (owner != null) {
            PostgresTestServer.drop(owner);
        }
    }

    @Test
    void eightClientsAtOnceLoseNothingAndHalfStoreNothing() throws Exception {
        PostgresTestServer.assumeAvailable();
        long seconds = Long.getLong("framdrift.concurrency.seconds", 15);
        owner = PostgresTestServer.freshDatabase();
        try (Workspace ws = Workspace.connect(owner, Workspace.Start.SAMPLE)) {
            TeamService team = new TeamService(ws);
            team.installRoles();
            PostgresTestServer.loginRole(owner, "ft_redaktor", "redaktor-pass");
            PostgresTestServer.loginRole(owner, "ft_analytiker", "analytiker-pass");
            PostgresTestServer.loginRole(owner, "ft_leser", "leser-pass");
            team.grant("ft_redaktor", TeamRole.STEWARD);
            team.grant("ft_analytiker", TeamRole.ANALYST);
            team.grant("ft_leser", TeamRole.READER);
        }
        ServerLogin steward = new ServerLogin(owner.url(), "ft_redaktor", "redaktor-pass");
        ServerLogin analyst = new ServerLogin(owner.url(), "ft_analytiker", "analytiker-pass");
        ServerLogin reader = new ServerLogin(owner.url(), "ft_leser", "leser-pass");

        List<String> savedNotes = Collections.synchronizedList(new ArrayList<>());
        List<Long> saveMillis = Collections.synchronizedList(new ArrayList<>());
        Map<Long, Long> importedRows = new ConcurrentHashMap<>();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger reads = new AtomicInteger();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicLong fileNumber = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(8);

        List<Thread> clients = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            int me = s;
            clients.add(client("redaktør " + s, steward, done, failures, ws -> {
                CatalogueService catalogue = ws.catalogue();
                int n = 0;
                while (System.nanoTime() < end) {
                    String code = EDITED.get((me + n) % EDITED.size());
                    String note = "redaktør " + me + " endring " + n++;
                    long started = System.nanoTime();
                    while (true) {
                        long version = catalogue.version(code);
                        Indicator current = catalogue.load().indicator(code).orElseThrow();
                        CatalogueService.SaveResult r = catalogue.save(TeamFixture.withNote(current, note), code, version);
                        if (r.saved()) {
                            break;
                        }
                        assertThat(r.conflict()).isPresent();
                        conflicts.incrementAndGet();
                    }
                    saveMillis.add((System.nanoTime() - started) / 1_000_000);
                    savedNotes.add(code + "|" + note);
                }
            }));
        }
        for (int a = 0; a < 2; a++) {
            int me = a;
            clients.add(client("analytiker " + a, analyst, done, failures, ws -> {
                while (System.nanoTime() < end) {
                    long k = fileNumber.incrementAndGet();
                    // a year of its own per file: the overlap rule refuses a file meeting stored months
                    Path file = TeamFixture.pllExtract(dir, "a" + me + "-" + k, 60000 + (int) k, 2030 + (int) k);
                    long batch = ws.imports().importFile(TeamFixture.pllImport(ws, file)).batchId();
                    importedRows.put(batch, 2L);
                    ws.recomputeAll();
                }
            }));
        }
        for (int r = 0; r < 2; r++) {
            clients.add(client("leser " + r, reader, done, failures, ws -> {
                while (System.nanoTime() < end) {
                    for (String code : EDITED) {
                        ws.values().stored(code);
                        reads.incrementAndGet();
                    }
                }
            }));
        }
        long started = System.nanoTime();
        clients.forEach(Thread::start);
        done.await();
        double elapsed = (System.nanoTime() - started) / 1e9;

        List<Long> sorted = new ArrayList<>(saveMillis);
        Collections.sort(sorted);
        LOG.info("Concurrency ({} s, 8 clients): {} saves ({} conflicts retried), {} imports, {} value reads;"
                        + " saves/s {}, median save {} ms, slowest save {} ms",
                String.format("%.1f", elapsed), savedNotes.size(), conflicts.get(), importedRows.size(), reads.get(),
                String.format("%.1f", savedNotes.size() / elapsed), sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
        assertThat(failures).isEmpty();
        try (Workspace ws = Workspace.connect(owner, Workspace.Start.SAMPLE)) {
            // every saved edit is in the history exactly once
            List<String> recorded = new ArrayList<>();
            for (String code : EDITED) {
                for (IndicatorChange c : ws.catalogue().history(code)) {
                    if (c.field().equals("note") && c.newValue() != null && c.newValue().startsWith("redaktør ")) {
                        recorded.add(code + "|" + c.newValue());
                    }
                }
            }
            assertThat(recorded).containsExactlyInAnyOrderElementsOf(savedNotes);
            // every import is whole: its batch and both of its rows
            Map<Long, ImportBatch> batches = new java.util.HashMap<>();
            ws.imports().batches().forEach(b -> batches.put(b.id(), b));
            importedRows.forEach((batch, rows) -> {
                assertThat(batches).containsKey(batch);
                assertThat(batches.get(batch).rowsImported()).isEqualTo(rows);
                assertThat(batches.get(batch).importedBy()).isEqualTo("ft_analytiker");
            });
            // and all of their rows: 2 per batch, on top of the sample's PLL rows
            long pllRows = ws.transactor().inTransaction(dsl -> (long) new no.framdrift.store.RegistryValueRepository(dsl)
                    .values("PLL").stream().filter(v -> importedRows.containsKey(v.batchId())).count());
            assertThat(pllRows).isEqualTo(2L * importedRows.size());
        }
        assertThat(savedNotes).isNotEmpty();
        assertThat(importedRows).isNotEmpty();
    }

    interface Work {
        void run(Workspace ws) throws Exception;
    }

    private static Thread client(String name, ServerLogin login, CountDownLatch done, List<Throwable> failures, Work work) {
        Thread t = new Thread(() -> {
            try (Workspace ws = Workspace.connect(login, Workspace.Start.SAMPLE)) {
                work.run(ws);
            } catch (Throwable e) {
                LOG.error("{} failed", name, e);
                failures.add(e);
            } finally {
                done.countDown();
            }
        }, name);
        t.setDaemon(true);
        return t;
    }
}
