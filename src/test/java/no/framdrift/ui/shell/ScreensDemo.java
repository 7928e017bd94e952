package no.framdrift.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import no.framdrift.app.Workspace;
import no.framdrift.domain.Ambition;
import no.framdrift.domain.Indicator;

/**
 * Writes the README's screenshots of the main window in one language: the overview, the indicator
 * editor, its history, the values, the Diagram tab and the chart export dialog. Not a test and not
 * shipped. Run under a display (Xvfb): {@code ScreensDemo DATA_DIR OUT_DIR nb|en}; the files are
 * {@code OUT_DIR/<screen>-<nb|en>.png}. The import wizard and the Kart tab have their own demos.
 */
public final class ScreensDemo {

    private ScreensDemo() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String lang = args.length > 2 ? args[2] : "nb";
        Files.createDirectories(out);
        Workspace ws = Workspace.open(data, Workspace.Start.SAMPLE);
        // one edit, so the history tab has something to show ("Ambisjon 2030: ikke satt → 30 %")
        Indicator pll = ws.catalogue().load().indicators().stream().filter(i -> i.code().equals("PLL")).findFirst().orElseThrow();
        if (ws.catalogue().history("PLL").isEmpty()) {
            List<Ambition> ambitions = new ArrayList<>();
            for (Ambition a : pll.ambitions()) {
                ambitions.add(a.year() == 2030 ? new Ambition(2030, 30.0, null) : a);
            }
            ws.catalogue().save(pll.toBuilder().ambitions(ambitions).build(), "PLL");
        }
        Preferences node = Preferences.userRoot().node("no/framdrift/ui-demo/" + UUID.randomUUID());
        UiPreferences prefs = new UiPreferences(node);
        prefs.language("en".equals(lang) ? Language.ENGLISH : Language.NORWEGIAN_BOKMAL);
        FramdriftApp.quietStart();
        Platform.startup(() -> {
            Stage stage = new Stage();
            FxBackgroundTasks tasks = new FxBackgroundTasks();
            new FramdriftWindow(stage, ws, prefs, tasks).show();
            stage.setWidth(1400);
            stage.setHeight(860);
            MainWindow main = (MainWindow) stage.getScene().getRoot();
            List<Runnable> steps = new ArrayList<>();
            steps.add(() -> shot(stage.getScene(), out.resolve("overview-" + lang + ".png")));
            steps.add(() -> {
                main.select("EPJ_KVALITET");
                tab(stage, "tab-definition");
            });
            steps.add(() -> shot(stage.getScene(), out.resolve("editor-" + lang + ".png")));
            steps.add(() -> {
                main.select("PLL");
                tab(stage, "tab-history");
            });
            steps.add(() -> shot(stage.getScene(), out.resolve("history-" + lang + ".png")));
            steps.add(() -> {
                main.select("PLL");
                tab(stage, "tab-values");
            });
            steps.add(() -> shot(stage.getScene(), out.resolve("values-" + lang + ".png")));
            steps.add(() -> {
                main.select("PLL");
                tab(stage, "tab-chart");
            });
            steps.add(() -> shot(stage.getScene(), out.resolve("diagram-" + lang + ".png")));
            steps.add(() -> Platform.runLater(() -> ((Button) stage.getScene().lookup("#chart-export")).fire()));
            steps.add(() -> Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).findFirst()
                    .ifPresent(w -> shot(w.getScene(), out.resolve("export-dialog-" + lang + ".png"))));
            steps.add(() -> {
                List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide);
                try {
                    node.removeNode();
                } catch (Exception ex) {
                    ex.printStackTrace();
                }
                tasks.close();
                ws.close();
                // not on the FX thread: the export dialog's nested event loop would keep exit waiting
                new Thread(() -> System.exit(0)).start();
            });
            run(steps, 0);
        });
    }

    private static void run(List<Runnable> steps, int i) {
        if (i >= steps.size()) {
            return;
        }
        PauseTransition wait = new PauseTransition(Duration.seconds(i == 0 ? 6 : 3));
        wait.setOnFinished(e -> {
            try {
                steps.get(i).run();
            } catch (RuntimeException ex) {
                ex.printStackTrace();
            }
            run(steps, i + 1);
        });
        wait.play();
    }

    private static void tab(Stage stage, String id) {
        TabPane tabs = (TabPane) stage.getScene().lookup("#indicator-tabs");
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private static void shot(Scene scene, Path file) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
            System.out.println("wrote " + file);
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}
