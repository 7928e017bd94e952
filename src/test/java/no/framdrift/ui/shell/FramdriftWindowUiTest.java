package no.framdrift.ui.shell;

import no.framdrift.app.SampleWorkspaces;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import no.framdrift.app.BackgroundTasks;
import no.framdrift.app.Workspace;
import no.framdrift.domain.IndicatorChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import no.framdrift.ui.catalogue.CatalogueNode;
import no.framdrift.ui.catalogue.HistoryViewModel;

/** Drives the real window headless (Monocle) on a fresh data folder and a throw-away preferences node. */
@ExtendWith(ApplicationExtension.class)
class FramdriftWindowUiTest {

    @TempDir
    static Path folder;

    private static int run;
    private Path dataDir;
    private Workspace workspace;
    private Stage stage;
    private final Preferences node = Preferences.userRoot().node("no/framdrift/ui-test/" + UUID.randomUUID());

    @Start
    void start(Stage stage) {
        this.stage = stage;
        dataDir = folder.resolve("data-" + (run++));
        workspace = SampleWorkspaces.open(dataDir);
        new FramdriftWindow(stage, workspace, new UiPreferences(node), BackgroundTasks.sameThread()).show();
    }

    @AfterEach
    void tearDown(FxRobot robot) throws BackingStoreException {
        robot.interact(() -> {
            stage.close();
            // TestFX shares one primary stage between test classes: the next class's window must
            // not save its geometry into this test's (removed) preferences node
            stage.setOnHiding(null);
            stage.setOnCloseRequest(null);
        });
        if (workspace != null) {
            workspace.close();
        }
        node.removeNode();
    }

