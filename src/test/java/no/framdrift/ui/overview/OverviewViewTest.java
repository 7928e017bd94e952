package no.framdrift.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import no.framdrift.app.overview.OverviewService;
import no.framdrift.domain.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The overview in a real (headless) window, loaded from a fake service with the seed's values. */
@ExtendWith(ApplicationExtension.class)
class OverviewViewTest {

    private final List<String> opened = new CopyOnWriteArrayList<>();
    private final List<Boolean> loadedOnFxThread = new CopyOnWriteArrayList<>();
    private final ExecutorService loader = Executors.newSingleThreadExecutor();
    private OverviewViewModel model;
    private OverviewView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        // TestFX shares one primary stage between test classes: drop a window's handlers left by another test
        stage.setOnHiding(null);
        stage.setOnCloseRequest(null);
        this.stage = stage;
        OverviewService service = today -> {
            loadedOnFxThread.add(Platform.isFxApplicationThread());
            return OverviewFixture.overview(today);
        };
        model = new OverviewViewModel(service, () -> OverviewFixture.TODAY, loader, Platform::runLater, opened::add);
        view = new OverviewView(model);
        // within Monocle's headless screen (1280×800); a larger window overflows its frame buffer
        stage.setScene(new Scene(view, 1240, 780));
        stage.sizeToScene(); // TestFX reuses the stage; a width set by an earlier test must not stick
        stage.show();
        model.refresh();
    }

    @AfterEach
    void stopLoader() {
        loader.shutdownNow();
    }

    private void awaitLoaded(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".overview-tile").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String tileId, String styleClass) {
        return robot.from(robot.lookup("#" + tileId).queryAll()).lookup("." + styleClass).queryAs(Label.class).getText();
    }

    private static List<String> visibleTiles(FxRobot robot) {
        return robot.lookup(".overview-tile").queryAll().stream().map(Node::getId).toList();
    }

    @Test
    void tilesShowValuePeriodChangeAndProgress(FxRobot robot) throws Exception {
        awaitLoaded(robot);
        assertThat(text(robot, "tile-PLL", "tile-value")).isEqualTo("1,5 %");
        assertThat(text(robot, "tile-PLL", "tile-period")).isEqualTo("okt.25");
        assertThat(text(robot, "tile-PLL", "status-badge")).isEqualTo("Klar");
        assertThat(text(robot, "tile-PLL", "tile-progress")).isEqualTo("Framdrift: Ikke i rute");

        assertThat(text(robot, "tile-EPJ_KVALITET", "tile-value")).isEqualTo("52 %");
        assertThat(text(robot, "tile-EPJ_KVALITET", "tile-period")).isEqualTo("2024");
        assertThat(text(robot, "tile-EPJ_KVALITET", "tile-arrow")).isEqualTo("▲");
        assertThat(text(robot, "tile-EPJ_KVALITET", "tile-change")).isEqualTo("+7 prosentpoeng siden 2023");
        assertThat(text(robot, "tile-EPJ_KVALITET", "tile-margin")).isEqualTo("utenfor feilmarginen");
        assertThat(text(robot, "tile-EPJ_KVALITET", "tile-progress")).isEqualTo("Framdrift: Ambisjon ikke satt");

        assertThat(text(robot, "tile-HELSEDATA", "tile-value")).isEqualTo("244");
        assertThat(text(robot, "tile-HELSEDATA", "tile-period")).isEqualTo("1. halvår 2025");

        assertThat(text(robot, "tile-DIGITAL_PLUNDER_HEFT", "status-badge")).isEqualTo("Under arbeid");
        assertThat(robot.lookup("#part-DIGITAL_PLUNDER_HEFT_RESPONSTID").queryAll()).hasSize(1);
        // the survey's sparkline breaks at its gap: two runs
        Sparkline epj = robot.from(robot.lookup("#tile-EPJ_KVALITET").queryAll()).lookup(".sparkline").query();
        assertThat(epj.runs()).isEqualTo(2);
        assertThat(loadedOnFxThread).containsExactly(false);
    }

    @Test
    void dueListForTheFixedDaySortedByLateness(FxRobot robot) throws Exception {
        awaitLoaded(robot);
        List<String> rows = robot.lookup(".due-row").queryAll().stream().map(Node::getId).toList();
        assertThat(rows).containsExactly("due-PLL", "due-HELSEDATA", "due-EPJ_KVALITET");
        assertThat(robot.from(robot.lookup("#due-PLL").queryAll()).lookup(".due-when").queryAs(Label.class).getText())
                .isEqualTo("Forsinket 41 dager (frist des.25)");
        assertThat(robot.from(robot.lookup("#due-EPJ_KVALITET").queryAll()).lookup(".due-what").queryAs(Label.class)
                .getText()).isEqualTo("Nye data for 2025");
    }

    @Test
    void filtersChangeTheVisibleTiles(FxRobot robot) throws Exception {
        awaitLoaded(robot);
        assertThat(visibleTiles(robot)).containsExactly("tile-PLL", "tile-EPJ_KVALITET", "tile-DIGITAL_PLUNDER_HEFT",
                "tile-HELSEDATA");

        ComboBox<OverviewView.Choice<?>> goal = robot.lookup("#goalFilter").queryComboBox();
        robot.interact(() -> goal.getSelectionModel().select(goal.getItems().stream()
                .filter(c -> c.label().startsWith("Mål 3")).findFirst().orElseThrow()));
        assertThat(visibleTiles(robot)).containsExactly("tile-HELSEDATA");
        robot.interact(() -> goal.getSelectionModel().select(0));

        ComboBox<OverviewView.Choice<?>> status = robot.lookup("#statusFilter").queryComboBox();
        robot.interact(() -> status.getSelectionModel().select(status.getItems().stream()
                .filter(c -> c.value() == Status.UNDER_ARBEID).findFirst().orElseThrow()));
        assertThat(visibleTiles(robot)).containsExactly("tile-DIGITAL_PLUNDER_HEFT");
        robot.interact(() -> status.getSelectionModel().select(0));

        robot.clickOn((CheckBox) robot.lookup("#onlyOverdue").query());
        assertThat(visibleTiles(robot)).containsExactly("tile-PLL", "tile-HELSEDATA");
        robot.clickOn((CheckBox) robot.lookup("#onlyOverdue").query());

        robot.clickOn("#search").write("helsedata");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleTiles(robot)).containsExactly("tile-HELSEDATA");
        robot.interact(() -> model.searchTextProperty().set("finnes ikke"));
        assertThat(visibleTiles(robot)).isEmpty();
        assertThat(robot.lookup(".overview-empty").queryAs(Label.class).getText())
                .isEqualTo("Ingen indikatorer passer filteret.");
    }

    @Test
    void clickingATileOpensTheIndicator(FxRobot robot) throws Exception {
        awaitLoaded(robot);
        robot.clickOn("#tile-EPJ_KVALITET");
        assertThat(opened).containsExactly("EPJ_KVALITET");
        robot.clickOn("#due-HELSEDATA");
        assertThat(opened).containsExactly("EPJ_KVALITET", "HELSEDATA");
    }

    @Test
    void arrowKeysMoveBetweenTilesAndEnterOpens(FxRobot robot) throws Exception {
        awaitLoaded(robot);
        robot.interact(() -> robot.lookup("#tile-PLL").query().requestFocus());
        robot.type(KeyCode.RIGHT);
        assertThat(robot.lookup("#tile-EPJ_KVALITET").query().isFocused()).isTrue();
        robot.type(KeyCode.DOWN); // next section's first row
        assertThat(robot.lookup("#tile-DIGITAL_PLUNDER_HEFT").query().isFocused()).isTrue();
        robot.type(KeyCode.LEFT);
        assertThat(robot.lookup("#tile-EPJ_KVALITET").query().isFocused()).isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(opened).containsExactly("EPJ_KVALITET");
    }

    @Test
    void tilesReflowWhenTheWindowNarrows(FxRobot robot) throws Exception {
        awaitLoaded(robot);
        Node pll = robot.lookup("#tile-PLL").query();
        Node epj = robot.lookup("#tile-EPJ_KVALITET").query();
        assertThat(epj.getLayoutY()).isEqualTo(pll.getLayoutY()); // side by side
        robot.interact(() -> stage.setWidth(640));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(epj.getLayoutY()).isGreaterThan(pll.getLayoutY()); // one card per row
        assertThat(epj.getLayoutX()).isEqualTo(pll.getLayoutX());
    }

    @Test
    void exportsTheWholeOverviewAsOnePng(FxRobot robot, @TempDir Path dir) throws Exception {
        awaitLoaded(robot);
        Path file = dir.resolve("oversikt.png");
        robot.interact(() -> {
            try {
                view.exportPng(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isGreaterThan(600);
        assertThat(image.getHeight()).isGreaterThan(400);
    }
}
