package no.framdrift.ui.catalogue;

import no.framdrift.app.SampleWorkspaces;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import no.framdrift.app.Workspace;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Indicator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import no.framdrift.ui.shell.Language;
import no.framdrift.ui.shell.Messages;

class IndicatorEditorViewModelTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private IndicatorEditorViewModel vm;
    private Catalogue catalogue;

    @BeforeEach
    void open() {
        workspace = SampleWorkspaces.open(folder);
        vm = new IndicatorEditorViewModel(workspace.catalogue(), Messages.of(Language.NORWEGIAN_BOKMAL));
        catalogue = workspace.catalogue().load();
        vm.load(catalogue, catalogue.indicator("PLL").orElseThrow());
    }

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    @Test
    void loadedIndicatorIsCleanAndShowsTheUnsetAmbitionAsEmptyNotZero() {
        assertThat(vm.nameProperty().get()).isEqualTo("Pasientens legemiddelliste");
        assertThat(vm.sourcesProperty().get()).isEqualTo("Reseptformidleren");
        assertThat(vm.ambitions()).extracting(a -> a.yearProperty().get(), a -> a.targetProperty().get())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2026", "25"),
                        org.assertj.core.groups.Tuple.tuple("2030", ""));
        assertThat(vm.isDirty()).isFalse();
        assertThat(vm.canSaveProperty().get()).isFalse();
        assertThat(vm.problems()).isEmpty();
        // unchanged form gives back the stored indicator: "XX % i 2030" stays unset
        assertThat(vm.edited().ambitions()).isEqualTo(catalogue.indicator("PLL").orElseThrow().ambitions());
    }

    @Test
    void anEditMakesTheFormDirtyAndTypingTheOldTextBackMakesItCleanAgain() {
        vm.nameProperty().set("Pasientens legemiddelliste (PLL)");
        assertThat(vm.isDirty()).isTrue();
        assertThat(vm.canSaveProperty().get()).isTrue();
        vm.nameProperty().set("Pasientens legemiddelliste");
        assertThat(vm.isDirty()).isFalse();
    }

    @Test
    void anEmptyNameIsReportedAtTheNameFieldAndBlocksSaving() {
        vm.nameProperty().set("  ");
        assertThat(vm.problemAt(IndicatorEditorViewModel.NAME).get()).isEqualTo("Navn må fylles ut.");
        assertThat(vm.problemAt(IndicatorEditorViewModel.AMBITIONS).get()).isEmpty();
        assertThat(vm.isDirty()).isTrue();
        assertThat(vm.canSaveProperty().get()).isFalse();
        assertThat(vm.save()).isFalse();
    }

    @Test
    void aPercentTargetAbove100AndAYearOutside2024To2035AreReportedAtTheAmbitions() {
        AmbitionRow y2026 = vm.ambitions().get(0);
        y2026.targetProperty().set("120");
        assertThat(vm.problemAt(IndicatorEditorViewModel.AMBITIONS).get())
                .isEqualTo("Målet må være mellom 0 og 100 % for en prosentindikator.");
        assertThat(y2026.targetInvalidProperty().get()).isTrue();
        y2026.targetProperty().set("25,5");
        assertThat(vm.problemAt(IndicatorEditorViewModel.AMBITIONS).get()).isEmpty();
        assertThat(vm.edited().ambitions().get(0).target()).isEqualTo(25.5);

        vm.ambitions().get(1).yearProperty().set("2040");
        assertThat(vm.problemAt(IndicatorEditorViewModel.AMBITIONS).get())
                .isEqualTo("Ambisjonsår må være mellom 2024 og 2035.");
        assertThat(vm.ambitions().get(1).yearInvalidProperty().get()).isTrue();
        assertThat(vm.canSaveProperty().get()).isFalse();
    }

    @Test
    void aTargetThatIsNotANumberIsReportedButXxMeansNotSet() {
        vm.ambitions().get(1).targetProperty().set("mye");
        assertThat(vm.problemAt(IndicatorEditorViewModel.AMBITIONS).get())
                .isEqualTo("Målet må være et tall, eller tomt når det ikke er satt.");
        vm.ambitions().get(1).targetProperty().set("XX");
        assertThat(vm.problems()).isEmpty();
        assertThat(vm.edited().ambitions().get(1).isSet()).isFalse();
    }

    @Test
    void aNewIndicatorMayNotTakeACodeInUse() {
        vm.startNew(catalogue, "MAL2");
        assertThat(vm.codeEditableProperty().get()).isTrue();
        vm.nameProperty().set("Ny indikator for arbeidshverdagen");
        vm.codeProperty().set("EPJ_EFFEKTIV");
        assertThat(vm.problemAt(IndicatorEditorViewModel.CODE).get()).isEqualTo("Koden er allerede i bruk.");
        assertThat(vm.canSaveProperty().get()).isFalse();
        vm.codeProperty().set("NY_ARBEIDSHVERDAG");
        assertThat(vm.problems()).isEmpty();
        assertThat(vm.save()).isTrue();
        assertThat(workspace.catalogue().load().indicator("NY_ARBEIDSHVERDAG")).map(Indicator::goal).contains("MAL2");
    }

    @Test
    void problemsAreShownInEnglishWhenEnglishIsChosen() {
        IndicatorEditorViewModel english = new IndicatorEditorViewModel(workspace.catalogue(), Messages.of(Language.ENGLISH));
        english.load(catalogue, catalogue.indicator("PLL").orElseThrow());
        english.nameProperty().set("");
        assertThat(english.problemAt(IndicatorEditorViewModel.NAME).get()).isEqualTo("Name is required.");
    }

    @Test
    void saveWritesThroughTheServiceWithHistoryAndSurvivesReopening() {
        vm.measuresProperty().set("Andel innbyggere med PLL – særlig de over 75 år");
        vm.ambitions().get(1).targetProperty().set("30");
        java.util.List<Indicator> saved = new java.util.ArrayList<>();
        vm.setOnSaved(saved::add);

        assertThat(vm.save()).isTrue();
        assertThat(vm.isDirty()).isFalse();
        assertThat(saved).extracting(Indicator::code).containsExactly("PLL");

        workspace.close();
        workspace = SampleWorkspaces.open(folder);
        Indicator pll = workspace.catalogue().load().indicator("PLL").orElseThrow();
        assertThat(pll.measures()).isEqualTo("Andel innbyggere med PLL – særlig de over 75 år");
        assertThat(pll.ambitionFor(2030).orElseThrow().target()).isEqualTo(30.0);
        assertThat(workspace.catalogue().history("PLL"))
                .extracting(c -> c.field(), c -> c.newValue())
                .contains(org.assertj.core.groups.Tuple.tuple("measures", "Andel innbyggere med PLL – særlig de over 75 år"),
                        org.assertj.core.groups.Tuple.tuple("ambitions", "2026=25,0, 2030=30,0"));
    }

    @Test
    void revertPutsBackWhatWasLoaded() {
        vm.nameProperty().set("Noe annet");
        vm.addSeriesBreak();
        vm.ambitions().remove(1);
        vm.revert();
        assertThat(vm.nameProperty().get()).isEqualTo("Pasientens legemiddelliste");
        assertThat(vm.ambitions()).hasSize(2);
        assertThat(vm.seriesBreaks()).isEmpty();
        assertThat(vm.isDirty()).isFalse();
    }

    @Test
    void aSeriesBreakWithAnUnknownPeriodIsReportedAtTheBreaks() {
        vm.addSeriesBreak();
        vm.seriesBreaks().get(0).periodProperty().set("i fjor");
        assertThat(vm.problemAt(IndicatorEditorViewModel.SERIES_BREAKS).get())
                .isEqualTo("Brudd i tidsserien har ukjent periode (skriv f.eks. 2022).");
        vm.seriesBreaks().get(0).periodProperty().set("2022");
        assertThat(vm.problemAt(IndicatorEditorViewModel.SERIES_BREAKS).get()).isEmpty();
    }
}
