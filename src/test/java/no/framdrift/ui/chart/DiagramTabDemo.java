package no.framdrift.ui.chart;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import no.framdrift.app.Workspace;
import no.framdrift.ui.shell.FramdriftWindow;
import no.framdrift.ui.shell.FxBackgroundTasks;
import no.framdrift.ui.shell.MainWindow;
import no.framdrift.ui.shell.UiPreferences;

/**
 * Opens the window on a data folder with PLL's Diagram tab showing and writes a screenshot
 * (README). Not a test and not shipped: it lives in test scope. Run under a display (Xvfb):
 * {@code DiagramTabDemo DATA_DIR OUT.png}.
 */
public final class DiagramTabDemo {

    private DiagramTabDemo() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Workspace ws = Workspace.open(data, Workspace.Start.SAMPLE);
        Preferences node = Preferences.userRoot().node("no/framdrift/ui-demo/" + UUID.randomUUID());
        Platform.startup(() -> {
            Stage stage = new Stage();
            FxBackgroundTasks tasks = new FxBackgroundTasks();
            new FramdriftWindow(stage, ws, new UiPreferences(node), tasks).show();
            stage.setWidth(1400);
            stage.setHeight(860);
            MainWindow main = (MainWindow) stage.getScene().getRoot();
            main.select("PLL");
            TabPane tabs = (TabPane) stage.getScene().lookup("#indicator-tabs");
            tabs.getTabs().stream().filter(t -> "tab-chart".equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
            PauseTransition wait = new PauseTransition(Duration.seconds(3));
            wait.setOnFinished(e -> {
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", out.toFile());
                    stage.hide();
                    node.removeNode();
                } catch (Exception ex) {
                    ex.printStackTrace();
                }
                tasks.close();
                ws.close();
                Platform.exit();
                System.exit(0);
            });
            wait.play();
        });
    }
}
