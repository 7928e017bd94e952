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
import no.framdrift.store.ServerLogin;
import no.framdrift.store.StoreException;

/** The JavaFX application: opens the workspace and shows the steward's window. */
public final class FramdriftApp extends Application {

    private Workspace workspace;
    private FxBackgroundTasks tasks;

    /**
     * JavaFX warns "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" on
     * every start from the class-path jar. That is how this jar is meant to run (JavaFX on the class
     * path, no module path), so the warning tells a newcomer nothing. JavaFX 21 logs it through its
     * logger "javafx" (the "PlatformImpl startup" in the output is only the caller); a filter drops
     * that one message and nothing else ("javafx.css" and the other children keep their warnings).
     * Kept in a field, as java.util.logging holds its loggers weakly and would forget the filter.
     */
    private static final java.util.logging.Logger JAVAFX = java.util.logging.Logger.getLogger("javafx");

    /**
     * The data folder being opened while JavaFX starts (issue 16): on two cores the database opens
     * beside the toolkit instead of after it. Only an existing local folder; a new one asks first.
     */
    private static volatile EarlyOpening early;

    public static void launchWindow(String[] args) {
        quietStart();
        if (RootCommand.serverOption(args).isEmpty()) {
            Path folder = DataFolder.resolve(RootCommand.dataDirOption(args));
            if (Workspace.exists(folder)) {
                early = EarlyOpening.start(folder);
            }
        }
        Application.launch(FramdriftApp.class, args);
    }

    /** Drops JavaFX's class-path warning (see {@link #JAVAFX}); also used by the demos and tests. */
    public static void quietStart() {
        JAVAFX.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.reached("toolkit");
        String[] args = getParameters().getRaw().toArray(String[]::new);
        Optional<Path> dir = RootCommand.dataDirOption(args);
        Optional<ServerLogin> server = RootCommand.serverOption(args);
        UiPreferences prefs = UiPreferences.user();
        Messages m = Messages.of(prefs.language());
        // Opening migrates the database and, on a new data folder, imports the sample workspace:
        // that runs in the background behind a small splash, never on the JavaFX thread.
        Path folder = DataFolder.resolve(dir);
        // A new folder: the steward chooses, and real data never land beside the example unknowingly.
        Workspace.Start startWith = Workspace.Start.EMPTY;
        if (server.isEmpty() && !Workspace.exists(folder)) {
            Optional<Workspace.Start> chosen = askHowToStart(m, folder);
            if (chosen.isEmpty()) {
                Platform.exit();
                return;
            }
            startWith = chosen.get();
        }
        Workspace.Start start = startWith;
        Platform.setImplicitExit(false); // the splash closes before the window opens
        Stage splash = splash(m);
        if (server.isEmpty()) {
            // a damaged or unopenable folder: "Gjenopprett fra sikkerhetskopi" instead of an error (issue 18)
            EarlyOpening already = early;
            early = null;
            new WorkspaceOpening(m, folder, start, null, opened -> {
                workspace = opened;
                tasks = new FxBackgroundTasks();
                showWindow(stage, prefs);
                splash.close();
                Platform.setImplicitExit(true);
            }, message -> {
                splash.close();
                message.ifPresent(text -> {
                    Alert alert = new Alert(Alert.AlertType.ERROR, text);
                    alert.setTitle(m.get("app.title"));
                    alert.setHeaderText(m.get("error.open.header"));
                    alert.showAndWait();
                });
                Platform.exit();
            }).start(already == null ? Optional.empty() : already.of(folder));
            return;
        }
        Thread opener = new Thread(() -> {
            try {
                Workspace opened = Workspace.connect(server.get(), start);
                Platform.runLater(() -> {
                    workspace = opened;
                    tasks = new FxBackgroundTasks();
                    showWindow(stage, prefs);
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

    /** "Tomt arbeidsområde (katalogen, ingen data)" or "Eksempelarbeidsområde (fiktive data)"; empty on cancel. */
    static Optional<Workspace.Start> askHowToStart(Messages m, Path folder) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.setTitle(m.get("app.title"));
        ask.setHeaderText(m.get("workspace.new.header"));
        ask.setContentText(m.format("workspace.new.text", folder.toAbsolutePath().normalize().toString()));
        javafx.scene.control.ButtonType empty = new javafx.scene.control.ButtonType(m.get("workspace.new.empty"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.ButtonType sample = new javafx.scene.control.ButtonType(m.get("workspace.new.sample"),
                javafx.scene.control.ButtonBar.ButtonData.OTHER);
        javafx.scene.control.ButtonType cancel = new javafx.scene.control.ButtonType(m.get("common.cancel"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        ask.getButtonTypes().setAll(sample, empty, cancel);
        Optional<javafx.scene.control.ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return Optional.empty();
        }
        return Optional.of(answer.get() == sample ? Workspace.Start.SAMPLE : Workspace.Start.EMPTY);
    }

    private void showWindow(Stage stage, UiPreferences prefs) {
        StartupProbe.reached("opened");
        FramdriftWindow window = new FramdriftWindow(stage, workspace, prefs, tasks);
        window.setOnSwitchWorkspace(how -> switchWorkspace(stage, prefs, how));
        window.show();
        StartupProbe.reached("shown");
        StartupProbe.windowShown(workspace, tasks, window.main().overviewLoading());
    }

    /**
     * Opens another workspace (a team database or a local folder) in the background; once it is
     * open the window shows it and the old one closes. If it cannot be opened, the old one stays. A
     * local folder opens as at start-up: a damaged one offers "Gjenopprett fra sikkerhetskopi"
     * ({@link WorkspaceOpening}), and leaving that dialog keeps the open folder.
     */
    private void switchWorkspace(Stage stage, UiPreferences prefs, OtherWorkspace to) {
        Messages m = Messages.of(prefs.language());
        java.util.function.Consumer<Workspace> showInstead = opened -> {
            Workspace old = workspace;
            workspace = opened;
            showWindow(stage, prefs);
            old.close();
        };
        if (to instanceof OtherWorkspace.Folder local) {
            new WorkspaceOpening(m, local.folder(), Workspace.Start.EMPTY, stage, showInstead,
                    message -> message.ifPresent(text -> notOpened(stage, m, "error.open.header", text))).start();
            return;
        }
        ServerLogin login = ((OtherWorkspace.Team) to).login();
        openInBackground(stage, m, () -> Workspace.connect(login), showInstead);
    }

    /**
     * Opens a workspace off the JavaFX thread and hands it to {@code onOpened} on the JavaFX thread;
     * when it cannot be opened (server unreachable, wrong password, newer schema) an error dialog
     * "Kunne ikke koble til" says why in the store's Norwegian sentence, and nothing changes.
     */
    static void openInBackground(Stage owner, Messages m, java.util.function.Supplier<Workspace> how,
                                 java.util.function.Consumer<Workspace> onOpened) {
        Thread opener = new Thread(() -> {
            try {
                Workspace opened = how.get();
                Platform.runLater(() -> onOpened.accept(opened));
            } catch (RuntimeException e) {
                String message = e instanceof StoreException ? e.getMessage()
                        : e.getClass().getSimpleName() + ": " + e.getMessage();
                Platform.runLater(() -> notOpened(owner, m, "connect.failed", message));
            }
        }, "framdrift-switch");
        opener.setDaemon(true);
        opener.start();
    }

    private static void notOpened(Stage stage, Messages m, String headerKey, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(stage);
        alert.setTitle(m.get("app.title"));
        alert.setHeaderText(m.get(headerKey));
        alert.showAndWait();
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
