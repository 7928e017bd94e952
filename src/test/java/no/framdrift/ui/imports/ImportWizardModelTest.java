package no.framdrift.ui.imports;

import no.framdrift.app.SampleWorkspaces;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import no.framdrift.app.BackgroundTasks;
import no.framdrift.app.imports.ImportService;
import no.framdrift.app.imports.ImportSummary;
import no.framdrift.app.Workspace;
import no.framdrift.domain.ImportBatch;
import no.framdrift.domain.ImportKind;
import no.framdrift.ingest.FileKind;
import no.framdrift.ingest.ImportProblem;
import no.framdrift.ingest.ImportProfile;
import no.framdrift.ingest.ImportProfiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import no.framdrift.ui.shell.Language;
import no.framdrift.ui.shell.Messages;

/**
 * The guided import without a window: a workspace in a temporary folder (seeded with the sample
 * imports), background work on the calling thread, progress straight into the properties.
 */
class ImportWizardModelTest {

    @TempDir
    static Path folder;
    private static Workspace workspace;
    private static ImportService imports;

    @BeforeAll
    static void open() {
        workspace = SampleWorkspaces.open(folder.resolve("data"));
        imports = workspace.imports();
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    private static ImportWizardModel wizard() {
        return new ImportWizardModel(imports, BackgroundTasks.sameThread(), Runnable::run, Messages.of(Language.NORWEGIAN_BOKMAL));
    }

    @Test
    void aRegistryExtractGoesThroughEveryStepWithTheSavedProfile() throws IOException {
        // the PLL extract with one month fewer, so it is not the seeded file again
        List<String> lines = Files.readAllLines(Path.of("sample-data/pll-2025.csv"), StandardCharsets.UTF_8);
        List<String> kept = new ArrayList<>(lines.stream().filter(l -> !l.startsWith("okt.25")).toList());
        Path file = folder.resolve("pll-uten-oktober.csv");
        Files.write(file, kept, StandardCharsets.UTF_8);
        int dataRows = kept.size() - 1;
        int batchesBefore = imports.batches().size();
        AtomicInteger imported = new AtomicInteger();
        ImportWizardModel vm = wizard();
        vm.setOnImported(imported::incrementAndGet);
        // April–September overlap the example batch's cells: the wizard asks, with the list
        List<List<no.framdrift.domain.Overlap>> asked = new ArrayList<>();
        vm.setConfirmReplaceOverlap(o -> asked.add(o));

        vm.open(file);
        assertThat(vm.previewProperty().get().kind()).isEqualTo(FileKind.CSV);
        assertThat(vm.previewProperty().get().headers()).containsExactly("maaned", "omraade", "antall_med_pll", "befolkning");
        assertThat(vm.previewProperty().get().rows()).hasSize(Math.min(20, dataRows));
        assertThat(vm.delimiterProperty().get()).isEqualTo(";");
        assertThat(vm.charsetProperty().get()).isEqualTo("UTF-8");
        assertThat(vm.profileNames()).contains("pll", "helsepersonellundersokelsen");
        assertThat(vm.canNextBinding().get()).isTrue();

        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(ImportWizardModel.Step.COLUMNS);
        // the saved profile whose columns are the file's headers comes first, not a guess with errors
        assertThat(vm.profileProperty().get().name()).isEqualTo("pll");
        assertThat(vm.profileNoteProperty().get()).isEqualTo("Bruker lagret profil «pll»");
        assertThat(vm.kindProperty().get()).isEqualTo(ImportKind.REGISTRY);
        assertThat(vm.profileProblems()).isEmpty();
        assertThat(vm.canNextBinding().get()).isTrue();

        vm.chooseSaved("pll");
        assertThat(vm.indicatorProperty().get()).isEqualTo("PLL");
        assertThat(vm.mapping()).extracting(MappingRow::column, r -> r.roleProperty().get()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("maaned", ColumnRole.PERIOD),
                org.assertj.core.groups.Tuple.tuple("omraade", ColumnRole.AREA),
                org.assertj.core.groups.Tuple.tuple("antall_med_pll", ColumnRole.NUMERATOR),
                org.assertj.core.groups.Tuple.tuple("befolkning", ColumnRole.DENOMINATOR));
        assertThat(vm.profileProblems()).isEmpty();

        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(ImportWizardModel.Step.CHECK);
        assertThat(vm.reportProperty().get().rowsRead()).isEqualTo(dataRows);
        assertThat(vm.reportProperty().get().problemCount()).isZero();
        assertThat(vm.canImportBinding().get()).isTrue();

        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(ImportWizardModel.Step.SUMMARY);
        ImportSummary s = vm.summaryProperty().get();
        assertThat(s.rowsRead()).isEqualTo(dataRows);
        assertThat(s.rowsImported()).isEqualTo(dataRows);
        assertThat(s.rowsSkipped()).isZero();
        // the example batch keeps October, the only month this file does not have
        assertThat(imports.batches()).hasSize(batchesBefore + 1);
        assertThat(imports.batches()).extracting(ImportBatch::id).contains(s.batchId());
        assertThat(imported.get()).isEqualTo(1);
        assertThat(asked).singleElement().satisfies(list -> {
            assertThat(list).hasSize(dataRows); // six months × three areas, each a cell of the example batch
            assertThat(list).extracting(no.framdrift.domain.Overlap::period).contains("2025-04", "2025-09")
                    .doesNotContain("2025-10");
            assertThat(list).allSatisfy(o -> assertThat(o.batch().fileName()).isEqualTo("pll-2025.csv"));
        });
        assertThat(s.replacedCells()).isEqualTo(dataRows);
        // what changed: one indicator, six months given as a span (no catalogue here, so no name)
        assertThat(vm.changes()).extracting(ImportWizardModel.Change::text)
                .containsExactly("PLL: 2025-04–2025-09 (6 perioder)");
        assertThat(vm.firstChanged()).contains("PLL");
    }

    @Test
    void aBadRowIsNamedAndTheImportWaitsUntilBadRowsAreSkipped() throws IOException {
        Path file = folder.resolve("pll-med-feil.csv");
        Files.writeString(file, "maaned;omraade;antall_med_pll;befolkning\n"
                + "apr.24;Norge;50000;5500000\n"
                + "mai.24;Atlantis;10;100\n"
                + "jun.24;Norge;51000;5500000\n", StandardCharsets.UTF_8);
        int batchesBefore = imports.batches().size();
        ImportWizardModel vm = wizard();
        vm.open(file);
        vm.next();
        vm.chooseSaved("pll");
        vm.next();

        assertThat(vm.problems()).hasSize(1);
        ImportProblem p = vm.problems().get(0);
        assertThat(p.row()).isEqualTo(3);
        assertThat(p.column()).isEqualTo("omraade");
        assertThat(p.value()).isEqualTo("Atlantis");
        assertThat(vm.reportProperty().get().badRows()).isEqualTo(1);
        assertThat(vm.canImportBinding().get()).isFalse();
        assertThat(vm.canNextBinding().get()).isFalse();
        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(ImportWizardModel.Step.CHECK);
        assertThat(imports.batches()).hasSize(batchesBefore);

        vm.skipBadRowsProperty().set(true);
        assertThat(vm.canImportBinding().get()).isTrue();
        vm.next();
        ImportSummary s = vm.summaryProperty().get();
        assertThat(s.rowsRead()).isEqualTo(3);
        assertThat(s.rowsImported()).isEqualTo(2);
        assertThat(s.rowsSkipped()).isEqualTo(1);
        assertThat(imports.batches()).hasSize(batchesBefore + 1);
    }

    @Test
    void cancellingTheImportLeavesTheBatchesAsTheyWere() throws IOException {
        // the survey twice over (20 400 respondents), so the reader checks for a cancel after the first progress
        List<String> lines = Files.readAllLines(Path.of("sample-data/helsepersonellundersokelsen-2021-2024.csv"),
                StandardCharsets.UTF_8);
        List<String> doubled = new ArrayList<>(lines);
        doubled.addAll(lines.subList(1, lines.size()));
        Path file = folder.resolve("helsepersonell-dobbel.csv");
        Files.write(file, doubled, StandardCharsets.UTF_8);
        int batchesBefore = imports.batches().size();
        ImportWizardModel vm = wizard();
        vm.open(file);
        vm.next();
        vm.chooseSaved("helsepersonellundersokelsen");
        vm.next();
        assertThat(vm.reportProperty().get().ok()).isTrue();

        vm.progressProperty().addListener((o, was, now) -> {
            if (now.doubleValue() > 0 && vm.stepProperty().get() == ImportWizardModel.Step.IMPORT) {
                vm.cancel();
            }
        });
        vm.next();

        assertThat(vm.stepProperty().get()).isEqualTo(ImportWizardModel.Step.CHECK);
        assertThat(vm.summaryProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).isEqualTo("Importen ble avbrutt. Ingenting er lagret.");
        assertThat(imports.batches()).hasSize(batchesBefore);
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void theSameFileAgainAsksBeforeReplacingTheEarlierBatch() throws IOException {
        Path file = folder.resolve("helsedata-soknader.csv");
        Files.copy(Path.of("sample-data/helsedata-soknader.csv"), file);
        ImportBatch seeded = imports.batches().stream().filter(b -> b.fileName().equals("helsedata-soknader.csv"))
                .findFirst().orElseThrow();
        List<ImportBatch> asked = new ArrayList<>();

        ImportWizardModel declined = wizard();
        declined.setConfirmReplace(b -> asked.add(b) && false);
        declined.open(file);
        declined.next();
        declined.chooseSaved("helsedata");
        declined.next();
        declined.next();
        assertThat(asked).extracting(ImportBatch::id).containsExactly(seeded.id());
        assertThat(declined.stepProperty().get()).isEqualTo(ImportWizardModel.Step.CHECK);
        assertThat(imports.batches()).extracting(ImportBatch::id).contains(seeded.id());

        ImportWizardModel replacing = wizard();
        replacing.setConfirmReplace(b -> true);
        replacing.open(file);
        replacing.next();
        replacing.chooseSaved("helsedata");
        replacing.next();
        replacing.next();
        ImportSummary s = replacing.summaryProperty().get();
        assertThat(s.replacedBatches()).containsExactly(seeded.id());
        assertThat(imports.batches()).extracting(ImportBatch::id).doesNotContain(seeded.id()).contains(s.batchId());
    }

    @Test
    void anEmptyFileShowsWhyAndCannotGoOn() throws IOException {
        Path file = folder.resolve("tom.csv");
        Files.writeString(file, "");
        ImportWizardModel vm = wizard();
        vm.open(file);
        assertThat(vm.previewProperty().get().problem().reason()).isEqualTo("Filen er tom");
        assertThat(vm.messageProperty().get()).isEqualTo("Filen kan ikke leses: Filen er tom");
        assertThat(vm.messageIsErrorProperty().get()).isTrue();
        assertThat(vm.canNextBinding().get()).isFalse();
    }

    @Test
    void changingTheDelimiterReadsThePreviewAgain() {
        ImportWizardModel vm = wizard();
        vm.open(Path.of("sample-data/pll-2025.csv"));
        assertThat(vm.previewProperty().get().headers()).hasSize(4);
        vm.delimiterProperty().set(",");
        assertThat(vm.previewProperty().get().headers()).containsExactly("maaned;omraade;antall_med_pll;befolkning");
        assertThat(vm.fileOptions().delimiter()).isEqualTo(",");
        vm.delimiterProperty().set(";");
        assertThat(vm.previewProperty().get().headers()).hasSize(4);
    }

    @Test
    void theMappingTableGivesBackTheSampleSurveyProfileAndFollowsARoleChange() throws Exception {
        ImportProfile sample = new ImportProfiles().read(Path.of("sample-data/profiles/helsepersonellundersokelsen.json"));
        List<String> headers = List.of("respondent_id", "aar", "vekt", "profesjon", "arbeidssted", "helseregion", "fylke",
                "kjonn", "aldersgruppe", "epj_kvalitet", "epj_effektiv", "tilgang_info", "enklere_hverdag");
        List<ProfileMapping.Row> rows = ProfileMapping.rows(sample, headers);
        assertThat(rows.get(0).role()).isEqualTo(ColumnRole.IGNORE);
        assertThat(rows.get(2).role()).isEqualTo(ColumnRole.WEIGHT);
        assertThat(rows.get(9)).isEqualTo(new ProfileMapping.Row("epj_kvalitet", ColumnRole.QUESTION, "EPJ_KVALITET",
                List.of("Helt enig", "Ganske enig", "Verken enig eller uenig", "Ganske uenig", "Helt uenig"),
                List.of("Helt enig", "Ganske enig"), List.of("Vet ikke")));

        assertThat(ProfileMapping.apply(sample, rows, "", null)).isEqualTo(sample);

        List<ProfileMapping.Row> unweighted = new ArrayList<>(rows);
        unweighted.set(2, ProfileMapping.Row.of("vekt", ColumnRole.IGNORE));
        ImportProfile p = ProfileMapping.apply(sample, unweighted, "", null);
        assertThat(p.survey().weight()).isNull();
        assertThat(p.survey().questions()).hasSize(4);
    }

    @Test
    void removingABatchTakesItOffTheListAndAsksForARecompute() {
        AtomicInteger removed = new AtomicInteger();
        ImportBatchesModel vm = new ImportBatchesModel(imports, BackgroundTasks.sameThread(),
                Messages.of(Language.NORWEGIAN_BOKMAL), removed::incrementAndGet);
        vm.load();
        int before = vm.batches().size();
        ImportBatch ddfl = vm.batches().stream().filter(b -> b.fileName().equals("ddfl-fastlegekontor-2023-2025.csv"))
                .findFirst().orElseThrow();
        assertThat(ImportBatchesModel.shortSha(ddfl.sha256())).hasSize(12).isEqualTo(ddfl.sha256().substring(0, 12));

        vm.remove(ddfl);

        assertThat(vm.batches()).hasSize(before - 1).extracting(ImportBatch::id).doesNotContain(ddfl.id());
        assertThat(imports.batches()).extracting(ImportBatch::id).doesNotContain(ddfl.id());
        assertThat(vm.messageProperty().get()).isEqualTo("Parti " + ddfl.id() + " (ddfl-fastlegekontor-2023-2025.csv) er fjernet.");
        assertThat(removed.get()).isEqualTo(1);
    }
}
