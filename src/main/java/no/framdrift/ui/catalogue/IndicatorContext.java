package no.framdrift.ui.catalogue;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Window;
import no.framdrift.app.BackgroundTasks;
import no.framdrift.app.Workspace;
import no.framdrift.domain.Indicator;
import no.framdrift.ui.shell.Messages;

/**
 * What a tab of the indicator pane may use: the workspace's use cases, the texts, the task
 * runner, the definition's view model, and the indicator as loaded or last saved (null when
 * nothing is selected). Tabs reload themselves when {@link #indicator()} changes, and tabs that
 * show computed values also when {@link #recomputed()} changes (a recompute has finished).
 * {@link #selectedArea()} carries an area chosen in one tab (the map) to another (the Diagram tab).
 */
public record IndicatorContext(Workspace workspace, Messages messages, BackgroundTasks tasks,
                               IndicatorEditorViewModel editor, java.util.function.Supplier<Window> owner,
                               ReadOnlyLongProperty recomputed, ObjectProperty<SelectedArea> selectedArea) {

    /** A context whose tabs start with no area chosen. */
    public IndicatorContext(Workspace workspace, Messages messages, BackgroundTasks tasks,
                            IndicatorEditorViewModel editor, java.util.function.Supplier<Window> owner,
                            ReadOnlyLongProperty recomputed) {
        this(workspace, messages, tasks, editor, owner, recomputed, new SimpleObjectProperty<>());
    }

    /** A context without recompute notices (tests of single tabs). */
    public IndicatorContext(Workspace workspace, Messages messages, BackgroundTasks tasks,
                            IndicatorEditorViewModel editor, java.util.function.Supplier<Window> owner) {
        this(workspace, messages, tasks, editor, owner, new SimpleLongProperty(0));
    }

    public ReadOnlyObjectProperty<Indicator> indicator() {
        return editor.originalProperty();
    }

    /**
     * Asks the tabs to show this area's series: listeners of {@link #selectedArea()} hear it even
     * when the same area is chosen twice in a row.
     */
    public void showArea(SelectedArea area) {
        selectedArea.set(null);
        selectedArea.set(area);
    }
}
