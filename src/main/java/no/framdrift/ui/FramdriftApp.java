package no.framdrift.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import no.framdrift.app.Workspace;
import no.framdrift.cli.FramdriftCommand;
import no.framdrift.store.DataFolder;
import no.framdrift.store.StoreException;

/** The JavaFX application: opens the workspace and shows the steward's window. */
public final class FramdriftApp extends Application {

    private Workspace workspace;
    private FxBackgroundTasks tasks;

    public static void launchWindow(String[] args) {
        Application.launch(FramdriftApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Optional<Path> dir = FramdriftCommand.dataDirOption(getParameters().getRaw().toArray(String[]::new));
        UiPreferences prefs = UiPreferences.user();
        try {
            workspace = Workspace.open(DataFolder.resolve(dir));
        } catch (StoreException e) {
            Messages m = Messages.of(prefs.language());
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setTitle(m.get("app.title"));
            alert.setHeaderText(m.get("error.open.header"));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        tasks = new FxBackgroundTasks();
        new FramdriftWindow(stage, workspace, prefs, tasks).show();
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
