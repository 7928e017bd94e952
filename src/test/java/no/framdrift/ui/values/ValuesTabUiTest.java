package no.framdrift.ui.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import no.framdrift.app.BackgroundTasks;
import no.framdrift.app.Workspace;
import no.framdrift.domain.IndicatorValue;
import no.framdrift.domain.NorwegianFormat;
import no.framdrift.domain.Period;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import no.framdrift.ui.shell.FramdriftWindow;
import no.framdrift.ui.shell.UiPreferences;

/** The Verdier tab and the assessment draft in the real window, on survey cells written into the store. */
@ExtendWith(ApplicationExtension.class)
class ValuesTabUiTest {

    @TempDir
    static Path folder;

    private static int run;
    private Workspace workspace;
    private Stage stage;
    private final Preferences node = Preferences.userRoot().node("no/framdrift/ui-test/" + UUID.randomUUID());

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // the test data replace every batch: an empty workspace is enough (and quick to open on the FX thread)
        workspace = Workspace.open(folder.resolve("values-" + (run++)));
        TestData.replaceWithTestData(workspace);
        new FramdriftWindow(stage, workspace, new UiPreferences(node), BackgroundTasks.sameThread()).show();
    }

    @AfterEach
    void tearDown(FxRobot robot) throws BackingStoreException {
        robot.interact(() -> stage.close());
        workspace.close();
        node.removeNode();
    }

    @Test
    void valuesSubgroupsAndTheDraftOfEpjKvalitet(FxRobot robot) {
        robot.clickOn(robot.lookup("#catalogue-tree")
                .lookup((Label l) -> "EPJ-system bidrar til pasientarbeid med høy kvalitet".equals(l.getText()))
                .queryAs(Label.class));
        robot.clickOn(tab(robot, "Verdier"));

        @SuppressWarnings("unchecked")
        TableView<ValuesViewModel.Row> table = robot.lookup("#values-table").queryAs(TableView.class);
        IndicatorValue v = workspace.values().stored("EPJ_KVALITET").stream()
                .filter(x -> x.period().equals(Period.year(2024)) && x.isWholePopulation()).findFirst().orElseThrow();
        ValuesViewModel.Row row = table.getItems().stream().filter(r -> r.period().equals("2024")).findFirst()
                .orElseThrow();
        assertThat(row.breakdown()).isEqualTo("Hele utvalget");
        assertThat(row.value()).isEqualTo(NorwegianFormat.percentOfFraction(v.value(), 0)).isEqualTo("58 %");
        assertThat(row.interval()).isEqualTo(NorwegianFormat.number(v.ciLow() * 100, 0) + "–"
                + NorwegianFormat.number(v.ciHigh() * 100, 0) + " %");
        assertThat(row.n()).isEqualTo(NorwegianFormat.number(v.n(), 0)).isEqualTo("507");
        // and the screen shows those texts in the table's cells
        assertThat(robot.lookup("#values-table .table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .extracting(c -> (Object) c.getText()).contains("58 %", row.interval(), "507");

        @SuppressWarnings("unchecked")
        ComboBox<ValuesViewModel.Breakdown> breakdown = robot.lookup("#values-breakdown").queryAs(ComboBox.class);
        assertThat(breakdown.getValue().label()).isEqualTo("Hele utvalget");
        robot.interact(() -> breakdown.getSelectionModel().select(
                breakdown.getItems().stream().filter(b -> b.label().equals("Profesjon")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getColumns().get(1).getText()).isEqualTo("Profesjon");
        assertThat(table.getItems()).filteredOn(r -> r.period().equals("2024"))
                .extracting(ValuesViewModel.Row::breakdown).containsExactlyInAnyOrder("Jordmor", "Lege", "Sykepleier");
        ValuesViewModel.Row jordmor = table.getItems().stream()
                .filter(r -> r.period().equals("2024") && r.breakdown().equals("Jordmor")).findFirst().orElseThrow();
        assertThat(jordmor.value()).isEqualTo(":");

        robot.clickOn(tab(robot, "Vurderinger"));
        robot.clickOn("#assessment-draft");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#assessment-text").queryAs(TextArea.class).getText()).isEqualTo(
                "Andelen helt eller ganske enig økte fra 47 % i 2023 til 58 % i 2024. Endringen er utenfor feilmarginen. "
                        + "Ambisjonen for 2030 er ikke satt.");
        assertThat(workspace.catalogue().assessments("EPJ_KVALITET")).isEmpty();
    }

    @Test
    void savingADefinitionRecomputesAndSaysSo(FxRobot robot) {
        // far down the tree: filter to it first
        robot.clickOn("#search");
        robot.write("Helsedata til");
        robot.clickOn(robot.lookup("#catalogue-tree")
                .lookup((Label l) -> "Helsedata til sekundærbruk".equals(l.getText())).queryAs(Label.class));
        robot.clickOn("#field-measures");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Antall søknader.");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).endsWith("Verdiene er beregnet på nytt.");
        robot.clickOn(tab(robot, "Verdier"));
        @SuppressWarnings("unchecked")
        TableView<ValuesViewModel.Row> table = robot.lookup("#values-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(ValuesViewModel.Row::period).contains("Q2 2025");
        assertThat(robot.lookup("#values-copy").queryAs(Button.class).isDisabled()).isFalse();
    }

    private static Node tab(FxRobot robot, String title) {
        return robot.lookup(".tab").match(n -> n.lookup(".tab-label") instanceof Label l && l.getText().equals(title))
                .queryAs(Node.class);
    }
}
