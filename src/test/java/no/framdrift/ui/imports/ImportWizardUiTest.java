package no.framdrift.ui.imports;

import no.framdrift.app.SampleWorkspaces;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import no.framdrift.app.Workspace;
import no.framdrift.ingest.ImportProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import no.framdrift.ui.shell.FramdriftWindow;
import no.framdrift.ui.shell.FxBackgroundTasks;
import no.framdrift.ui.shell.UiPreferences;

/**
 * Drives the guided import headless (Monocle) in the real window with the real task runner: every
 * read, check and import runs off the JavaFX thread and the test waits for the results to appear.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWizardUiTest {

    @TempDir
    static Path folder;
    private static int run;

    private Workspace workspace;
    private Stage stage;
    private FramdriftWindow window;
    private FxBackgroundTasks tasks;
    private final Preferences node = Preferences.userRoot().node("no/framdrift/ui-test/" + UUID.randomUUID());

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workspace = SampleWorkspaces.open(folder.resolve("wizard-" + (run++)));
        tasks = new FxBackgroundTasks();
        window = new FramdriftWindow(stage, workspace, new UiPreferences(node), tasks);
        window.show();
    }

    @AfterEach
    void tearDown(FxRobot robot) throws BackingStoreException, TimeoutException {
        // let the recompute after an import finish before the database closes
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tasks.running().get() == 0);
        robot.interact(() -> {
            new ArrayList<>(javafx.stage.Window.getWindows()).forEach(w -> w.hide());
        });
        tasks.close();
        workspace.close();
        node.removeNode();
    }

    @Test
    void aRegistryExtractThroughEveryStepGivesANewBatch(FxRobot robot) throws Exception {
        List<String> lines = Files.readAllLines(Path.of("sample-data/pll-2025.csv"), StandardCharsets.UTF_8);
        // a year earlier than the sample's months, so it overlaps no stored cell (that would ask first)
        List<String> kept = lines.stream().filter(l -> !l.startsWith("okt.25")).map(l -> l.replace(".25;", ".24;"))
                .toList();
        Path file = folder.resolve("pll-uten-oktober-" + run + ".csv");
        Files.write(file, kept, StandardCharsets.UTF_8);
        int dataRows = kept.size() - 1;
        int batchesBefore = workspace.imports().batches().size();

        ImportWizard wizard = WaitForAsyncUtils.asyncFx(() -> window.main().openImportWizard(file)).get(30, TimeUnit.SECONDS);
        ImportWizardModel vm = wizard.model();
        waitUntil(() -> vm.previewProperty().get() != null && !vm.busyProperty().get());

        // 1 Fil: the first rows and the detected format
        assertThat(combo(robot, "#wizard-delimiter").getValue()).isEqualTo(";");
        assertThat(combo(robot, "#wizard-charset").getValue()).isEqualTo("UTF-8");
        assertThat(combo(robot, "#wizard-decimal").getValue()).isEqualTo(",");
        assertThat(robot.lookup("#wizard-format").queryAs(Label.class).getText()).contains("skilletegn semikolon");
        TableView<?> preview = robot.lookup("#wizard-preview").queryAs(TableView.class);
        assertThat(preview.getColumns()).extracting(c -> c.getText())
                .containsExactly("maaned", "omraade", "antall_med_pll", "befolkning");
        assertThat(preview.getItems()).hasSize(Math.min(20, dataRows));
        assertThat(robot.lookup("#wizard-step-FILE").queryAs(Label.class).getStyleClass()).contains("wizard-step-current");

        // 2 Kolonner: the sample profile
        robot.clickOn("#wizard-next");
        assertThat(vm.stepProperty().get()).isEqualTo(ImportWizardModel.Step.COLUMNS);
        robot.clickOn("#wizard-profile");
        robot.clickOn(robot.lookup(".list-cell").match(c -> c instanceof ListCell<?> l && "pll".equals(l.getText()))
                .queryAs(Node.class));
        waitUntil(() -> "PLL".equals(vm.indicatorProperty().get()) && !vm.busyProperty().get());
        @SuppressWarnings("unchecked")
        TableView<MappingRow> mapping = robot.lookup("#wizard-mapping").queryAs(TableView.class);
        assertThat(mapping.getItems()).extracting(r -> r.roleProperty().get())
                .containsExactly(ColumnRole.PERIOD, ColumnRole.AREA, ColumnRole.NUMERATOR, ColumnRole.DENOMINATOR);

        // 3 Kontroll: every row, no problems
        robot.clickOn("#wizard-next");
        waitUntil(() -> vm.reportProperty().get() != null && !vm.busyProperty().get());
        assertThat(robot.lookup("#wizard-check-result").queryAs(Label.class).getText())
                .isEqualTo("Lest " + dataRows + " rader: 0 problemer i 0 rader.");
        assertThat(robot.lookup("#wizard-problems").queryAs(TableView.class).getItems()).isEmpty();
        Button next = robot.lookup("#wizard-next").queryAs(Button.class);
        assertThat(next.getText()).isEqualTo("Importer");
        assertThat(next.isDisabled()).isFalse();

        // 4 Import → 5 Oppsummering
        robot.clickOn("#wizard-next");
        waitUntil(() -> vm.stepProperty().get() == ImportWizardModel.Step.SUMMARY);
        assertThat(text(robot, "#summary-read")).isEqualTo(String.valueOf(dataRows));
        assertThat(text(robot, "#summary-imported")).isEqualTo(String.valueOf(dataRows));
        assertThat(text(robot, "#summary-skipped")).isEqualTo("0");
        long batch = vm.summaryProperty().get().batchId();
        assertThat(text(robot, "#summary-batch")).isEqualTo(String.valueOf(batch));
        assertThat(workspace.imports().batches()).hasSize(batchesBefore + 1);
        assertThat(workspace.imports().batches()).filteredOn(b -> b.id() == batch)
                .extracting(no.framdrift.domain.ImportBatch::fileName).containsExactly(file.getFileName().toString());

        robot.clickOn("#wizard-close");
        assertThat(wizard.stage().isShowing()).isFalse();
        waitUntil(() -> robot.lookup("#status").queryAs(Label.class).getText().contains(
                "Importerte " + file.getFileName() + " (parti " + batch + ")"));
    }

    @Test
    void aBadRowIsShownAndImportWaitsForSkipping(FxRobot robot) throws Exception {
        Path file = folder.resolve("pll-med-feil-" + run + ".csv");
        Files.writeString(file, "maaned;omraade;antall_med_pll;befolkning\n"
                + "apr.24;Norge;50000;5500000\n"
                + "mai.24;Atlantis;10;100\n"
                + "jun.24;Norge;51000;5500000\n", StandardCharsets.UTF_8);
        ImportWizard wizard = WaitForAsyncUtils.asyncFx(() -> window.main().openImportWizard(file)).get(30, TimeUnit.SECONDS);
        ImportWizardModel vm = wizard.model();
        waitUntil(() -> vm.previewProperty().get() != null && !vm.busyProperty().get());
        robot.clickOn("#wizard-next");
        robot.interact(() -> combo(robot, "#wizard-profile").getSelectionModel().select("pll"));
        waitUntil(() -> "PLL".equals(vm.indicatorProperty().get()) && !vm.busyProperty().get());
        robot.clickOn("#wizard-next");
        waitUntil(() -> vm.reportProperty().get() != null && !vm.busyProperty().get());

        @SuppressWarnings("unchecked")
        TableView<ImportProblem> problems = robot.lookup("#wizard-problems").queryAs(TableView.class);
        assertThat(problems.getItems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "omraade", "Atlantis"));
        Button next = robot.lookup("#wizard-next").queryAs(Button.class);
        assertThat(next.isDisabled()).isTrue();
        CheckBox skip = robot.lookup("#wizard-skip").queryAs(CheckBox.class);
        assertThat(skip.isVisible()).isTrue();
        assertThat(skip.getText()).isEqualTo("Hopp over rader med feil (1 rad)");

        robot.clickOn("#wizard-skip");
        assertThat(next.isDisabled()).isFalse();
        robot.clickOn("#wizard-skip");
        assertThat(next.isDisabled()).isTrue();
    }

    @Test
    void aSurveyFileGetsTheSavedProfileItsAnswersFromTheFileAndVisShowsWhatChanged(FxRobot robot) throws Exception {
        // the sample survey's 2024 answers as 2025's: the headers of the saved profile, a year no batch holds
        List<String> lines = Files.readAllLines(Path.of("sample-data/helsepersonellundersokelsen-2021-2024.csv"),
                StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        lines.stream().skip(1).filter(l -> l.split(";")[1].equals("2024")).map(l -> l.replaceFirst(";2024;", ";2025;"))
                .forEach(out::add);
        Path file = folder.resolve("helsepersonell-2025-" + run + ".csv");
        Files.write(file, out, StandardCharsets.UTF_8);

        ImportWizard wizard = WaitForAsyncUtils.asyncFx(() -> window.main().openImportWizard(file)).get(30, TimeUnit.SECONDS);
        ImportWizardModel vm = wizard.model();
        waitUntil(() -> vm.previewProperty().get() != null && !vm.busyProperty().get());
        robot.clickOn("#wizard-next");

        // 2 Kolonner: the saved profile by name, not a guess with red errors
        Label note = robot.lookup("#wizard-profile-note").queryAs(Label.class);
        waitUntil(() -> note.isVisible() && !vm.busyProperty().get());
        assertThat(note.getText()).isEqualTo("Bruker lagret profil «helsepersonellundersokelsen»");
        assertThat(combo(robot, "#wizard-profile").getValue()).isEqualTo("helsepersonellundersokelsen");
        assertThat(robot.lookup("#wizard-profile-problems").queryAs(Label.class).getText()).isEmpty();
        // the first question's answers: the codes found in its column, as the profile's labels, to tick
        @SuppressWarnings("unchecked")
        org.controlsfx.control.CheckListView<String> positive =
                robot.lookup("#wizard-answers-positive").queryAs(org.controlsfx.control.CheckListView.class);
        waitUntil(() -> positive.getItems().size() == 6);
        assertThat(robot.lookup("#wizard-answers-title").queryAs(Label.class).getText()).startsWith(
                "Svarene i kolonnen «epj_kvalitet»");
        assertThat(positive.getItems()).containsExactly("Helt enig", "Ganske enig", "Verken enig eller uenig",
                "Ganske uenig", "Helt uenig", "Vet ikke");
        assertThat(positive.getCheckModel().getCheckedItems()).containsExactlyInAnyOrder("Helt enig", "Ganske enig");

        // 3 Kontroll → 4 Import → 5 Oppsummering
        robot.clickOn("#wizard-next");
        waitUntil(() -> vm.reportProperty().get() != null && !vm.busyProperty().get());
        robot.clickOn("#wizard-next");
        waitUntil(() -> vm.stepProperty().get() == ImportWizardModel.Step.SUMMARY);
        javafx.scene.layout.VBox changes = robot.lookup("#summary-changes").queryAs(javafx.scene.layout.VBox.class);
        assertThat(changes.getChildren()).extracting(n -> ((Label) n).getText()).containsExactly(
                "EPJ_KVALITET – EPJ-system bidrar til pasientarbeid med høy kvalitet: 2025",
                "ENKLERE_ARBEIDSHVERDAG – Enklere arbeidshverdag fra digital støtte: 2025",
                "TILGANG_PASIENTINFO – Opplevd tilgang til pasientinformasjon: 2025",
                "EPJ_EFFEKTIV – EPJ-systemet bidrar til effektivt pasientarbeid: 2025");
        Button show = robot.lookup("#wizard-show").queryAs(Button.class);
        assertThat(show.getText()).isEqualTo("Vis EPJ_KVALITET");

        robot.clickOn("#wizard-show");
        assertThat(wizard.stage().isShowing()).isFalse();
        @SuppressWarnings("unchecked")
        javafx.scene.control.TreeView<no.framdrift.ui.catalogue.CatalogueNode> tree =
                robot.lookup("#catalogue-tree").queryAs(javafx.scene.control.TreeView.class);
        waitUntil(() -> tree.getSelectionModel().getSelectedItem() != null);
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().code()).isEqualTo("EPJ_KVALITET");
    }

    @Test
    void typingFiltersTheIndicatorListAndOnlyACatalogueCodeCanBeChosen(FxRobot robot) throws Exception {
        Path file = folder.resolve("tillit-" + run + ".csv");
        Files.writeString(file, "periode;antall;befolkning\n2025;10;100\n", StandardCharsets.UTF_8);
        ImportWizard wizard = WaitForAsyncUtils.asyncFx(() -> window.main().openImportWizard(file)).get(30, TimeUnit.SECONDS);
        ImportWizardModel vm = wizard.model();
        waitUntil(() -> vm.previewProperty().get() != null && !vm.busyProperty().get());
        robot.clickOn("#wizard-next");
        waitUntil(() -> vm.profileProperty().get() != null && !vm.busyProperty().get());
        assertThat(vm.indicatorProperty().get()).isEmpty();

        robot.clickOn("#wizard-indicator");
        robot.write("tillit");
        // the open list holds only what matches the typed text, by code or name
        waitUntil(() -> visibleIndicatorCells(robot).size() == 1);
        assertThat(visibleIndicatorCells(robot)).containsExactly(
                "TILLIT – Innbyggers tillit til håndtering av helseopplysninger");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> !vm.indicatorProperty().get().isEmpty());
        // the catalogue's code, never the typed text
        assertThat(vm.indicatorProperty().get()).isEqualTo("TILLIT");
        assertThat(vm.profileProperty().get().registry().indicator()).isEqualTo("TILLIT");

        robot.clickOn("#wizard-indicator");
        robot.write("finnes ikke");
        waitUntil(() -> visibleIndicatorCells(robot).isEmpty());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(vm.indicatorProperty().get()).isEqualTo("TILLIT");
    }

    /** The texts of the indicator list's cells that show an item (the open popup's). */
    private static List<String> visibleIndicatorCells(FxRobot robot) {
        return robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.isVisible() && !c.isEmpty() && c.getItem() instanceof IndicatorChoice && c.getScene() != null
                        && c.getScene().getWindow() != null && c.getScene().getWindow().isShowing())
                .map(c -> c.getText()).toList();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
