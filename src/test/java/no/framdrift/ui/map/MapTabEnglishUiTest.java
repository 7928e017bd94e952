package no.framdrift.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import no.framdrift.app.SampleWorkspaces;
import no.framdrift.app.Workspace;
import no.framdrift.domain.AreaLevel;
import no.framdrift.domain.Period;
import no.framdrift.report.map.MapCanvas;
import no.framdrift.ui.catalogue.IndicatorTabsOnStage;
import no.framdrift.ui.shell.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Kart tab in an English window: the choosers, the map drawn and its legend speak English
 * ("Counties", "Q3 2025", "Share (%)"), and the tab says once that exported maps are Norwegian.
 */
@ExtendWith(ApplicationExtension.class)
class MapTabEnglishUiTest {

    @TempDir
    static Path data;

    static Workspace ws;
    private Stage stage;

    @BeforeAll
    static void open() {
        ws = SampleWorkspaces.open(data);
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        IndicatorTabsOnStage.show(stage, ws, Language.ENGLISH, "DIGIHELSE", context -> List.of(new MapTab().create(context)));
    }

    @Test
    void theMapTabDrawsInEnglishAndSaysExportsAreNorwegian(FxRobot robot) throws Exception {
        robot.clickOn(robot.lookup(".tab-label").match((Label l) -> "Map".equals(l.getText())).queryAs(Label.class));
        @SuppressWarnings("unchecked")
        ComboBox<AreaLevel> level = robot.lookup("#map-level").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !level.getItems().isEmpty());
        robot.interact(() -> level.setValue(AreaLevel.COUNTY));
        MapCanvas canvas = robot.lookup("#map-canvas").queryAs(MapCanvas.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> canvas.spec() != null && canvas.spec().areas().size() == 15);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(canvas.spec().subtitle()).isEqualTo("Counties, Q3 2025");
        assertThat(canvas.spec().valueHeading()).isEqualTo("Share (%)");
        assertThat(canvas.spec().credit()).isEqualTo("Map data: © Kartverket (CC BY 4.0)");
        ListCell<AreaLevel> levelShown = (ListCell<AreaLevel>) level.getButtonCell();
        assertThat(levelShown.getText()).isEqualTo("Counties");
        @SuppressWarnings("unchecked")
        ComboBox<Period> period = robot.lookup("#map-period").queryAs(ComboBox.class);
        assertThat(period.getButtonCell().getText()).isEqualTo("Q3 2025");
        Label hint = robot.lookup("#map-norwegian").queryAs(Label.class);
        assertThat(hint.getText()).isEqualTo(
                "Exported maps are in Norwegian, as they are published (report, PNG/SVG/PDF, site).");
        robot.interact(() -> stage.close());
    }
}
