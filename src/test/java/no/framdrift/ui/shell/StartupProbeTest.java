package no.framdrift.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The probe's clock (issue 16): time since this process started, not a second off. */
class StartupProbeTest {

    @Test
    void theTimeSinceTheProcessStartedIsWithinTheJvmsOwnUptimeAndALittleMore() {
        // the JVM starts a few milliseconds after exec; its uptime is the lower bound, and the process
        // cannot have started much earlier (not the up-to-a-second error of the boot time in whole seconds)
        long jvmUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        Duration since = StartupProbe.sinceProcessStart();
        long jvmUptimeAfter = ManagementFactory.getRuntimeMXBean().getUptime();
        assertThat(since.toMillis()).isBetween(jvmUptime - 20, jvmUptimeAfter + 250);
    }
}
