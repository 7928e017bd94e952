package no.framdrift.ui.imports;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.framdrift.app.BackgroundTasks;
import no.framdrift.app.imports.ImportService;
import no.framdrift.domain.ImportBatch;
import no.framdrift.ui.shell.Messages;

/** The imported files (batches) and removing one with its rows; the view confirms before {@link #remove}. */
public final class ImportBatchesModel {

    private final ImportService imports;
    private final BackgroundTasks tasks;
    private final Messages m;
    private final Runnable onRemoved;
    private final ObservableList<ImportBatch> batches = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");

    public ImportBatchesModel(ImportService imports, BackgroundTasks tasks, Messages m, Runnable onRemoved) {
        this.imports = imports;
        this.tasks = tasks;
        this.m = m;
        this.onRemoved = onRemoved;
    }

    void load() {
        tasks.run("import-batches", imports::batches, batches::setAll,
                e -> message.set(m.format("batches.failed", e.getMessage())));
    }

    /** Removes the batch and every row it brought, then reloads the list and lets the values be recomputed. */
    void remove(ImportBatch batch) {
        tasks.run("import-remove-batch", () -> {
            boolean removed = imports.removeBatch(batch.id());
            return removed ? imports.batches() : null;
        }, fresh -> {
            if (fresh == null) {
                message.set(m.format("batches.gone", String.valueOf(batch.id())));
                load();
                return;
            }
            batches.setAll(fresh);
            message.set(m.format("batches.removed", String.valueOf(batch.id()), batch.fileName()));
            onRemoved.run();
        }, e -> message.set(m.format("batches.failed", e.getMessage())));
    }

    /** The first 12 hex digits of the file's SHA-256, enough to tell two files apart on screen. */
    static String shortSha(String sha) {
        return sha == null ? "" : sha.length() <= 12 ? sha : sha.substring(0, 12);
    }

    ObservableList<ImportBatch> batches() {
        return batches;
    }

    StringProperty messageProperty() {
        return message;
    }
}
