package no.framdrift.cli;

import no.framdrift.app.SampleWorkspaces;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.framdrift.app.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second copy of Framdrift, as a real second process, on a folder that is already open. */
class SecondProcessTest {

    @TempDir
    Path dir;

    @Test
    void secondProcessGetsAClearMessageAndTheFirstKeepsWorking() throws Exception {
        try (Workspace first = SampleWorkspaces.open(dir)) {
            Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "no.framdrift.ui.shell.Main", "--data-dir", dir.toString(),
                    "indicators"))
                    .redirectErrorStream(false)
                    .start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).isEqualTo(3);
            assertThat(err).contains("Datamappen er i bruk av en annen Framdrift").doesNotContain("Exception");
            assertThat(first.catalogue().load().topLevel()).hasSize(24);
        }
    }
}
