package no.framdrift.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import no.framdrift.app.SampleWorkspaces;
import no.framdrift.app.Workspace;
import no.framdrift.report.chart.ExportSize;
import no.framdrift.ui.catalogue.IndicatorTabsOnStage;
import no.framdrift.ui.shell.Language;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Diagram tab for PLL in a real (headless) window: the chart shows, and Ctrl+E exports with the remembered settings. */
@ExtendWith(ApplicationExtension.class)
class DiagramTabUiTest {

    @TempDir
    static Path data;

    @TempDir
    static Path out;

    static Workspace ws;
    private final Preferences node = Preferences.userRoot().node("no/framdrift/ui-test/" + UUID.randomUUID());
    private ChartPreferences prefs;
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
        prefs = new ChartPreferences(node);
        IndicatorTabsOnStage.show(stage, ws, Language.NORWEGIAN_BOKMAL, "PLL", context -> List.of(new DiagramTab(prefs).create(context)));
    }

    @AfterEach
    void tearDown(FxRobot robot) throws BackingStoreException {
        robot.interact(() -> stage.close());
        node.removeNode();
    }

    @Test
    void theChartOfPllShowsAndCtrlEExportsAPngWithTheRememberedSettings(FxRobot robot) throws Exception {
        Path png = out.resolve("pll.png");
        prefs.lastExport(new ChartPreferences.LastExport(png, new ExportSize(800, 450, 2.0)));

        robot.clickOn(robot.lookup(".tab-label").match((Label l) -> "Diagram".equals(l.getText())).queryAs(Label.class));
        WaitForAsyncUtils.waitForFxEvents();
        ChartViewer viewer = robot.lookup("#chart-area").lookup((ChartViewer v) -> true).queryAs(ChartViewer.class);
        assertThat(viewer).isNotNull();
        assertThat(viewer.getChart().getTitle().getText()).isEqualTo("Pasientens legemiddelliste");

        robot.clickOn("#chart-labels");
        assertThat(robot.lookup("#chart-labels").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(prefs.choices("PLL").labels()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#chart-status").queryAs(Label.class).getText()).isEqualTo("Diagrammet er lagret: " + png);
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(1600);
        assertThat(img.getHeight()).isEqualTo(900);
    }
}
