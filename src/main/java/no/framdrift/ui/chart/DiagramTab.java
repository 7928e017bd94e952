package no.framdrift.ui.chart;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import no.framdrift.domain.Period;
import no.framdrift.report.chart.ChartExporter;
import no.framdrift.report.chart.ChartNodes;
import no.framdrift.report.chart.ChartSpec;
import no.framdrift.report.chart.ExportSize;
import no.framdrift.ui.catalogue.IndicatorContext;
import no.framdrift.ui.catalogue.IndicatorTabFactory;
import no.framdrift.ui.shell.Messages;

/**
 * The "Diagram" tab: the indicator's chart as the exports and the deck draw it (JFreeChart's
 * JavaFX viewer of the same {@link ChartSpec}), the choices of series, period range, intervals
 * and labels, export to PNG/SVG/PDF, copy as image, and Ctrl+E to export again with the last
 * settings. The chart is built only while the tab is showing, so browsing the catalogue stays quick.
 */
public final class DiagramTab implements IndicatorTabFactory {

    private final ChartPreferences prefs;

    public DiagramTab() {
        this(ChartPreferences.user());
    }

    public DiagramTab(ChartPreferences prefs) {
        this.prefs = prefs;
    }

    @Override
    public Tab create(IndicatorContext context) {
        Messages m = context.messages();
        ChartViewModel vm = new ChartViewModel(context.workspace(), m, context.tasks(), prefs);

        MenuButton series = new MenuButton(m.get("chart.series"));
        series.setId("chart-series");
        Runnable fillSeries = () -> {
            series.getItems().clear();
            MenuItem defaults = new MenuItem(m.get("chart.series.default"));
            defaults.setId("chart-series-default");
            defaults.setOnAction(e -> vm.chosen().clear());
            series.getItems().addAll(defaults, new SeparatorMenuItem());
            for (String name : vm.choices()) {
                // the nation in the window's language; other areas and subgroups by their own names
                CheckMenuItem item = new CheckMenuItem(name.equals(no.framdrift.domain.IndicatorValue.NATIONAL)
                        ? m.get("values.area.national") : name);
                item.setUserData(name);
                item.setSelected(vm.chosen().contains(name));
                item.selectedProperty().addListener((o, was, now) -> {
                    if (now) {
                        vm.chosen().add(name);
                    } else {
                        vm.chosen().remove(name);
                    }
                });
                series.getItems().add(item);
            }
        };
        vm.choices().addListener((javafx.collections.ListChangeListener<String>) c -> fillSeries.run());
        vm.chosen().addListener((javafx.collections.SetChangeListener<String>) c -> series.getItems().stream()
                .filter(CheckMenuItem.class::isInstance).map(CheckMenuItem.class::cast)
                .forEach(i -> i.setSelected(vm.chosen().contains((String) i.getUserData()))));
        series.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.choices()));

        ComboBox<String> breakdown = new ComboBox<>();
        breakdown.setId("chart-breakdown");
        javafx.collections.ObservableList<String> breakdownItems = javafx.collections.FXCollections.observableArrayList();
        Runnable fillBreakdowns = () -> {
            String keep = vm.breakdownProperty().get();
            breakdownItems.setAll(vm.breakdowns());
            breakdownItems.add(0, null);
            breakdown.setValue(keep);
        };
        vm.breakdowns().addListener((javafx.collections.ListChangeListener<String>) c -> fillBreakdowns.run());
        breakdown.setItems(breakdownItems);
        breakdown.valueProperty().bindBidirectional(vm.breakdownProperty());
        javafx.util.Callback<javafx.scene.control.ListView<String>, ListCell<String>> breakdownCells = l -> new ListCell<>() {
            @Override
            protected void updateItem(String b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty ? null : b == null ? m.get("chart.breakdown.none") : m.variable(b));
            }
        };
        breakdown.setCellFactory(breakdownCells);
        breakdown.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String b, boolean empty) {
                super.updateItem(b, empty);
                setText(b == null ? m.get("chart.breakdown.none") : m.variable(b)); // never blank
            }
        });
        // only surveys have subgroups
        breakdown.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.breakdowns()));
        breakdown.managedProperty().bind(breakdown.visibleProperty());
        // the box says what it chooses: "Inndeling" before it, as "Fra" and "Til" have
        Label breakdownLabel = new Label(m.get("chart.breakdown"));
        breakdownLabel.setId("chart-breakdown-label");
        breakdownLabel.setLabelFor(breakdown);
        breakdownLabel.visibleProperty().bind(breakdown.visibleProperty());
        breakdownLabel.managedProperty().bind(breakdown.visibleProperty());

        // the areas of a level (as the map shows them) as series to choose from; a map click sets it
        ComboBox<no.framdrift.domain.AreaLevel> areaLevel = new ComboBox<>();
        areaLevel.setId("chart-area-level");
        javafx.collections.ObservableList<no.framdrift.domain.AreaLevel> levelItems = javafx.collections.FXCollections.observableArrayList();
        Runnable fillLevels = () -> {
            no.framdrift.domain.AreaLevel keep = vm.areaLevelProperty().get();
            java.util.List<no.framdrift.domain.AreaLevel> all = new java.util.ArrayList<>();
            all.add(null);
            all.addAll(vm.areaLevels());
            levelItems.setAll(all); // in one change, so the box never passes through a shifted selection
            areaLevel.setValue(keep);
        };
        vm.areaLevels().addListener((javafx.collections.ListChangeListener<no.framdrift.domain.AreaLevel>) c -> fillLevels.run());
        areaLevel.setItems(levelItems);
        areaLevel.valueProperty().bindBidirectional(vm.areaLevelProperty());
        javafx.util.Callback<javafx.scene.control.ListView<no.framdrift.domain.AreaLevel>, ListCell<no.framdrift.domain.AreaLevel>> levelCells =
                l -> new ListCell<>() {
                    @Override
                    protected void updateItem(no.framdrift.domain.AreaLevel level, boolean empty) {
                        super.updateItem(level, empty);
                        setText(empty && l != null ? null
                                : level == null ? m.get("chart.arealevel.none") : vm.areaLevelLabel(level));
                    }
                };
        areaLevel.setCellFactory(levelCells);
        areaLevel.setButtonCell(levelCells.call(null)); // never blank
        areaLevel.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.areaLevels()));
        areaLevel.managedProperty().bind(areaLevel.visibleProperty());
        Label areaLevelLabel = new Label(m.get("chart.arealevel"));
        areaLevelLabel.setLabelFor(areaLevel);
        areaLevelLabel.visibleProperty().bind(areaLevel.visibleProperty());
        areaLevelLabel.managedProperty().bind(areaLevel.visibleProperty());

        ComboBox<Period> from = periodBox("chart-from", vm, m);
        from.valueProperty().bindBidirectional(vm.fromProperty());
        ComboBox<Period> to = periodBox("chart-to", vm, m);
        to.valueProperty().bindBidirectional(vm.toProperty());
        Label fromLabel = new Label(m.get("chart.from"));
        fromLabel.setLabelFor(from);
        Label toLabel = new Label(m.get("chart.to"));
        toLabel.setLabelFor(to);

        CheckBox intervals = new CheckBox(m.get("chart.intervals"));
        intervals.setId("chart-intervals");
        intervals.selectedProperty().bindBidirectional(vm.intervalsProperty());
        CheckBox labels = new CheckBox(m.get("chart.labels"));
        labels.setId("chart-labels");
        labels.selectedProperty().bindBidirectional(vm.labelsProperty());

        Label status = new Label();
        status.setId("chart-status");
        status.getStyleClass().add("hint");
        status.setMinWidth(0);

        Button export = new Button(m.get("chart.export"));
        export.setId("chart-export");
        Button again = new Button(m.get("chart.export.again"));
        again.setId("chart-export-again");
        Button copy = new Button(m.get("chart.copy"));
        copy.setId("chart-copy");
        for (Button b : new Button[] {export, again, copy}) {
            b.disableProperty().bind(vm.specProperty().isNull());
        }

        java.util.function.Consumer<Path> done = p -> status.setText(m.format("chart.export.done", p));
        java.util.function.Consumer<Exception> failed = e -> status.setText(m.format("chart.export.failed",
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        Runnable exportAgain = () -> {
            if (!vm.exportAgain(done, failed)) {
                status.setText(m.get("chart.export.none"));
            }
        };
        export.setOnAction(e -> exportWithDialog(context, vm, m).ifPresent(choice ->
                vm.export(choice.file(), choice.size(), done, failed)));
        again.setOnAction(e -> exportAgain.run());
        copy.setOnAction(e -> {
            ChartSpec spec = vm.published().orElse(null); // a copied chart is a published one: Norwegian
            if (spec != null) {
                ClipboardContent content = new ClipboardContent();
                content.putImage(SwingFXUtils.toFXImage(new ChartExporter().image(spec, prefs.lastSize()), null));
                Clipboard.getSystemClipboard().setContent(content);
                status.setText(m.get("chart.copied"));
            }
        });

        StackPane chartArea = new StackPane();
        chartArea.setId("chart-area");
        Label message = new Label();
        message.setId("chart-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        vm.specProperty().addListener((o, was, now) -> {
            chartArea.getChildren().clear();
            if (now != null) {
                chartArea.getChildren().add(ChartNodes.viewer(now));
            } else {
                chartArea.getChildren().add(message);
            }
        });
        chartArea.getChildren().add(message);

        // The controls keep their full text and wrap to a second row when the tab is narrow.
        HBox choices = new HBox(8, breakdownLabel, breakdown, areaLevelLabel, areaLevel, series, fromLabel, from, toLabel,
                to, intervals, labels);
        choices.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(8, export, again, copy);
        actions.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.Node n : List.of(breakdownLabel, breakdown, areaLevelLabel, areaLevel, series, fromLabel, from,
                toLabel, to, intervals, labels, export, again, copy)) {
            ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        }
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(16, 8, choices, actions);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, bar, chartArea, status);
        if (m.language() != no.framdrift.ui.shell.Language.NORWEGIAN_BOKMAL) {
            // the chart on screen is in the window's language, what is exported is Norwegian
            // (docs/decisions/0015-published-outputs-in-norwegian.md): say so once
            Label norwegian = new Label(m.get("chart.exportedInNorwegian"));
            norwegian.setId("chart-norwegian");
            norwegian.getStyleClass().add("hint");
            norwegian.setWrapText(true);
            box.getChildren().add(norwegian);
        }
        box.setPadding(new Insets(12));
        VBox.setVgrow(chartArea, Priority.ALWAYS);
        box.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN).match(e)) {
                exportAgain.run();
                e.consume();
            }
        });

        Tab tab = new Tab(m.get("tab.chart"), box);
        tab.setId("tab-chart");
        tab.setClosable(false);
        // Build the chart only when it is seen: the other tabs are what the steward browses with.
        boolean[] stale = {true};
        Runnable showIfSelected = () -> {
            if (tab.isSelected() && stale[0]) {
                stale[0] = false;
                vm.show(context.indicator().get());
            }
        };
        context.indicator().addListener((o, was, now) -> {
            stale[0] = true;
            status.setText("");
            showIfSelected.run();
        });
        context.recomputed().addListener((o, was, now) -> {
            stale[0] = true;
            showIfSelected.run();
        });
        // an area chosen on the map: its series here, and this tab in front
        context.selectedArea().addListener((o, was, now) -> {
            if (now == null || context.indicator().get() == null) {
                return;
            }
            stale[0] = false;
            status.setText("");
            vm.showArea(context.indicator().get(), now.level(), now.name());
            if (tab.getTabPane() != null) {
                tab.getTabPane().getSelectionModel().select(tab);
            }
        });
        tab.selectedProperty().addListener((o, was, now) -> {
            showIfSelected.run();
            if (now) {
                box.requestFocus();
            }
        });
        tab.setUserData(vm);
        return tab;
    }

    private static ComboBox<Period> periodBox(String id, ChartViewModel vm, Messages m) {
        ComboBox<Period> box = new ComboBox<>();
        box.setId(id);
        // null first: "all", so the range can be opened again
        javafx.collections.ObservableList<Period> items = javafx.collections.FXCollections.observableArrayList();
        Runnable fill = () -> {
            Period keep = box.getValue();
            items.setAll(vm.periods());
            items.add(0, null);
            box.setValue(keep);
        };
        vm.periods().addListener((javafx.collections.ListChangeListener<Period>) c -> fill.run());
        fill.run();
        box.setItems(items);
        javafx.util.Callback<javafx.scene.control.ListView<Period>, ListCell<Period>> cells = l -> new ListCell<>() {
            @Override
            protected void updateItem(Period p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty ? null : p == null ? m.get("chart.period.all") : m.period(p));
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
        box.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.periods()));
        return box;
    }

    /** Where and how large: size and scale in a small dialog, then the file. */
    record ExportChoice(Path file, ExportSize size) {
    }

    private Optional<ExportChoice> exportWithDialog(IndicatorContext context, ChartViewModel vm, Messages m) {
        ExportSize last = prefs.lastSize();
        Dialog<ExportSize> dialog = new Dialog<>();
        dialog.initOwner(context.owner().get());
        dialog.setTitle(m.get("chart.export.title"));
        Spinner<Integer> width = new Spinner<>(200, 10_000, last.width(), 100);
        Spinner<Integer> height = new Spinner<>(120, 10_000, last.height(), 50);
        Spinner<Double> scale = new Spinner<>(0.5, 4.0, last.scale(), 0.5);
        for (Spinner<?> s : new Spinner<?>[] {width, height, scale}) {
            s.setEditable(true);
        }
        width.setId("chart-export-width");
        height.setId("chart-export-height");
        scale.setId("chart-export-scale");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(m.get("chart.export.width")), width);
        grid.addRow(1, new Label(m.get("chart.export.height")), height);
        grid.addRow(2, new Label(m.get("chart.export.scale")), scale);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType("OK", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("common.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        dialog.setResultConverter(b -> b == ok
                ? new ExportSize(width.getValue(), height.getValue(), scale.getValue()) : null);
        Optional<ExportSize> size;
        try {
            size = dialog.showAndWait();
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // the spinners keep the size in range; a too large PNG is refused by the export
        }
        if (size.isEmpty()) {
            return Optional.empty();
        }
        FileChooser fc = new FileChooser();
        fc.setTitle(m.get("chart.export.title"));
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(m.get("filechooser.png"), "*.png"),
                new FileChooser.ExtensionFilter(m.get("filechooser.svg"), "*.svg"),
                new FileChooser.ExtensionFilter(m.get("filechooser.pdf"), "*.pdf"));
        prefs.lastFolder().ifPresent(p -> fc.setInitialDirectory(p.toFile()));
        fc.setInitialFileName(vm.indicator().map(i -> i.code().toLowerCase(Locale.ROOT)).orElse("diagram") + ".png");
        File f = fc.showSaveDialog(context.owner().get());
        if (f == null) {
            return Optional.empty();
        }
        Path file = f.toPath();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".png") && !name.endsWith(".svg") && !name.endsWith(".pdf")) {
            // the chosen filter's extension, as the steward expects when typing a bare name
            String ext = fc.getSelectedExtensionFilter() == null ? ".png"
                    : fc.getSelectedExtensionFilter().getExtensions().get(0).substring(1);
            file = file.resolveSibling(file.getFileName() + ext);
        }
        return Optional.of(new ExportChoice(file, size.get()));
    }
}
