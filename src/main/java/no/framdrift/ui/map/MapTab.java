package no.framdrift.ui.map;

import java.io.File;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import no.framdrift.domain.AreaLevel;
import no.framdrift.domain.Period;
import no.framdrift.report.chart.ExportSize;
import no.framdrift.report.map.MapArea;
import no.framdrift.report.map.MapCanvas;
import no.framdrift.ui.catalogue.IndicatorContext;
import no.framdrift.ui.catalogue.IndicatorTabFactory;
import no.framdrift.ui.catalogue.SelectedArea;
import no.framdrift.ui.shell.Messages;

/**
 * The "Kart" tab beside Diagram: the indicator's values per municipality, county or health region
 * on a map of Norway, drawn by the same renderer as {@code export map}; level and period to choose,
 * a tooltip with the area's name, value and interval or n, and export to PNG, SVG or PDF. A click
 * on an area (or choosing it in the area list and pressing Enter or "Vis i diagram") shows that
 * area's series in the Diagram tab through {@link IndicatorContext#showArea}. The map is built only
 * while the tab is showing.
 */
public final class MapTab implements IndicatorTabFactory {

    @Override
    public Tab create(IndicatorContext context) {
        Messages m = context.messages();
        MapViewModel vm = new MapViewModel(context.workspace(), m, context.tasks());

        ComboBox<AreaLevel> level = new ComboBox<>(vm.levels());
        level.setId("map-level");
        level.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(AreaLevel item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : vm.levelLabel(item));
            }
        });
        level.setButtonCell(level.getCellFactory().call(null));
        level.valueProperty().bindBidirectional(vm.level());

        ComboBox<Period> period = new ComboBox<>(vm.periods());
        period.setId("map-period");
        period.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Period item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : vm.periodLabel(item));
            }
        });
        period.setButtonCell(period.getCellFactory().call(null));
        period.valueProperty().bindBidirectional(vm.period());

        Button export = new Button(m.get("map.export"));
        export.setId("map-export");
        export.disableProperty().bind(vm.spec().isNull());
        Label message = new Label();
        message.textProperty().bind(vm.message());
        Label selected = new Label();
        selected.setId("map-selected");
        vm.selected().addListener((o, a, b) -> selected.setText(b == null ? "" : vm.tooltip(b).replace("\n", " · ")));

        MapCanvas canvas = new MapCanvas();
        canvas.setId("map-canvas");
        vm.spec().addListener((o, a, b) -> canvas.setSpec(b));
        Tooltip tip = new Tooltip();
        tip.setShowDelay(Duration.millis(150));
        tip.setShowDuration(Duration.INDEFINITE);
        canvas.setOnMouseMoved(e -> {
            var area = canvas.areaAt(e.getX(), e.getY());
            if (area.isPresent()) {
                tip.setText(vm.tooltip(area.get()));
                if (!tip.isShowing()) {
                    tip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 14);
                } else {
                    tip.setAnchorX(e.getScreenX() + 14);
                    tip.setAnchorY(e.getScreenY() + 14);
                }
            } else {
                tip.hide();
            }
        });
        canvas.setOnMouseExited(e -> tip.hide());
        // the area for the Diagram tab: by mouse on the map, or by keyboard in the list beside it
        java.util.function.Consumer<MapArea> showInChart = a -> {
            var spec = vm.spec().get();
            if (a != null && spec != null) {
                context.showArea(new SelectedArea(vm.levelOf(a), a.code(), a.name()));
            }
        };
        canvas.setOnMouseClicked(e -> canvas.areaAt(e.getX(), e.getY()).ifPresent(a -> {
            vm.selected().set(a);
            showInChart.accept(a);
        }));
        ComboBox<MapArea> area = new ComboBox<>(vm.areas());
        area.setId("map-area");
        area.setPromptText(m.get("map.area"));
        area.setPrefWidth(200);
        area.setVisibleRowCount(16);
        area.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(MapArea item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        area.setButtonCell(area.getCellFactory().call(null));
        area.valueProperty().bindBidirectional(vm.selected());
        area.disableProperty().bind(vm.spec().isNull());
        Button showArea = new Button(m.get("map.area.show"));
        showArea.setId("map-show-chart");
        showArea.disableProperty().bind(vm.selected().isNull());
        showArea.setOnAction(e -> showInChart.accept(vm.selected().get()));
        area.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !area.isShowing() && vm.selected().get() != null) {
                showInChart.accept(vm.selected().get());
                e.consume();
            }
        });
        Label areaLabel = new Label(m.get("map.area"));
        areaLabel.setLabelFor(area);

        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(m.get("map.export"));
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PNG", "*.png"),
                    new FileChooser.ExtensionFilter("SVG", "*.svg"), new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            File file = chooser.showSaveDialog(context.owner().get());
            if (file != null) {
                // exported in Norwegian, as published, whatever the window's language (decision 0015)
                vm.export(file.toPath(), ExportSize.SCREEN_2X, done -> message.textProperty().unbind(), err -> {
                    message.textProperty().unbind();
                    message.setText(err.getMessage());
                });
            }
        });

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label(m.get("map.level")), level, new Label(m.get("map.period")), period,
                areaLabel, area, showArea, spacer, export);
        VBox.setMargin(selected, new Insets(0, 0, 0, 2));
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, bar, selected, message, canvas);
        if (m.language() != no.framdrift.ui.shell.Language.NORWEGIAN_BOKMAL) {
            // the map on screen is in the window's language, what is exported is Norwegian
            // (docs/decisions/0015-published-outputs-in-norwegian.md): say so once
            Label norwegian = new Label(m.get("map.exportedInNorwegian"));
            norwegian.setId("map-norwegian");
            norwegian.getStyleClass().add("hint");
            norwegian.setWrapText(true);
            box.getChildren().add(norwegian);
        }
        VBox.setVgrow(canvas, Priority.ALWAYS);
        box.setPadding(new Insets(10));

        Tab tab = new Tab(m.get("map.tab"), box);
        tab.setId("tab-map");
        tab.setClosable(false);
        Runnable reload = () -> {
            if (tab.isSelected()) {
                vm.load(context.indicator().get());
            }
        };
        context.indicator().addListener((o, a, b) -> reload.run());
        context.recomputed().addListener((o, a, b) -> reload.run());
        tab.selectedProperty().addListener((o, a, b) -> reload.run());
        return tab;
    }
}
