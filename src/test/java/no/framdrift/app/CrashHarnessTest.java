package no.framdrift.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short crash run of the build (issue 18): 21 trials, three per phase, each killing the real
 * command line with SIGKILL at a random moment and checking the reopened workspace. The long run
 * (300 trials) is in docs/RELIABILITY.md.
 */
@Tag("crash")
class CrashHarnessTest {

    @Test
    void killedCommandsLeaveNoPartialBatchNoStaleValuesAndAWorkspaceThatOpens(@TempDir Path dir) throws Exception {
        CrashHarness harness = new CrashHarness(dir, 18, 2000, System.out::println);
        CrashHarness.Result r = harness.run(21);
        System.out.println(r.report());
        assertEquals(21, r.trials());
        assertTrue(r.killedPerPhase().values().stream().mapToInt(Integer::intValue).sum() >= 10,
                "most trials must really be killed: " + r.killedPerPhase());
        assertTrue(r.failures().isEmpty(), r.report());
    }
}
