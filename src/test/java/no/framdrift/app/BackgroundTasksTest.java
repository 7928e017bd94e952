package no.framdrift.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackgroundTasksTest {

    @Test
    void sameThreadHandsTheResultToOnSuccessOnly() {
        List<String> seen = new ArrayList<>();
        BackgroundTasks.sameThread().run("export", () -> "eksportert", seen::add, e -> seen.add("feil"));
        assertThat(seen).containsExactly("eksportert");
    }

    @Test
    void sameThreadHandsAFailureToOnFailureOnly() {
        List<String> seen = new ArrayList<>();
        BackgroundTasks.sameThread().<String>run("import", () -> {
            throw new IOException("Filen finnes ikke");
        }, seen::add, e -> seen.add(e.getMessage()));
        assertThat(seen).containsExactly("Filen finnes ikke");
    }
}
