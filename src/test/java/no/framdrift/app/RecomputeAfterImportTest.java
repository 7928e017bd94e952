package no.framdrift.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.framdrift.app.imports.ImportRequest;
import no.framdrift.app.imports.ImportSummary;
import no.framdrift.bench.BenchSurvey;
import no.framdrift.domain.IndicatorValue;
import no.framdrift.ingest.ImportProfile;
import no.framdrift.store.ComputedValueRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After an import only the indicators its batch feeds, and those built on them, are recomputed (issue 16). */
class RecomputeAfterImportTest {

    static final Set<String> SURVEY_CODES = Set.of("EPJ_KVALITET", "EPJ_EFFEKTIV", "TILGANG_PASIENTINFO",
            "ENKLERE_ARBEIDSHVERDAG");

    @TempDir
    Path dir;

    @Test
    void anImportRecomputesTheIndicatorsItFeedsAndLeavesTheOthersAsStored() throws Exception {
        Path file = dir.resolve("survey.csv");
        BenchSurvey.write(file, 4_000, 7L);
        try (Workspace ws = SampleWorkspaces.open(dir.resolve("data"))) {
            // the sample's own health-personnel survey goes first: an import never pools with stored
            // cells (the overlap rule), so the file alone feeds EPJ_KVALITET afterwards
            long sampleSurvey = ws.imports().batches().stream()
                    .filter(b -> b.fileName().startsWith("helsepersonellundersokelsen")).findFirst().orElseThrow().id();
            assertThat(ws.imports().removeBatch(sampleSurvey)).isTrue();
            ws.recomputeAll();
            Optional<OffsetDateTime> pllBefore = computedAt(ws, "PLL");
            assertThat(pllBefore).isPresent();
            ImportProfile profile = ws.imports().loadProfile(Path.of("sample-data/profiles/helsepersonellundersokelsen.json")
                    .toString());

            ImportSummary summary = ws.imports().importFile(ImportRequest.of(file, profile));
            Map<String, Integer> recomputed = ws.recomputeAfter(summary);

            assertThat(summary.indicators()).isEqualTo(SURVEY_CODES);
            assertThat(recomputed.keySet()).isEqualTo(SURVEY_CODES);
            // PLL (a registry indicator) was neither recomputed nor rewritten
            assertThat(computedAt(ws, "PLL")).isEqualTo(pllBefore);
            // EPJ_KVALITET's stored values now come from the new batch alone
            assertThat(ws.values().stored("EPJ_KVALITET")).isNotEmpty()
                    .allSatisfy(v -> assertThat(v.batches()).isEqualTo(String.valueOf(summary.batchId())));
            // and count exactly the file's valid 2024 answers (codes 1-5)
            long valid2024;
            try (var lines = java.nio.file.Files.lines(file)) {
                valid2024 = lines.skip(1).map(l -> l.split(";", -1))
                        .filter(f -> f[1].equals("2024") && f[9].matches("[1-5]")).count();
            }
            assertThat(valid2024).isPositive();
            assertThat(whole2024(ws).n()).isEqualTo(valid2024);
        }
    }

    @Test
    void anIndicatorsDependentsAreRecomputedWithIt() {
        try (Workspace ws = SampleWorkspaces.open(dir.resolve("data"))) {
            // DDFL is a part of the composite HELSENORGE_TILGJENGELIGHET (sample catalogue)
            assertThat(ws.values().recompute(ws.catalogue().load(), Set.of("DDFL")).keySet())
                    .containsExactlyInAnyOrder("DDFL", "HELSENORGE_TILGJENGELIGHET");
            // a part of an average of shares brings its parent along
            assertThat(ws.values().recompute(ws.catalogue().load(), Set.of("RADSMODELL_RELEVANS")).keySet())
                    .containsExactlyInAnyOrder("RADSMODELL_RELEVANS", "RADSMODELL");
        }
    }

    private static IndicatorValue whole2024(Workspace ws) {
        return ws.values().stored("EPJ_KVALITET").stream()
                .filter(v -> v.period().code().equals("2024") && v.group().isEmpty()).findFirst().orElseThrow();
    }

    private static Optional<OffsetDateTime> computedAt(Workspace ws, String code) {
        return ws.transactor().inTransaction(dsl -> new ComputedValueRepository(dsl).computedAt(code));
    }
}
