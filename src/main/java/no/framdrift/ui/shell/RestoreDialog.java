package no.framdrift.ui.shell;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import no.framdrift.store.Backups;

/**
 * "Gjenopprett fra sikkerhetskopi": shown instead of a stack trace when the data folder cannot be
 * opened or a batch failed its check (issue 18). It says what is wrong, lists the rolling backups
 * newest first with their Norwegian date and time, and lets the steward restore one, remove the
 * damaged batches (when the folder opened) or leave.
 */
final class RestoreDialog {

    /** What the steward chose. */
    sealed interface Choice {
    }

    /** Restore this backup and open the folder again. */
    record Restore(Backups.Backup backup) implements Choice {
    }

    /** Remove the damaged batches and go on. */
    record RemoveDamaged() implements Choice {
    }

    /**
     * Go on without changing anything (a damaged batch), or, for a folder that did not open, quit (at
     * start-up) or keep the folder that is open (switching from the window).
     */
    record Leave() implements Choice {
    }

    private RestoreDialog() {
    }

    /** "02.12.2026 kl. 11:40:12 (før import)". */
    static String describe(Messages m, Backups.Backup b) {
        String when = DateTimeFormatter.ofPattern(m.get("restore.time.pattern"))
                .format(LocalDateTime.ofInstant(b.madeAt(), ZoneId.systemDefault()));
        String reasonKey = "restore.reason." + b.reason();
        String reason = m.has(reasonKey) ? m.get(reasonKey) : b.reason();
        return m.format("restore.backup.item", when, reason);
    }

    /**
     * Asks. {@code damagedBatches} empty: the folder did not open (the choices are restore or quit);
     * otherwise it opened with these batches damaged (restore, remove them, or go on).
     */
    static Choice ask(Messages m, Window owner, String problem, List<Backups.Backup> backups, List<String> damagedBatches) {
        boolean opened = !damagedBatches.isEmpty();
        Alert alert = new Alert(Alert.AlertType.WARNING);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(m.get("app.title"));
        alert.setHeaderText(m.get(opened ? "restore.damaged.header" : "error.open.header"));
        Label text = new Label(opened ? String.join("\n", damagedBatches) : problem);
        text.setId("restore-problem");
        text.setWrapText(true);
        text.setMaxWidth(560);
        ListView<Backups.Backup> list = new ListView<>();
        list.setId("restore-backups");
        list.getItems().setAll(backups);
        list.setPrefHeight(Math.min(6, Math.max(1, backups.size())) * 28 + 6);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Backups.Backup b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : describe(m, b));
            }
        });
        list.getSelectionModel().selectFirst();
        Label choose = new Label(m.get(backups.isEmpty() ? "restore.none" : "restore.choose"));
        choose.setWrapText(true);
        choose.setMaxWidth(560);
        VBox box = new VBox(10, text, choose);
        if (!backups.isEmpty()) {
            box.getChildren().add(list);
        }
        alert.getDialogPane().setContent(box);
        ButtonType restore = new ButtonType(m.get("restore.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType remove = new ButtonType(m.get(damagedBatches.size() == 1 ? "restore.remove.one" : "restore.remove.many"),
                ButtonBar.ButtonData.OTHER);
        // at start-up (no window yet) leaving quits; from the window ("Bruk lokal datamappe…") the open folder stays
        ButtonType leave = new ButtonType(m.get(opened ? "restore.continue" : owner == null ? "restore.quit" : "restore.keep"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(backups.isEmpty() ? List.of() : List.of(restore));
        if (opened) {
            alert.getButtonTypes().add(remove);
        }
        alert.getButtonTypes().add(leave);
        if (!backups.isEmpty()) {
            alert.getDialogPane().lookupButton(restore).disableProperty()
                    .bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == restore) {
            return new Restore(list.getSelectionModel().getSelectedItem());
        }
        if (answer.isPresent() && answer.get() == remove) {
            return new RemoveDamaged();
        }
        return new Leave();
    }
}
