package no.framdrift.ui.catalogue;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import no.framdrift.domain.Indicator;
import no.framdrift.ui.shell.Messages;
import no.framdrift.ui.shell.StatusBadge;

/**
 * The right side: the selected indicator's heading with Save and Revert, and its tabs. Until an
 * indicator is chosen a short hint shows instead.
 */
public final class IndicatorPane extends VBox {

    private final TabPane tabs = new TabPane();
    private final Label placeholder = new Label();

    /**
     * @param tabFactories the tabs of an indicator, in order; the window composes them (Definisjon,
     *                     Verdier, Diagram, …), so the catalogue knows no other feature's view
     */
    public IndicatorPane(IndicatorContext context, List<Supplier<IndicatorTabFactory>> tabFactories,
                         Runnable save, Runnable revert) {
        Messages m = context.messages();
        IndicatorEditorViewModel vm = context.editor();
        getStyleClass().add("indicator-pane");

        Label title = new Label();
        title.setId("indicator-title");
        title.getStyleClass().add("indicator-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            // a cleared name keeps the saved one as the title; "Ny indikator" only for a new one
            String shown = vm.displayName();
            return vm.isDirty() ? shown + " •" : shown;
        }, vm.nameProperty(), vm.dirtyProperty(), vm.originalProperty()));
        title.setWrapText(true);
        Label code = new Label();
        code.getStyleClass().add("indicator-code");
        code.textProperty().bind(Bindings.createStringBinding(() -> {
            Indicator i = vm.originalProperty().get();
            if (i == null) {
                return "";
            }
            String goal = vm.goals().stream().filter(g -> g.code().equals(i.goal())).findFirst()
                    .map(no.framdrift.domain.GoalArea::title).orElse(i.goal());
            String parent = i.parent() == null ? "" : "  ·  " + m.get("field.parent") + " " + i.parent();
            return i.code() + "  ·  " + goal + parent;
        }, vm.originalProperty()));
        Label badge = StatusBadge.of(null, m);
        vm.statusProperty().addListener((o, was, now) -> StatusBadge.show(badge, now, m));
        Label unsaved = new Label(m.get("editor.unsaved"));
        unsaved.setId("unsaved-marker");
        unsaved.getStyleClass().add("unsaved");
        unsaved.visibleProperty().bind(vm.dirtyProperty());
        unsaved.managedProperty().bind(unsaved.visibleProperty());
        Button revertButton = new Button(m.get("editor.revert"));
        revertButton.setId("revert");
        revertButton.disableProperty().bind(vm.dirtyProperty().not());
        revertButton.setOnAction(e -> revert.run());
        Button saveButton = new Button(m.get("editor.save") + "  (Ctrl+S)");
        saveButton.setId("save");
        saveButton.getStyleClass().add("accent");
        saveButton.disableProperty().bind(vm.canSaveProperty().not());
        saveButton.setOnAction(e -> save.run());

        // A long name gives way (ellipsis, full name in the tooltip); the badge and the buttons never do.
        for (javafx.scene.control.Control c : List.of(badge, unsaved, revertButton, saveButton)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        title.setMinWidth(0);
        code.setMinWidth(0);
        javafx.scene.control.Tooltip fullName = new javafx.scene.control.Tooltip();
        fullName.textProperty().bind(title.textProperty());
        title.setTooltip(fullName);
        HBox titleRow = new HBox(10, title, badge);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        titleRow.setMinWidth(0);
        VBox heading = new VBox(2, titleRow, code);
        heading.setMinWidth(0);
        HBox.setHgrow(heading, Priority.SOMETIMES);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, heading, spacer, unsaved, revertButton, saveButton);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("indicator-header");
        header.setPadding(new Insets(14, 18, 14, 18));

        tabs.setId("indicator-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (Supplier<IndicatorTabFactory> factory : tabFactories) {
            Tab tab = factory.get().create(context);
            tabs.getTabs().add(tab);
        }
        VBox editor = new VBox(header, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        editor.visibleProperty().bind(vm.originalProperty().isNotNull().or(vm.codeEditableProperty()));

        placeholder.setId("editor-placeholder");
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        placeholder.setText(m.get("editor.empty"));
        placeholder.visibleProperty().bind(editor.visibleProperty().not());
        placeholder.setMaxWidth(520);
        StackPane stack = new StackPane(editor, placeholder);
        StackPane.setAlignment(placeholder, Pos.CENTER);
        VBox.setVgrow(stack, Priority.ALWAYS);
        getChildren().add(stack);
    }

    TabPane tabs() {
        return tabs;
    }

    /** Shows a text in place of the editor (e.g. a proposed future indicator's description). */
    public void showPlaceholder(String text) {
        placeholder.setText(text);
    }
}
