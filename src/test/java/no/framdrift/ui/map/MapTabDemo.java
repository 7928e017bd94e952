package no.framdrift.ui.map;

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
 * Opens the window on a data folder with an indicator's Kart tab showing and writes a screenshot
 * (README). Not a test and not shipped. Run under a display (Xvfb):
 * {@code MapTabDemo DATA_DIR OUT.png [CODE]}.
 */
public final class MapTabDemo {

    private MapTabDemo() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String code = args.length > 2 ? args[2] : "DIGIHELSE";
        Workspace ws = Workspace.open(data, Workspace.Start.SAMPLE);
        Preferences node = Preferences.userRoot().node("no/framdrift/ui-demo/" + UUID.randomUUID());
        Platform.startup(() -> {
            Stage stage = new Stage();
            FxBackgroundTasks tasks = new FxBackgroundTasks();
            new FramdriftWindow(stage, ws, new UiPreferences(node), tasks).show();
            stage.setWidth(1400);
            stage.setHeight(860);
            MainWindow main = (MainWindow) stage.getScene().getRoot();
            main.select(code);
            TabPane tabs = (TabPane) stage.getScene().lookup("#indicator-tabs");
            tabs.getTabs().stream().filter(t -> "tab-map".equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
            PauseTransition choose = new PauseTransition(Duration.seconds(8));
            choose.setOnFinished(e -> {
                @SuppressWarnings("unchecked")
                javafx.scene.control.ComboBox<no.framdrift.domain.AreaLevel> level =
                        (javafx.scene.control.ComboBox<no.framdrift.domain.AreaLevel>) stage.getScene().lookup("#map-level");
                if (level != null) {
                    level.setValue(no.framdrift.domain.AreaLevel.COUNTY);
                }
                javafx.animation.Timeline poll = new javafx.animation.Timeline();
                int[] ticks = {0};
                poll.getKeyFrames().add(new javafx.animation.KeyFrame(Duration.seconds(1), x -> {
                    javafx.scene.Node node0 = stage.getScene().lookup("#map-canvas");
                    boolean ready = node0 instanceof no.framdrift.report.map.MapCanvas c0 && c0.spec() != null
                            && c0.spec().subtitle().startsWith("Fylker");
                    if (!ready && ++ticks[0] < 100) {
                        return;
                    }
                    poll.stop();
                    try {
                        javafx.scene.Node canvas = stage.getScene().lookup("#map-canvas");
                        // Vestland chosen, as a click or the area list does: its value shows above the map
                        @SuppressWarnings("unchecked")
                        javafx.scene.control.ComboBox<no.framdrift.report.map.MapArea> areas =
                                (javafx.scene.control.ComboBox<no.framdrift.report.map.MapArea>) stage.getScene().lookup("#map-area");
                        if (canvas instanceof no.framdrift.report.map.MapCanvas mc && mc.spec() != null) {
                            mc.spec().area("46").ifPresent(areas::setValue);
                        }
                        ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", out.toFile());
                    } catch (Exception ex) {
                        ex.printStackTrace();
                    }
                    // then "Vis i diagram": the Diagram tab with Vestland beside the nation (OUT-diagram.png)
                    ((javafx.scene.control.Button) stage.getScene().lookup("#map-show-chart")).fire();
                    PauseTransition drawn = new PauseTransition(Duration.seconds(10));
                    drawn.setOnFinished(x2 -> {
                        try {
                            String name = out.getFileName().toString().replace(".png", "-diagram.png");
                            ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png",
                                    out.resolveSibling(name).toFile());
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
                    drawn.play();
                }));
                poll.setCycleCount(120);
                poll.play();
            });
            choose.play();
        });
    }
}
