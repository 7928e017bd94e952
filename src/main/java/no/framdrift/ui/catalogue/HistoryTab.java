package no.framdrift.ui.catalogue;

import java.time.ZoneId;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import java.util.function.Function;
import no.framdrift.ui.shell.Messages;

/** The "Historikk" tab: time, field, old → new, newest first. */
public final class HistoryTab implements IndicatorTabFactory {

    @Override
    public Tab create(IndicatorContext context) {
        Messages m = context.messages();
        HistoryViewModel vm = new HistoryViewModel(context.workspace().catalogue(), m, ZoneId.systemDefault());
        TableView<HistoryViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("history-table");
        table.setPlaceholder(new Label(m.get("history.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(m.get("history.time"), HistoryViewModel.Row::time, 150));
        table.getColumns().add(column(m.get("history.field"), HistoryViewModel.Row::field, 160));
        table.getColumns().add(marked(column(m.get("history.old"), HistoryViewModel.Row::oldValue, 260), true, m));
        table.getColumns().add(marked(column(m.get("history.new"), HistoryViewModel.Row::newValue, 260), false, m));
        table.getColumns().add(column(m.get("history.by"), HistoryViewModel.Row::by, 110));
        context.indicator().addListener((o, was, now) -> vm.show(now == null ? null : now.code()));
        vm.show(context.indicator().get() == null ? null : context.indicator().get().code());
        Tab tab = new Tab(m.get("tab.history"), table);
        tab.setId("tab-history");
        tab.setClosable(false);
        return tab;
    }

    /**
     * Old and new values in full: the text wraps in the row, the words that changed against the
     * other side are bold, and the whole text is also in a tooltip.
     */
    private static TableColumn<HistoryViewModel.Row, String> marked(TableColumn<HistoryViewModel.Row, String> c,
                                                                    boolean old, Messages m) {
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            /**
             * As tall as the text wrapped at the column's width: asked without a width, a TextFlow
             * measures itself wrapped at almost nothing and the row grew many lines too tall.
             */
            @Override
            protected double computePrefHeight(double width) {
                if (getGraphic() instanceof javafx.scene.text.TextFlow flow) {
                    double w = Math.max(20, col.getWidth() - 12);
                    return Math.ceil(flow.prefHeight(w)) + snappedTopInset() + snappedBottomInset();
                }
                return super.computePrefHeight(width);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null || getTableRow() == null || getTableRow().getItem() == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                HistoryViewModel.Row row = getTableRow().getItem();
                String other = old ? row.newValue() : row.oldValue();
                javafx.scene.text.TextFlow flow = new javafx.scene.text.TextFlow();
                boolean anyChanged = false;
                for (WordDiff.Part p : WordDiff.parts(item, other)) {
                    javafx.scene.text.Text t = new javafx.scene.text.Text(p.text());
                    if (p.changed() && !other.isEmpty()) {
                        t.setStyle("-fx-font-weight: bold;");
                        t.getStyleClass().add("history-changed");
                        anyChanged = true;
                    }
                    flow.getChildren().add(t);
                }
                flow.maxWidthProperty().bind(col.widthProperty().subtract(12));
                flow.prefWidthProperty().bind(col.widthProperty().subtract(12));
                setGraphic(flow);
                setPrefHeight(javafx.scene.control.Control.USE_COMPUTED_SIZE);
                javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip(item
                        + (anyChanged ? "\n\n" + m.get("history.changed.tip") : ""));
                tip.setWrapText(true);
                tip.setMaxWidth(600);
                setTooltip(tip);
            }
        });
        return c;
    }

    private static TableColumn<HistoryViewModel.Row, String> column(String title,
            Function<HistoryViewModel.Row, String> value, double width) {
        TableColumn<HistoryViewModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
