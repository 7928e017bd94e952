package no.framdrift.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import no.framdrift.store.PostgresTestServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short crash run against a team workspace on PostgreSQL (issue 12): seven trials, one per phase,
 * each killing the real command line with SIGKILL at a random moment and checking the database
 * (skipped without a test server; CI starts one). The longer run is in docs/RELIABILITY.md.
 */
@Tag("crash")
class PostgresCrashHarnessTest {

    @Test
    void killedCommandsOnPostgresqlLeaveNoPartialBatchNoStaleValuesAndAWorkspaceThatOpens(@TempDir Path dir)
            throws Exception {
        PostgresTestServer.assumeAvailable();
        PostgresCrashHarness harness = new PostgresCrashHarness(PostgresTestServer.admin(), dir, 12, 2000,
                System.out::println);
        CrashHarness.Result r = harness.run(7);
        System.out.println(r.report());
        assertEquals(7, r.trials());
        assertTrue(r.killedPerPhase().values().stream().mapToInt(Integer::intValue).sum() >= 4,
                "most trials must really be killed: " + r.killedPerPhase());
        assertTrue(r.failures().isEmpty(), r.report());
    }
}