    @Test
    void editPllSaveWithCtrlSAndFindTheChangeAfterReopening(FxRobot robot) {
        robot.clickOn(treeLabel(robot, "Pasientens legemiddelliste"));
        TextField name = robot.lookup("#field-name").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("Pasientens legemiddelliste");
        TextArea measures = robot.lookup("#field-measures").queryAs(TextArea.class);

        robot.clickOn(measures);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Andel med PLL – æøå ÆØÅ");
        assertThat(robot.lookup("#unsaved-marker").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#save").queryAs(Button.class).isDisabled()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#unsaved-marker").queryAs(Label.class).isVisible()).isFalse();

        robot.clickOn(robot.lookup(".tab").match(n -> n.lookup(".tab-label") instanceof Label l
                && l.getText().equals("Historikk")).queryAs(javafx.scene.Node.class));
        @SuppressWarnings("unchecked")
        TableView<HistoryViewModel.Row> history = robot.lookup("#history-table").queryAs(TableView.class);
        assertThat(history.getItems()).extracting(HistoryViewModel.Row::field, HistoryViewModel.Row::newValue)
                .contains(org.assertj.core.groups.Tuple.tuple("Hva måler indikatoren?", "Andel med PLL – æøå ÆØÅ"));

        robot.interact(() -> stage.close());
        workspace.close();
        workspace = SampleWorkspaces.open(dataDir);
        assertThat(workspace.catalogue().load().indicator("PLL").orElseThrow().measures())
                .isEqualTo("Andel med PLL – æøå ÆØÅ");
        List<IndicatorChange> changes = workspace.catalogue().history("PLL");
        assertThat(changes).extracting(IndicatorChange::field, IndicatorChange::newValue)
                .contains(org.assertj.core.groups.Tuple.tuple("measures", "Andel med PLL – æøå ÆØÅ"));

        // and the reopened window shows it
        robot.interact(() -> {
            new FramdriftWindow(stage, workspace, new UiPreferences(node), BackgroundTasks.sameThread()).show();
        });
        robot.clickOn(treeLabel(robot, "Pasientens legemiddelliste"));
        assertThat(robot.lookup("#field-measures").queryAs(TextArea.class).getText()).isEqualTo("Andel med PLL – æøå ÆØÅ");
    }

    @Test
    void anEmptyNameShowsTheMessageAtTheFieldAndDisablesSave(FxRobot robot) {
        robot.clickOn(treeLabel(robot, "Pasientens legemiddelliste"));
        robot.clickOn("#field-name");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);

        Label error = robot.lookup("#error-name").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Navn må fylles ut.");
        assertThat(robot.lookup("#field-name").queryAs(TextField.class).getStyleClass()).contains("invalid");
        assertThat(robot.lookup("#save").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#unsaved-marker").queryAs(Label.class).isVisible()).isTrue();

        robot.clickOn("#revert");
        assertThat(robot.lookup("#field-name").queryAs(TextField.class).getText()).isEqualTo("Pasientens legemiddelliste");
        assertThat(error.isVisible()).isFalse();
    }

    @Test
    void ctrlFFocusesTheSearchWhichFiltersByCodeKeepingTheComposite(FxRobot robot) {
        robot.clickOn(treeLabel(robot, "Pasientens legemiddelliste"));
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertThat(robot.lookup("#search").queryAs(TextField.class).isFocused()).isTrue();
        robot.write("DDFL");

        @SuppressWarnings("unchecked")
        TreeView<CatalogueNode> tree = robot.lookup("#catalogue-tree").queryAs(TreeView.class);
        assertThat(codes(tree.getRoot())).containsExactly("KVALITET", "HELSENORGE_TILGJENGELIGHET", "DDFL");

        robot.type(KeyCode.ESCAPE);
        assertThat(codes(tree.getRoot())).contains("PLL", "RADSMODELL_RELEVANS", "TILLIT");
    }

    /** Each tree row's tooltip names its own node, also once the rows are reused for other nodes (a filter and back). */
    @Test
    void everyTreeRowsTooltipNamesItsOwnNodeAfterTheRowsAreReused(FxRobot robot) {
        robot.clickOn(treeLabel(robot, "Pasientens legemiddelliste"));
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("DDFL");
        assertThat(tooltipMismatches(robot)).isEmpty();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> wrong = tooltipMismatches(robot);
        assertThat(wrong).isEmpty();
        String[] pll = new String[1];
        robot.interact(() -> robot.lookup(".tree-cell").queryAllAs(javafx.scene.control.TreeCell.class).stream()
                .filter(c -> c.getItem() instanceof CatalogueNode n && "PLL".equals(n.code()))
                .findFirst().ifPresent(c -> pll[0] = c.getTooltip().getText()));
        assertThat(pll[0]).isEqualTo("Pasientens legemiddelliste (PLL)");
    }

    /** "label (code)" (or the label alone) against each shown tree row's tooltip; the rows that differ. */
    private static List<String> tooltipMismatches(FxRobot robot) {
        List<String> wrong = new ArrayList<>();
        int[] rows = new int[1];
        robot.interact(() -> {
            for (javafx.scene.control.TreeCell<?> c : robot.lookup(".tree-cell").queryAllAs(javafx.scene.control.TreeCell.class)) {
                if (c.isEmpty() || !(c.getItem() instanceof CatalogueNode n)) {
                    continue;
                }
                rows[0]++;
                String expected = n.code() == null ? n.label() : n.label() + " (" + n.code() + ")";
                String actual = c.getTooltip() == null ? null : c.getTooltip().getText();
                if (!expected.equals(actual)) {
                    wrong.add(expected + " ≠ " + actual);
                }
            }
        });
        assertThat(rows[0]).as("tree rows shown").isGreaterThan(2);
        return wrong;
    }

    /** Issue 15: a long indicator name wraps in the tree rather than ending in "…", and no status badge is cut. */
    @Test
    void longNamesInTheTreeWrapInsteadOfBeingCut(FxRobot robot) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Label longName = treeLabel(robot, "EPJ-system bidrar til pasientarbeid med høy kvalitet");
        List<String> cut = new ArrayList<>();
        int[] shown = new int[1];
        robot.interact(() -> {
            for (Label l : robot.lookup("#catalogue-tree").lookup((Label x) -> x.isVisible() && x.getText() != null
                    && !x.getText().isEmpty()).queryAllAs(Label.class)) {
                for (javafx.scene.Node n : l.getChildrenUnmodifiable()) {
                    if (n instanceof javafx.scene.text.Text t) {
                        shown[0]++;
                        if (!l.getText().equals(t.getText())) {
                            cut.add(l.getText() + " → " + t.getText());
                        }
                    }
                }
            }
        });
        assertThat(shown[0]).as("tree labels drawn").isGreaterThan(10);
        assertThat(cut).as("labels cut with …").isEmpty();
        // the long name takes more than one line
        assertThat(longName.getHeight()).isGreaterThan(longName.getFont().getSize() * 2);
    }

    private static Label treeLabel(FxRobot robot, String text) {
        return robot.lookup("#catalogue-tree").lookup((Label l) -> text.equals(l.getText())).queryAs(Label.class);
    }

    private static List<String> codes(TreeItem<CatalogueNode> item) {
        List<String> out = new ArrayList<>();
        for (TreeItem<CatalogueNode> c : item.getChildren()) {
            if (c.getValue().code() != null) {
                out.add(c.getValue().code());
            }
            out.addAll(codes(c));
        }
        return out;
    }
}
