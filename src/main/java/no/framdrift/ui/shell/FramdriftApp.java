package no.framdrift.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.StageStyle;
import javafx.stage.Stage;
import no.framdrift.app.Workspace;
import no.framdrift.cli.RootCommand;
import no.framdrift.store.DataFolder;
import no.framdrift.store.StoreException;

/** The JavaFX application: opens the workspace and shows the steward's window. */
public final class FramdriftApp extends Application {

    private Workspace workspace;
    private FxBackgroundTasks tasks;

    /**
     * JavaFX warns "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" on
     * every start from the class-path jar. That is how this jar is meant to run (JavaFX on the class
     * path, no module path), so the warning tells a newcomer nothing; kept in a field, as
     * java.util.logging holds its loggers weakly and would forget the level.
     */
    private static final java.util.logging.Logger JAVAFX_STARTUP =
            java.util.logging.Logger.getLogger("com.sun.javafx.application.PlatformImpl");

    public static void launchWindow(String[] args) {
        JAVAFX_STARTUP.setLevel(java.util.logging.Level.SEVERE);
        Application.launch(FramdriftApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Optional<Path> dir = RootCommand.dataDirOption(getParameters().getRaw().toArray(String[]::new));
        UiPreferences prefs = UiPreferences.user();
        Messages m = Messages.of(prefs.language());
        // Opening migrates the database and, on a new data folder, imports the sample workspace:
        // that runs in the background behind a small splash, never on the JavaFX thread.
        Platform.setImplicitExit(false); // the splash closes before the window opens
        Stage splash = splash(m);
        Thread opener = new Thread(() -> {
            try {
                Workspace opened = Workspace.open(DataFolder.resolve(dir));
                Platform.runLater(() -> {
                    workspace = opened;
                    tasks = new FxBackgroundTasks();
                    new FramdriftWindow(stage, workspace, prefs, tasks).show();
                    splash.close();
                    Platform.setImplicitExit(true);
                });
            } catch (RuntimeException e) {
                String message = e instanceof StoreException ? e.getMessage()
                        : e.getClass().getSimpleName() + ": " + e.getMessage();
                Platform.runLater(() -> {
                    splash.close();
                    Alert alert = new Alert(Alert.AlertType.ERROR, message);
                    alert.setTitle(m.get("app.title"));
                    alert.setHeaderText(m.get("error.open.header"));
                    alert.showAndWait();
                    Platform.exit();
                });
            }
        }, "framdrift-open");
        opener.setDaemon(true);
        opener.start();
    }

    private static Stage splash(Messages m) {
        Label title = new Label(m.get("app.title"));
        title.setStyle("-fx-font-size: 22px; -fx-font-weight: bold; -fx-text-fill: #1f4e79;");
        Label text = new Label(m.get("splash.opening"));
        text.setWrapText(true);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(36, 36);
        VBox box = new VBox(14, title, text, progress);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(28));
        box.setStyle("-fx-background-color: white; -fx-border-color: #c9d6e3;");
        Stage splash = new Stage(StageStyle.UNDECORATED);
        splash.setScene(new Scene(box, 420, 200));
        splash.setTitle(m.get("app.title"));
        splash.show();
        return splash;
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
        }
        if (workspace != null) {
            workspace.close();
        }
    }
}
