package no.framdrift.ui.values;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import no.framdrift.domain.Period;
import no.framdrift.ui.catalogue.IndicatorContext;
import no.framdrift.ui.catalogue.IndicatorTabFactory;
import no.framdrift.ui.shell.Messages;

/**
 * The "Verdier" tab: the table of {@link ValuesViewModel} with the breakdown and granularity
 * choices, provenance on hover, and copy as a table (button or Ctrl+C).
 */
public final class ValuesTab implements IndicatorTabFactory {

    @Override
    public Tab create(IndicatorContext context) {
        Messages m = context.messages();
        ValuesViewModel vm = new ValuesViewModel(context.workspace(), m, context.tasks());

        ComboBox<ValuesViewModel.Breakdown> breakdown = new ComboBox<>(vm.breakdowns());
        breakdown.setId("values-breakdown");
        breakdown.valueProperty().bindBidirectional(vm.breakdownProperty());
        Label breakdownLabel = new Label(m.get("values.breakdown"));
        breakdownLabel.setLabelFor(breakdown);

        ComboBox<Period.Granularity> granularity = new ComboBox<>(vm.granularities());
        granularity.setId("values-granularity");
        granularity.valueProperty().bindBidirectional(vm.granularityProperty());
        granularity.setButtonCell(granularityCell(vm));
        granularity.setCellFactory(l -> granularityCell(vm));
        Label granularityLabel = new Label(m.get("values.granularity"));
        granularityLabel.setLabelFor(granularity);
        // only registry data come in more than one rhythm
        granularity.visibleProperty().bind(javafx.beans.binding.Bindings.size(vm.granularities()).greaterThan(1));
        granularity.managedProperty().bind(granularity.visibleProperty());
        granularityLabel.visibleProperty().bind(granularity.visibleProperty());
        granularityLabel.managedProperty().bind(granularity.visibleProperty());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.loadingProperty());

        TableView<ValuesViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("values-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ValuesViewModel.Row, String> period = column("values-col-period", m.get("values.col.period"),
                ValuesViewModel.Row::period);
        TableColumn<ValuesViewModel.Row, String> group = column("values-col-group", "", ValuesViewModel.Row::breakdown);
        group.textProperty().bind(vm.breakdownHeaderProperty());
        TableColumn<ValuesViewModel.Row, String> value = column("values-col-value", m.get("values.col.value"),
                ValuesViewModel.Row::value);
        TableColumn<ValuesViewModel.Row, String> interval = column("values-col-interval", m.get("values.col.interval"),
                ValuesViewModel.Row::interval);
        TableColumn<ValuesViewModel.Row, String> n = column("values-col-n", m.get("values.col.n"), ValuesViewModel.Row::n);
        TableColumn<ValuesViewModel.Row, String> growth1 = column("values-col-growth1", m.get("values.col.growth1"),
                ValuesViewModel.Row::growthOneYear);
        TableColumn<ValuesViewModel.Row, String> growth2 = column("values-col-growth2", m.get("values.col.growth2"),
                ValuesViewModel.Row::growthTwoYears);
        TableColumn<ValuesViewModel.Row, String> note = column("values-col-note", m.get("values.col.note"),
                ValuesViewModel.Row::note);
        for (TableColumn<ValuesViewModel.Row, String> c : java.util.List.of(value, interval, n, growth1, growth2)) {
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        // a long subgroup name ("Sykepleier · Helse Midt-Norge · 60 år og eldre") wraps in its cell
        group.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            private final Label text = new Label();
            {
                text.setWrapText(true);
                text.maxWidthProperty().bind(col.widthProperty().subtract(10));
                text.setMinHeight(Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty || item == null ? null : text);
            }
        });
        table.getColumns().addAll(java.util.List.of(period, group, value, interval, n, growth1, growth2, note));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ValuesViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null || row.tooltip().isEmpty()) {
                    setTooltip(null);
                } else {
                    Tooltip tip = new Tooltip(row.tooltip());
                    tip.setShowDelay(Duration.millis(300));
                    setTooltip(tip);
                }
            }
        });
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(vm.messageProperty());
        table.setPlaceholder(placeholder);

        Label copied = new Label();
        copied.setId("values-copied");
        copied.getStyleClass().add("hint");
        Button copy = new Button(m.get("values.copy") + "  (Ctrl+C)");
        copy.setId("values-copy");
        copy.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.rows()));
        Runnable doCopy = () -> {
            String text = vm.copyText();
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
            copied.setText(m.format("values.copied", vm.rows().size()));
        };
        copy.setOnAction(e -> doCopy.run());
        KeyCodeCombination ctrlC = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
        table.setOnKeyPressed(e -> {
            if (ctrlC.match(e)) {
                doCopy.run();
                e.consume();
            }
        });

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, breakdownLabel, breakdown, granularityLabel, granularity, busy, spacer, copied, copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label sampleMark = new Label(m.get("values.sample"));
        sampleMark.setId("values-sample");
        sampleMark.setWrapText(true);
        sampleMark.setStyle("-fx-text-fill: #b01e1e; -fx-font-weight: bold;");
        sampleMark.visibleProperty().bind(vm.sampleProperty());
        sampleMark.managedProperty().bind(vm.sampleProperty());
        VBox box = new VBox(10, bar, sampleMark, table);
        box.setPadding(new Insets(12));
        VBox.setVgrow(table, Priority.ALWAYS);

        // counts have growth instead of an interval and n
        Runnable columnsForUnit = () -> {
            boolean count = vm.isCount();
            interval.setVisible(!count);
            n.setVisible(!count);
            growth1.setVisible(count);
            growth2.setVisible(count);
            value.setText(m.get(count ? "values.col.count" : "values.col.value"));
        };
        context.indicator().addListener((o, was, now) -> {
            vm.show(now);
            columnsForUnit.run();
            copied.setText("");
        });
        context.recomputed().addListener((o, was, now) -> vm.reload());
        vm.show(context.indicator().get());
        columnsForUnit.run();

        Tab tab = new Tab(m.get("tab.values"), box);
        tab.setId("tab-values");
        tab.setClosable(false);
        return tab;
    }

    private static TableColumn<ValuesViewModel.Row, String> column(String id, String title,
                                                                  Function<ValuesViewModel.Row, String> text) {
        TableColumn<ValuesViewModel.Row, String> c = new TableColumn<>(title);
        c.setId(id);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(text.apply(f.getValue())).getReadOnlyProperty());
        return c;
    }

    private static ListCell<Period.Granularity> granularityCell(ValuesViewModel vm) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Period.Granularity g, boolean empty) {
                super.updateItem(g, empty);
                setText(empty || g == null ? null : vm.label(g));
            }
        };
    }
}
