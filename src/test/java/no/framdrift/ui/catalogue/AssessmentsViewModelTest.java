package no.framdrift.ui.catalogue;

import no.framdrift.app.SampleWorkspaces;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import no.framdrift.app.Workspace;
import no.framdrift.domain.Assessment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import no.framdrift.ui.shell.Language;
import no.framdrift.ui.shell.Messages;

class AssessmentsViewModelTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private AssessmentsViewModel vm;

    @BeforeEach
    void open() {
        workspace = SampleWorkspaces.open(folder);
        vm = new AssessmentsViewModel(workspace.catalogue(), Messages.of(Language.NORWEGIAN_BOKMAL));
        vm.show("PLL");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void assessmentsAreListedNewestFirstWithTheDecksHeading() {
        write("2024Q4", "Jevn økning i alle områder.");
        write("2025K3", "Bergensområdet ligger foran Helse Nord.");
        write("2025Q1", "Flat utvikling.");

        assertThat(vm.assessments()).extracting(Assessment::period).containsExactly("2025Q3", "2025Q1", "2024Q4");
        assertThat(vm.heading(vm.assessments().get(0))).isEqualTo("Vurdering Q3 2025");
    }

    @Test
    void aNewAssessmentStartsInTheCurrentQuarterAndSavingThePeriodAgainReplacesTheText() {
        vm.startNew(LocalDate.of(2025, 8, 14));
        assertThat(vm.periodProperty().get()).isEqualTo("2025Q3");
        vm.textProperty().set("Første utkast.");
        assertThat(vm.save()).isTrue();
        vm.textProperty().set("Endelig tekst.");
        assertThat(vm.save()).isTrue();
        assertThat(workspace.catalogue().assessments("PLL")).extracting(Assessment::text).containsExactly("Endelig tekst.");
    }

    @Test
    void anUnknownPeriodOrAnEmptyTextIsRefusedWithAMessage() {
        vm.startNew(LocalDate.of(2025, 8, 14));
        vm.periodProperty().set("høsten");
        vm.textProperty().set("Tekst");
        assertThat(vm.save()).isFalse();
        assertThat(vm.problemProperty().get()).startsWith("Ukjent periode");
        vm.periodProperty().set("2025Q3");
        vm.textProperty().set(" ");
        assertThat(vm.save()).isFalse();
        assertThat(vm.problemProperty().get()).isEqualTo("Skriv en vurdering før du lagrer.");
        assertThat(workspace.catalogue().assessments("PLL")).isEmpty();
    }

    @Test
    void deletingRemovesOnlyTheSelectedPeriod() {
        write("2025Q2", "Andre kvartal.");
        write("2025Q3", "Tredje kvartal.");
        vm.selectedProperty().set(vm.assessments().get(1));
        vm.deleteSelected();
        assertThat(workspace.catalogue().assessments("PLL")).extracting(Assessment::period).containsExactly("2025Q3");
    }

    @Test
    void aDraftFillsAnEmptyEditorForTheCurrentQuarterKeepsWrittenTextAndSavesNothing() {
        vm.applyDraft("Andelen økte.", LocalDate.of(2025, 8, 14));
        assertThat(vm.periodProperty().get()).isEqualTo("2025Q3");
        assertThat(vm.textProperty().get()).isEqualTo("Andelen økte.");

        vm.textProperty().set("Min egen vurdering.");
        vm.applyDraft("Andelen økte.", LocalDate.of(2025, 8, 14));
        assertThat(vm.textProperty().get()).isEqualTo("Min egen vurdering.\n\nAndelen økte.");
        assertThat(workspace.catalogue().assessments("PLL")).isEmpty();
    }

    @Test
    void aDraftIsForTheLatestPeriodWithDataNotTheCalendar() {
        vm.applyDraft("Andelen økte.", java.util.Optional.of(no.framdrift.domain.Period.month(2025, 10)),
                LocalDate.of(2026, 2, 3));
        assertThat(vm.periodProperty().get()).isEqualTo("2025Q4");
        vm.show("PLL");
        vm.applyDraft("Andelen økte.", java.util.Optional.of(no.framdrift.domain.Period.year(2024)),
                LocalDate.of(2026, 2, 3));
        assertThat(vm.periodProperty().get()).isEqualTo("2024");
    }

    private void write(String period, String text) {
        vm.startNew(LocalDate.of(2025, 1, 1));
        vm.periodProperty().set(period);
        vm.textProperty().set(text);
        assertThat(vm.save()).isTrue();
    }
}
