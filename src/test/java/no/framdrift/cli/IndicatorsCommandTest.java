package no.framdrift.cli;

import no.framdrift.app.SampleWorkspaces;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import no.framdrift.app.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorsCommandTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RootCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void theDataFolderMayAlsoComeAfterTheCommand() {
        // a newcomer types "framdrift indicators --data-dir DIR"; it opens the same folder
        Run r = run("indicators", "--data-dir", dir.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).doesNotContain("ukjent valg");
        assertThat(r.out().lines().filter(l -> l.startsWith("PLL ")).findFirst()).isPresent();
        assertThat(dir.resolve("framdrift.mv.db")).exists();
    }

    @Test
    void tableListsEveryIndicatorAndFutureIndicator() {
        Run r = run("--data-dir", dir.toString(), "indicators");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("PLL ")).findFirst()).hasValueSatisfying(l ->
                assertThat(l).contains("KVALITET").contains("KLAR").contains("LOPENDE").contains("Pasientens legemiddelliste"));
        assertThat(r.out()).contains("FUT_ICD11").contains("FREMTIDIG").contains("Overgang til ICD11");
        assertThat(r.out()).contains("  DDFL");
    }

    @Test
    void jsonHasCodeNameGoalStatusFrequencyKindAndParts() throws Exception {
        Run r = run("--data-dir", dir.toString(), "indicators", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode rows = new ObjectMapper().readTree(r.out());
        assertThat(rows.size()).isEqualTo(24 + 8);
        JsonNode helsenorge = null;
        for (JsonNode n : rows) {
            assertThat(n.has("code") && n.has("name") && n.has("goal") && n.has("status") && n.has("frequency")
                    && n.has("kind") && n.has("parts")).isTrue();
            if (n.get("code").asText().equals("HELSENORGE_TILGJENGELIGHET")) {
                helsenorge = n;
            }
        }
        assertThat(helsenorge).isNotNull();
        assertThat(helsenorge.get("kind").asText()).isEqualTo("COMPOSITE");
        assertThat(helsenorge.get("parts")).hasSize(3);
        assertThat(helsenorge.get("parts").get(2).get("code").asText()).isEqualTo("DDFL");
        assertThat(helsenorge.get("parts").get(2).get("frequency").asText()).isEqualTo("KVARTALSVIS");
        assertThat(helsenorge.get("parts").get(2).has("parts")).isTrue();
    }

    @Test
    void secondInstanceOnTheSameFolderGetsOneClearLine() {
        try (Workspace open = SampleWorkspaces.open(dir)) {
            Run r = run("--data-dir", dir.toString(), "indicators");
            assertThat(r.code()).isEqualTo(3);
            assertThat(r.err().strip()).startsWith("Feil: Datamappen er i bruk av en annen Framdrift")
                    .doesNotContain("Exception");
            assertThat(r.err().lines().count()).isEqualTo(1);
        }
    }

    @Test
    void windowOpensOnlyWithoutACommand() {
        assertThat(RootCommand.opensWindow(new String[0])).isTrue();
        assertThat(RootCommand.opensWindow(new String[] {"--data-dir", "/tmp/x"})).isTrue();
        assertThat(RootCommand.opensWindow(new String[] {"--data-dir", "/tmp/x", "indicators"})).isFalse();
        assertThat(RootCommand.dataDirOption(new String[] {"--data-dir", "/tmp/x"})).hasValue(Path.of("/tmp/x"));
    }
}
