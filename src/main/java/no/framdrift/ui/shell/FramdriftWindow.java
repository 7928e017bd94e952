package no.framdrift.ui.shell;

import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import no.framdrift.app.BackgroundTasks;
import no.framdrift.app.Workspace;

/**
 * The stage around {@link MainWindow}: style sheet, remembered size, position and divider, the
 * question about unsaved changes when closing, and rebuilding every text when the language changes.
 */
public final class FramdriftWindow {

    public static final String STYLESHEET = "/no/framdrift/ui/shell/framdrift.css";
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 820;

    private final Stage stage;
    private final Workspace workspace;
    private final UiPreferences prefs;
    private final BackgroundTasks tasks;
    private MainWindow main;

    public FramdriftWindow(Stage stage, Workspace workspace, UiPreferences prefs, BackgroundTasks tasks) {
        this.stage = stage;
        this.workspace = workspace;
        this.prefs = prefs;
        this.tasks = tasks;
    }

    private java.util.function.Consumer<OtherWorkspace> onSwitchWorkspace = w -> { };

    /** Called with the workspace to open instead ("Koble til teamdatabase…", "Bruk lokal datamappe…"). */
    void setOnSwitchWorkspace(java.util.function.Consumer<OtherWorkspace> open) {
        this.onSwitchWorkspace = open;
    }

    public void show() {
        main = build(prefs.language());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(main, Math.min(DEFAULT_WIDTH, screen.getWidth()), Math.min(DEFAULT_HEIGHT, screen.getHeight()));
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource(STYLESHEET)).toExternalForm());
        main.install(scene);
        stage.setScene(scene);
        stage.setTitle(title(main));
        stage.setMinWidth(800);
        stage.setMinHeight(520);
        restoreGeometry();
        stage.setOnCloseRequest(e -> {
            if (!main.confirmLeave()) {
                e.consume();
            }
        });
        stage.setOnHiding(e -> rememberGeometry());
        stage.show();
    }

    private MainWindow build(Language language) {
        Messages m = Messages.of(language);
        MainWindow w = new MainWindow(stage, workspace, m, prefs, tasks, this::switchLanguage);
        w.setOnSwitchWorkspace(onSwitchWorkspace);
        w.editor().dirtyProperty().addListener((o, was, now) -> stage.setTitle(title(w)));
        w.editor().originalProperty().addListener((o, was, now) -> stage.setTitle(title(w)));
        return w;
    }

    private String title(MainWindow w) {
        // the folder's name, or user@server:port/database for a team workspace
        String base = "Framdrift – " + workspace.localFolder().map(f -> String.valueOf(f.getFileName()))
                .orElse(workspace.describe());
        return w.editor().isDirty() ? "• " + base : base;
    }

    /** Rebuilds the window in the other language, keeping the selected indicator and the divider. */
    private void switchLanguage(Language language) {
        prefs.language(language);
        Optional<String> selected = main.selectedCode();
        double divider = main.dividerPosition();
        prefs.divider(divider);
        main = build(language);
        stage.getScene().setRoot(main);
        main.install(stage.getScene());
        selected.ifPresent(main::select);
        stage.setTitle(title(main));
    }

    private void restoreGeometry() {
        Optional<UiPreferences.WindowGeometry> saved = prefs.window();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (saved.isEmpty()) {
            // never larger than the screen (small laptops, and the headless test screen)
            stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth()));
            stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight()));
            stage.centerOnScreen();
            return;
        }
        UiPreferences.WindowGeometry g = saved.get();
        stage.setWidth(g.width());
        stage.setHeight(g.height());
        // a window remembered on a screen that is gone would open out of sight
        boolean visible = !Screen.getScreensForRectangle(new Rectangle2D(g.x(), g.y(), Math.min(g.width(), 100),
                Math.min(g.height(), 100))).isEmpty();
        if (visible) {
            stage.setX(g.x());
            stage.setY(g.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(g.maximized());
    }

    private void rememberGeometry() {
        if (main != null) {
            prefs.divider(main.dividerPosition());
        }
        if (stage.isMaximized()) {
            // keep the normal bounds from before; only the maximized flag changes
            prefs.window(prefs.window().map(g -> new UiPreferences.WindowGeometry(g.x(), g.y(), g.width(), g.height(), true))
                    .orElse(new UiPreferences.WindowGeometry(0, 0, DEFAULT_WIDTH, DEFAULT_HEIGHT, true)));
        } else if (!stage.isIconified()) {
            prefs.window(new UiPreferences.WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                    false));
        }
    }

    /** The window's content (tests look into it). */
    public MainWindow main() {
        return main;
    }
}
