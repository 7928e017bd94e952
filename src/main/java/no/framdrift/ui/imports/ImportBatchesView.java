package no.framdrift.ui.imports;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import no.framdrift.domain.ImportBatch;
import no.framdrift.domain.NorwegianFormat;
import no.framdrift.ui.shell.FramdriftWindow;
import no.framdrift.ui.shell.Messages;

/** "Importerte filer": one line per batch, and removing one after a confirmation. */
public final class ImportBatchesView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm").withZone(ZoneId.systemDefault());

    private final Stage stage = new Stage();
    private final ImportBatchesModel vm;
    private final Messages m;

    public ImportBatchesView(Stage owner, ImportBatchesModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(m.get("batches.title"));
        TableView<ImportBatch> table = new TableView<>(vm.batches());
        table.setId("batches-table");
        table.setPlaceholder(new Label(m.get("batches.empty")));
        table.getColumns().addAll(List.of(
                right(column("batches.id", b -> String.valueOf(b.id()), 50)),
                column("batches.file", ImportBatch::fileName, 240),
                column("batches.format", ImportBatch::format, 200),
                column("batches.profile", ImportBatch::profileName, 140),
                column("batches.time", b -> WHEN.format(b.importedAt()), 135),
                column("batches.by", b -> b.importedBy() == null ? "" : b.importedBy(), 110),
                right(column("batches.rows", b -> NorwegianFormat.number(b.rowsImported(), 0)
                        + (b.rowsSkipped() > 0 ? " (" + m.format("batches.skipped", NorwegianFormat.number(b.rowsSkipped(), 0)) + ")" : ""), 110)),
                column("batches.sha", b -> ImportBatchesModel.shortSha(b.sha256()), 110)));
        VBox.setVgrow(table, Priority.ALWAYS);
        Button remove = new Button(m.get("batches.remove"));
        remove.setId("batches-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            ImportBatch b = table.getSelectionModel().getSelectedItem();
            if (b != null && confirm(b)) {
                vm.remove(b);
            }
        });
        Button close = new Button(m.get("wizard.close"));
        close.setId("batches-close");
        close.setOnAction(e -> stage.close());
        Label message = new Label();
        message.setId("batches-message");
        message.getStyleClass().add("muted");
        message.textProperty().bind(vm.messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, message, spacer, remove, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox root = new VBox(10, table, buttons);
        root.setPadding(new Insets(12));
        root.getStyleClass().add("wizard");
        Scene scene = new Scene(root, 1080, 480);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource(FramdriftWindow.STYLESHEET)).toExternalForm());
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
        vm.load();
    }

    Stage stage() {
        return stage;
    }

    private boolean confirm(ImportBatch b) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(stage);
        alert.setTitle(m.get("batches.remove.title"));
        alert.setHeaderText(m.format("batches.remove.question", String.valueOf(b.id())));
        alert.setContentText(m.format("batches.remove.text", b.fileName(), NorwegianFormat.number(b.rowsImported(), 0)));
        ButtonType yes = new ButtonType(m.get("batches.remove.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(m.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(yes, no);
        return alert.showAndWait().orElse(no) == yes;
    }

    private TableColumn<ImportBatch, String> column(String key, java.util.function.Function<ImportBatch, String> value,
                                                     double width) {
        TableColumn<ImportBatch, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(r -> new ReadOnlyStringWrapper(value.apply(r.getValue())));
        c.setPrefWidth(width);
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                // a long file name or format is cut to fit: the whole text on hover
                setTooltip(empty || text == null || text.length() < 20 ? null : new javafx.scene.control.Tooltip(text));
            }
        });
        return c;
    }

    /** Numbers line up on the right, as in the other tables. */
    private static TableColumn<ImportBatch, String> right(TableColumn<ImportBatch, String> c) {
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }
}
