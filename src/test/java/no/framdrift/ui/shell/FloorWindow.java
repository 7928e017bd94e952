package no.framdrift.ui.shell;

import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The floor under the window's start (issue 16, {@code bench/side-by-side.sh}): the same JVM and
 * options as the app, but a window with only a menu bar and one label, no database and no style
 * sheet of ours. It prints {@code probe window-usable-ms=N toolkit=N} by the same clock and the same
 * rule as {@link StartupProbe} (two frames drawn after it was shown), so the bench can say how much
 * of the app's start is JavaFX's own on the machine it ran on.
 */
public final class FloorWindow {

    private FloorWindow() {
    }

    /** Not an {@link Application} itself, as {@link Main} is not: the class-path start skips JavaFX's launcher check. */
    public static void main(String[] args) {
        FramdriftApp.quietStart();
        Application.launch(App.class, args);
    }

    /** The window. */
    public static final class App extends Application {

        @Override
        public void start(Stage stage) {
            long toolkit = StartupProbe.sinceProcessStart().toMillis();
            BorderPane root = new BorderPane(new Label("Framdrift"));
            root.setTop(new MenuBar(new Menu("Fil"), new Menu("Vis"), new Menu("Hjelp")));
            stage.setScene(new Scene(root, 1280, 820));
            stage.setTitle("Framdrift");
            stage.show();
            new AnimationTimer() {
                private int frames;

                @Override
                public void handle(long now) {
                    if (++frames < 2) {
                        return;
                    }
                    stop();
                    System.out.printf(Locale.ROOT, "probe window-usable-ms=%d toolkit=%d%n",
                            StartupProbe.sinceProcessStart().toMillis(), toolkit);
                    Platform.exit();
                }
            }.start();
        }
    }
}
