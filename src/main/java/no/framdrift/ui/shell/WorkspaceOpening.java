package no.framdrift.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Window;
import no.framdrift.app.Workspace;
import no.framdrift.store.BatchIntegrity;
import no.framdrift.store.StoreException;

/**
 * Opens a data folder for the window in the background (never on the JavaFX thread). When the
 * database cannot be opened (an empty, truncated or damaged file) or a batch fails its check, it
 * offers "Gjenopprett fra sikkerhetskopi" ({@link RestoreDialog}) instead of an error or a stack
 * trace: the chosen backup is restored with the same code as {@code workspace restore} and the
 * folder opened again; a damaged batch can also be removed (issue 18).
 */
final class WorkspaceOpening {

    private final Messages m;
    private final Path folder;
    private final Workspace.Start start;
    private final Window owner;
    private final Consumer<Workspace> onOpened;
    private final Consumer<Optional<String>> onGiveUp;

    /**
     * @param onOpened called on the JavaFX thread with the open workspace
     * @param onGiveUp called on the JavaFX thread when the folder stays closed: with the message to
     *                 show, or empty when the steward chose to quit
     */
    WorkspaceOpening(Messages m, Path folder, Workspace.Start start, Window owner, Consumer<Workspace> onOpened,
                     Consumer<Optional<String>> onGiveUp) {
        this.m = m;
        this.folder = folder;
        this.start = start;
        this.owner = owner;
        this.onOpened = onOpened;
        this.onGiveUp = onGiveUp;
    }

    /** Starts opening; returns at once. */
    void start() {
        start(Optional.empty());
    }

    /** Starts opening, taking the workspace from an opening already under way when there is one. */
    void start(Optional<EarlyOpening> underWay) {
        inBackground(() -> open(underWay));
    }

    private void open() {
        open(Optional.empty());
    }

    private void open(Optional<EarlyOpening> underWay) {
        Workspace ws;
        try {
            ws = underWay.isPresent() ? underWay.get().get() : Workspace.open(folder, start);
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.DAMAGED && !Workspace.backups(folder).isEmpty()) {
                Platform.runLater(() -> afterFailure(e.getMessage()));
            } else {
                Platform.runLater(() -> onGiveUp.accept(Optional.of(e.getMessage())));
            }
            return;
        } catch (RuntimeException e) {
            Platform.runLater(() -> onGiveUp.accept(Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage())));
            return;
        }
        if (ws.damagedBatches().isEmpty()) {
            Platform.runLater(() -> onOpened.accept(ws));
        } else {
            Platform.runLater(() -> afterDamage(ws));
        }
    }

    private void afterFailure(String message) {
        RestoreDialog.Choice choice = RestoreDialog.ask(m, owner, Workspace.withoutRestoreHint(message, folder),
                Workspace.backups(folder), List.of());
        if (choice instanceof RestoreDialog.Restore r) {
            inBackground(() -> restoreAndOpen(r, null));
        } else {
            onGiveUp.accept(Optional.empty());
        }
    }

    private void afterDamage(Workspace ws) {
        List<String> damaged = ws.damagedBatches().stream().map(BatchIntegrity.Damaged::describe).toList();
        RestoreDialog.Choice choice = RestoreDialog.ask(m, owner, null, Workspace.backups(folder), damaged);
        if (choice instanceof RestoreDialog.Restore r) {
            inBackground(() -> restoreAndOpen(r, ws));
        } else if (choice instanceof RestoreDialog.RemoveDamaged) {
            inBackground(() -> {
                try {
                    ws.removeDamagedBatches();
                    Platform.runLater(() -> onOpened.accept(ws));
                } catch (RuntimeException e) {
                    ws.close();
                    Platform.runLater(() -> onGiveUp.accept(Optional.of(e.getMessage())));
                }
            });
        } else {
            onOpened.accept(ws);
        }
    }

    /** Closes the open workspace (if any), restores the backup (the damaged file is kept aside) and opens again. */
    private void restoreAndOpen(RestoreDialog.Restore r, Workspace open) {
        if (open != null) {
            open.close();
        }
        try {
            Workspace.restore(folder, r.backup().file(), true);
        } catch (StoreException e) {
            Platform.runLater(() -> onGiveUp.accept(Optional.of(e.getMessage())));
            return;
        }
        open();
    }

    private static void inBackground(Runnable work) {
        Thread t = new Thread(work, "framdrift-open");
        t.setDaemon(true);
        t.start();
    }
}
