package no.framdrift.ui.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import no.framdrift.app.catalogue.CatalogueMerge;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.IndicatorChange;
import no.framdrift.ui.shell.Messages;

/** Shows what a catalogue import would change (summary and one line per change) before it is applied. */
public final class ImportPreviewDialog {

    private static final int LONGEST_VALUE = 70;

    private ImportPreviewDialog() {
    }

    /** True when the steward chooses to import. */
    public static boolean confirm(Window owner, CatalogueMerge merge, Messages m) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("import.title"));
        dialog.setHeaderText(m.get("import.preview.header"));
        Label summary = new Label(summary(merge, m));
        summary.setId("import-summary");
        summary.getStyleClass().add("form-section");
        ListView<String> list = new ListView<>();
        list.setId("import-changes");
        list.getItems().setAll(lines(merge, m));
        list.setPrefSize(720, 360);
        VBox content = new VBox(10, summary, list);
        content.setPadding(new Insets(10));
        dialog.getDialogPane().setContent(content);
        ButtonType apply = new ButtonType(m.get("import.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(apply, cancel);
        dialog.getDialogPane().lookupButton(apply).setDisable(merge.isEmpty());
        if (merge.isEmpty()) {
            list.getItems().setAll(m.get("import.nothing"));
        }
        return dialog.showAndWait().orElse(cancel) == apply;
    }

    public static String summary(CatalogueMerge merge, Messages m) {
        return m.format("import.summary", merge.added().size(), merge.changed().size(), merge.unchanged());
    }

    static List<String> lines(CatalogueMerge merge, Messages m) {
        List<String> lines = new ArrayList<>();
        for (Indicator i : merge.added()) {
            lines.add(m.format("import.added", i.code(), i.name()));
        }
        for (Map.Entry<String, List<IndicatorChange>> e : merge.changed().entrySet()) {
            for (IndicatorChange c : e.getValue()) {
                String fieldKey = "field." + c.field();
                String field = m.has(fieldKey) ? m.get(fieldKey) : c.field();
                lines.add(m.format("import.changed", e.getKey(), field, shorten(c.oldValue(), m), shorten(c.newValue(), m)));
            }
        }
        return lines;
    }

    private static String shorten(String value, Messages m) {
        if (value == null || value.isBlank()) {
            return m.get("common.empty");
        }
        String v = value.replace('\n', ' ');
        return v.length() <= LONGEST_VALUE ? v : v.substring(0, LONGEST_VALUE - 1) + "…";
    }
}
