package no.framdrift.ui.shell;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A small window over long work: a progress bar, what is being done ("Lysbilde 9 av 26:
 * Pasientens legemiddelliste") and Avbryt. Progress may be reported from any thread; the latest
 * report wins and at most one update waits for the window's thread. After Avbryt the next report
 * throws {@link CancellationException}, which stops the work where it stands.
 */
public final class ProgressDialog {

    private final Stage stage = new Stage();
    private final ProgressBar bar = new ProgressBar(0);
    private final Label what = new Label();
    private final Button cancel;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Object[]> latest = new AtomicReference<>();
    private final AtomicBoolean queued = new AtomicBoolean();

    public ProgressDialog(Window owner, String title, String cancelText) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setId("progress-bar");
        what.setId("progress-what");
        what.setWrapText(true);
        what.setMinHeight(Region.USE_PREF_SIZE);
        cancel = new Button(cancelText);
        cancel.setId("progress-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> cancel());
        Region push = new Region();
        HBox.setHgrow(push, Priority.ALWAYS);
        VBox root = new VBox(10, what, bar, new HBox(push, cancel));
        root.setPadding(new Insets(16));
        root.setPrefWidth(440);
        stage.setScene(new Scene(root));
        stage.setOnCloseRequest(e -> cancel());
    }

    public void show() {
        stage.show();
    }

    public void close() {
        stage.close();
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    private void cancel() {
        cancelled.set(true);
        cancel.setDisable(true);
        what.setText(what.getText() + " …");
    }

    /**
     * Reports a step from any thread.
     *
     * @throws CancellationException when Avbryt was pressed
     */
    public void step(int done, int total, String text) {
        if (cancelled.get()) {
            throw new CancellationException("avbrutt");
        }
        latest.set(new Object[]{done, total, text});
        if (queued.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                queued.set(false);
                Object[] l = latest.get();
                int d = (Integer) l[0];
                int t = (Integer) l[1];
                bar.setProgress(t <= 0 ? ProgressBar.INDETERMINATE_PROGRESS : (double) d / t);
                if (!cancelled.get()) {
                    what.setText((String) l[2]);
                }
            });
        }
    }

    ProgressBar bar() {
        return bar;
    }

    Label what() {
        return what;
    }
}
