package no.framdrift.cli;

import no.framdrift.app.SampleWorkspaces;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import no.framdrift.app.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import FILE --profile …}: summary and exit 0, or the first problems and a non-zero exit with nothing written. */
class ImportCommandTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RootCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    int batches(Path data) {
        try (Workspace ws = SampleWorkspaces.open(data)) {
            return ws.imports().batches().size();
        }
    }

    @Test
    void importsPrintsTheSummaryAndRefusesBadFilesWithTheirProblems() throws Exception {
        Path data = dir.resolve("data");
        Path profile = Path.of("sample-data/profiles/helsedata.json").toAbsolutePath();
        Path good = dir.resolve("soknader.csv");
        Files.writeString(good, "kvartal;antall_soknader\n2025K3;130\n2025K4;140\n");

        Run ok = run("--data-dir", data.toString(), "import", good.toString(), "--profile", profile.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("Lest:       2 rader", "Importert:  2 rader", "Hoppet over: 0 rader", "Parti:");
        int afterFirst = batches(data);

        Run again = run("--data-dir", data.toString(), "import", good.toString(), "--profile", profile.toString());
        assertThat(again.code()).isEqualTo(5);
        assertThat(again.err()).contains("importert før", "--replace");
        Run replaced = run("--data-dir", data.toString(), "import", good.toString(), "--profile", profile.toString(), "--replace");
        assertThat(replaced.code()).isZero();
        assertThat(replaced.out()).contains("erstatter parti");
        assertThat(batches(data)).isEqualTo(afterFirst);

        Path bad = dir.resolve("feil.csv");
        // its good row is a quarter not stored yet: otherwise the overlap rule would refuse it
        Files.writeString(bad, "kvartal;antall_soknader\n2025K2;125\n2025K5;-4\n2025K4;mange\n");
        Run refused = run("--data-dir", data.toString(), "import", bad.toString(), "--profile", profile.toString());
        assertThat(refused.code()).isEqualTo(4);
        assertThat(refused.err()).contains("Rad 3, kolonne «kvartal»: Ukjent periode", "Rad 3, kolonne «antall_soknader»: Telleren kan ikke være negativ",
                "Rad 4, kolonne «antall_soknader»: Telleren er ikke et tall", "Ingenting er lagret. 2 av 3 rader har feil");
        assertThat(batches(data)).isEqualTo(afterFirst);

        Run skipped = run("--data-dir", data.toString(), "import", bad.toString(), "--profile", profile.toString(), "--skip-bad-rows");
        assertThat(skipped.code()).isZero();
        assertThat(skipped.out()).contains("Importert:  1 rader", "Hoppet over: 2 rader");

        Run noProfile = run("--data-dir", data.toString(), "import", good.toString(), "--profile", "finnes-ikke");
        assertThat(noProfile.code()).isEqualTo(2);
        assertThat(noProfile.err()).contains("Fant ingen importprofil");
    }

    @Test
    void aRefusedImportSavesNoProfileAndAFolderIsNamedAsSuch() throws Exception {
        Path data = dir.resolve("data");
        Path profile = dir.resolve("min-profil.json");
        Files.writeString(profile, Files.readString(Path.of("sample-data/profiles/helsedata.json"))
                .replace("\"helsedata\"", "\"min-profil\""));
        Path bad = dir.resolve("feil.csv");
        Files.writeString(bad, "kvartal;antall_soknader\n2025K5;-4\n");
        Run refused = run("--data-dir", data.toString(), "import", bad.toString(), "--profile", profile.toString(), "--save-profile");
        assertThat(refused.code()).isEqualTo(4);
        try (Workspace ws = SampleWorkspaces.open(data)) {
            assertThat(ws.imports().profileNames()).doesNotContain("min-profil");
        }

        // the refused import used up no batch number
        Path good = dir.resolve("ok.csv");
        Files.writeString(good, "kvartal;antall_soknader\n2025K3;130\n");
        Run ok = run("--data-dir", data.toString(), "import", good.toString(), "--profile", profile.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        try (Workspace ws = SampleWorkspaces.open(data)) {
            long highest = ws.imports().batches().stream().mapToLong(no.framdrift.domain.ImportBatch::id).max().orElseThrow();
            assertThat(ok.out()).contains("Parti:      " + highest);
            assertThat(ws.imports().batches()).hasSize((int) highest); // numbers without gaps
        }

        Run folder = run("--data-dir", data.toString(), "import", dir.toString(), "--profile", profile.toString());
        assertThat(folder.code()).isEqualTo(2);
        assertThat(folder.err()).contains("er en mappe, ikke en fil");
    }
}
