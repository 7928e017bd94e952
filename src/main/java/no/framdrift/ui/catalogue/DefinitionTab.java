package no.framdrift.ui.catalogue;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import no.framdrift.domain.Frequency;
import no.framdrift.domain.GoalArea;
import no.framdrift.domain.IndicatorKind;
import no.framdrift.domain.TimeAggregation;
import no.framdrift.domain.Status;
import no.framdrift.domain.Unit;
import no.framdrift.ui.shell.FieldProblemDecoration;
import no.framdrift.ui.shell.Messages;

/** The "Definisjon" tab: the indicator's form, bound to {@link IndicatorEditorViewModel}. */
public final class DefinitionTab implements IndicatorTabFactory {

    private IndicatorEditorViewModel vm;
    private Messages m;
    private GridPane grid;
    private int row;

    @Override
    public Tab create(IndicatorContext context) {
        vm = context.editor();
        m = context.messages();
        grid = new GridPane();
        grid.getStyleClass().add("form");
        grid.setHgap(14);
        grid.setVgap(10);
        grid.setPadding(new Insets(18, 24, 24, 18));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(170);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);

        section("section.identity");
        TextField code = textField("code", vm.codeProperty());
        code.editableProperty().bind(vm.codeEditableProperty());
        code.focusTraversableProperty().bind(vm.codeEditableProperty());
        field("field.code", IndicatorEditorViewModel.CODE, code);
        field("field.name", IndicatorEditorViewModel.NAME, textField("name", vm.nameProperty()));
        field("field.goal", IndicatorEditorViewModel.GOAL, goalBox());
        field("field.status", IndicatorEditorViewModel.STATUS, enumBox("status", Status.values(), vm.statusProperty()));
        field("field.frequency", IndicatorEditorViewModel.FREQUENCY,
                enumBox("frequency", Frequency.values(), vm.frequencyProperty()));
        field("field.kind", IndicatorEditorViewModel.KIND, enumBox("kind", IndicatorKind.values(), vm.kindProperty()));

        section("section.content");
        field("field.measures", "measures", textArea("measures", vm.measuresProperty(), 3));
        field("field.about", "about", textArea("about", vm.aboutProperty(), 3));
        TextArea sources = textArea("sources", vm.sourcesProperty(), 2);
        sources.setPromptText(m.get("form.sources.hint"));
        field("field.sources", "sources", sources);
        field("field.note", "note", textArea("note", vm.noteProperty(), 3));

