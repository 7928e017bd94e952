package no.framdrift.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import no.framdrift.app.Workspace;
import no.framdrift.cli.FramdriftCommand;
import no.framdrift.store.DataFolder;
import no.framdrift.store.StoreException;

/** The JavaFX application: opens the workspace and shows the main window. */
public final class FramdriftApp extends Application {

    private Workspace workspace;

    public static void launchWindow(String[] args) {
        Application.launch(FramdriftApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Optional<Path> dir = FramdriftCommand.dataDirOption(getParameters().getRaw().toArray(String[]::new));
        try {
            workspace = Workspace.open(DataFolder.resolve(dir));
        } catch (StoreException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText("Framdrift kan ikke åpne datamappen");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        stage.setTitle("Framdrift");
        stage.setScene(new Scene(new Label("Framdrift"), 1200, 800));
        stage.show();
    }

    @Override
    public void stop() {
        if (workspace != null) {
            workspace.close();
        }
    }
}
