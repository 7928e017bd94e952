package no.framdrift.ui.overview;

import no.framdrift.app.SampleWorkspaces;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import no.framdrift.app.overview.CatalogueOverviewService;
import no.framdrift.app.Workspace;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.IndicatorValue;
import no.framdrift.domain.NorwegianFormat;
import no.framdrift.domain.Unit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The overview on the real sample workspace: each tile shows what {@code values} computes. */
@ExtendWith(ApplicationExtension.class)
class OverviewSampleWorkspaceUiTest {

    static Path dir;
    static Workspace workspace;
    private final ExecutorService loader = Executors.newSingleThreadExecutor();

    @BeforeAll
    static void sampleWorkspace() throws Exception {
        dir = Files.createTempDirectory("framdrift-overview");
        workspace = SampleWorkspaces.open(dir);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Start
    void start(Stage stage) {
        OverviewViewModel model = new OverviewViewModel(
                new CatalogueOverviewService(workspace.catalogue(), code -> workspace.values().stored(code)),
                () -> LocalDate.of(2025, 11, 27), loader, Platform::runLater, code -> { });
        stage.setScene(new Scene(new OverviewView(model), 1240, 780));
        stage.show();
        model.refresh();
    }

    private static String text(FxRobot robot, String code, String styleClass) {
        return robot.from(robot.lookup("#tile-" + code).queryAll()).lookup("." + styleClass).queryAs(Label.class).getText();
    }

    /** The tile's value is the stored national value of the period the tile names, in Norwegian format. */
    private static void tileMatchesValues(FxRobot robot, String code) {
        Indicator indicator = workspace.catalogue().load().indicator(code).orElseThrow();
        String period = text(robot, code, "tile-period");
        IndicatorValue v = workspace.values().stored(code).stream()
                .filter(x -> x.area().equals(IndicatorValue.NATIONAL) && x.group().isEmpty()
                        && x.period().label().equals(period))
                .findFirst().orElseThrow(() -> new AssertionError(code + ": no stored value for " + period));
        String expected = indicator.unit() == Unit.PERCENT
                ? NorwegianFormat.percentOfFraction(v.value(), indicator.decimals())
                : NorwegianFormat.number(v.value(), indicator.decimals());
        assertThat(text(robot, code, "tile-value")).as(code).isEqualTo(expected);
    }

    @Test
    void tilesShowTheComputedValues(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#tile-PLL .tile-value").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        tileMatchesValues(robot, "PLL");
        tileMatchesValues(robot, "EPJ_KVALITET");
        tileMatchesValues(robot, "HELSEDATA");
        assertThat(text(robot, "PLL", "tile-period")).isEqualTo("okt.25");
        assertThat(text(robot, "PLL", "tile-value")).isEqualTo("1,5 %");
        assertThat(text(robot, "EPJ_KVALITET", "tile-value")).isEqualTo("52 %");
        assertThat(text(robot, "EPJ_KVALITET", "tile-margin")).isEqualTo("utenfor feilmarginen");
        loader.shutdownNow();
    }
}