        section("section.measure");
        field("field.unit", "unit", enumBox("unit", Unit.values(), vm.unitProperty()));
        Spinner<Integer> decimals = new Spinner<>();
        decimals.setId("field-decimals");
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 4);
        decimals.setValueFactory(factory);
        factory.valueProperty().bindBidirectional(vm.decimalsProperty());
        decimals.setPrefWidth(90);
        field("field.decimals", IndicatorEditorViewModel.DECIMALS, decimals);
        CheckBox higher = new CheckBox(m.get("form.higherIsBetter"));
        higher.setId("field-higherIsBetter");
        higher.selectedProperty().bindBidirectional(vm.higherIsBetterProperty());
        field("field.higherIsBetter", "higherIsBetter", higher);
        CheckBox publish = new CheckBox(m.get("form.publish"));
        publish.setId("field-publish");
        publish.selectedProperty().bindBidirectional(vm.publishProperty());
        field("field.publish", "publish", publish);
        field("field.valueLabel", "valueLabel", textField("valueLabel", vm.valueLabelProperty()));
        field("field.timeAggregation", "timeAggregation",
                enumBox("timeAggregation", TimeAggregation.values(), vm.timeAggregationProperty()));

        section("section.targets");
        TextField basePeriod = textField("baselinePeriod", vm.baselinePeriodProperty());
        basePeriod.setPromptText(m.get("form.baseline.period"));
        basePeriod.setPrefColumnCount(8);
        basePeriod.setMaxWidth(150);
        basePeriod.setMinWidth(150);
        TextField baseText = textField("baselineText", vm.baselineTextProperty());
        baseText.setPromptText(m.get("form.baseline.text"));
        HBox.setHgrow(baseText, Priority.ALWAYS);
        HBox baseline = new HBox(8, basePeriod, baseText);
        field("field.baseline", IndicatorEditorViewModel.BASELINE, baseline);
        field("field.ambitions", IndicatorEditorViewModel.AMBITIONS, ambitionsEditor());
        field("field.seriesBreaks", IndicatorEditorViewModel.SERIES_BREAKS, breaksEditor());
        Label parts = new Label();
        parts.setId("field-parts");
        parts.setWrapText(true);
        parts.textProperty().bind(Bindings.createStringBinding(() -> vm.partLabels().isEmpty()
                ? m.get("parts.none") : String.join("\n", vm.partLabels()), vm.partLabels()));
        field("field.parts", IndicatorEditorViewModel.PARTS, parts);

        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        Tab tab = new Tab();
        tab.setId("tab-definition");
        tab.setClosable(false);
        tab.setContent(scroll);
        String title = m.get("tab.definition");
        tab.textProperty().bind(Bindings.when(vm.dirtyProperty()).then(title + " •").otherwise(title));
        return tab;
    }

    private void section(String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add("form-section");
        GridPane.setColumnSpan(l, 2);
        GridPane.setHalignment(l, HPos.LEFT);
        if (row > 0) {
            GridPane.setMargin(l, new Insets(12, 0, 0, 0));
        }
        grid.add(l, 0, row++);
    }

    private void field(String labelKey, String field, Node control) {
        Label label = new Label(m.get(labelKey));
        label.getStyleClass().add("form-label");
        label.setLabelFor(control);
        label.setWrapText(true);
        label.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
        GridPane.setValignment(label, VPos.TOP);
        GridPane.setMargin(label, new Insets(5, 0, 0, 0));
        grid.add(label, 0, row);
        grid.add(FieldProblemDecoration.decorate(control, field, vm.problemAt(field)), 1, row++);
    }

    private static TextField textField(String id, StringProperty property) {
        TextField f = new TextField();
        f.setId("field-" + id);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    private static TextArea textArea(String id, StringProperty property, int rows) {
        TextArea a = new TextArea();
        a.setId("field-" + id);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        a.textProperty().bindBidirectional(property);
        return a;
    }

    private <E extends Enum<E>> ComboBox<E> enumBox(String id, E[] values, javafx.beans.property.ObjectProperty<E> p) {
        ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(Arrays.asList(values)));
        box.setId("field-" + id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return m.of(e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(p);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private ComboBox<String> goalBox() {
        ComboBox<String> box = new ComboBox<>();
        box.setId("field-goal");
        box.setMaxWidth(Double.MAX_VALUE);
        Runnable fill = () -> box.getItems().setAll(vm.goals().stream().map(GoalArea::code).toList());
        vm.catalogueProperty().addListener((o, a, b) -> {
            String keep = vm.goalProperty().get();
            fill.run();
            vm.goalProperty().set(keep);
        });
        fill.run();
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : vm.goals().stream().filter(g -> g.code().equals(code)).findFirst()
                        .map(GoalArea::title).orElse(code);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(vm.goalProperty());
        return box;
    }

    private Node ambitionsEditor() {
        GridPane table = new GridPane();
        table.getStyleClass().add("row-table");
        table.setHgap(8);
        table.setVgap(6);
        ColumnConstraints text = new ColumnConstraints();
        text.setHgrow(Priority.ALWAYS);
        table.getColumnConstraints().addAll(new ColumnConstraints(80), new ColumnConstraints(110), text,
                new ColumnConstraints());
        Runnable rebuild = () -> {
            table.getChildren().clear();
            table.addRow(0, header("ambition.year"), header("ambition.target"), header("ambition.text"), new Label());
            int r = 1;
            for (AmbitionRow a : vm.ambitions()) {
                TextField year = cell("ambition-year-" + r, a.yearProperty(), a.yearInvalidProperty());
                TextField target = cell("ambition-target-" + r, a.targetProperty(), a.targetInvalidProperty());
                // an ambition whose level is not decided ("XX % i 2030") shows as not set, never as 0
                target.setPromptText(m.get("ambition.notSet"));
                TextField label = cell("ambition-text-" + r, a.textProperty(), null);
                Button remove = new Button("✕");
                remove.getStyleClass().add("icon-button");
                remove.setAccessibleText(m.get("ambition.remove"));
                remove.setTooltip(new javafx.scene.control.Tooltip(m.get("ambition.remove")));
                remove.setOnAction(e -> vm.removeAmbition(a));
                table.addRow(r++, year, target, label, remove);
            }
            if (vm.ambitions().isEmpty()) {
                Label none = new Label(m.get("ambition.none"));
                none.getStyleClass().add("muted");
                table.add(none, 0, 1, 4, 1);
            }
        };
        vm.ambitions().addListener((ListChangeListener<AmbitionRow>) c -> {
            // typing in a cell is an "update" of the row: rebuilding then would steal the focus
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved() || c.wasPermutated()) {
                    rebuild.run();
                    return;
                }
            }
        });
        rebuild.run();
        Button add = new Button(m.get("ambition.add"));
        add.setId("ambition-add");
        add.getStyleClass().add("link-button");
        add.setOnAction(e -> vm.addAmbition());
        return new VBox(6, table, add);
    }

    private Node breaksEditor() {
        GridPane table = new GridPane();
        table.getStyleClass().add("row-table");
        table.setHgap(8);
        table.setVgap(6);
        ColumnConstraints note = new ColumnConstraints();
        note.setHgrow(Priority.ALWAYS);
        table.getColumnConstraints().addAll(new ColumnConstraints(100), note, new ColumnConstraints());
        Runnable rebuild = () -> {
            table.getChildren().clear();
            table.addRow(0, header("break.period"), header("break.note"), new Label());
            int r = 1;
            for (SeriesBreakRow b : vm.seriesBreaks()) {
                TextField period = cell("break-period-" + r, b.periodProperty(), b.periodInvalidProperty());
                TextField text = cell("break-note-" + r, b.noteProperty(), null);
                Button remove = new Button("✕");
                remove.getStyleClass().add("icon-button");
                remove.setAccessibleText(m.get("break.remove"));
                remove.setTooltip(new javafx.scene.control.Tooltip(m.get("break.remove")));
                remove.setOnAction(e -> vm.removeSeriesBreak(b));
                table.addRow(r++, period, text, remove);
            }
            if (vm.seriesBreaks().isEmpty()) {
                Label none = new Label(m.get("break.none"));
                none.getStyleClass().add("muted");
                table.add(none, 0, 1, 3, 1);
            }
        };
        vm.seriesBreaks().addListener((ListChangeListener<SeriesBreakRow>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved() || c.wasPermutated()) {
                    rebuild.run();
                    return;
                }
            }
        });
        rebuild.run();
        Button add = new Button(m.get("break.add"));
        add.setId("break-add");
        add.getStyleClass().add("link-button");
        add.setOnAction(e -> vm.addSeriesBreak());
        return new VBox(6, table, add);
    }

    private Label header(String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add("column-header");
        return l;
    }

    private static TextField cell(String id, StringProperty value, BooleanProperty invalid) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        if (invalid != null) {
            FieldProblemDecoration.mark(f, invalid.get());
            invalid.addListener((o, was, now) -> FieldProblemDecoration.mark(f, now));
        }
        f.setMaxWidth(Double.MAX_VALUE);
        f.setAlignment(Pos.CENTER_LEFT);
        return f;
    }
}
