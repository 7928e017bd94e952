package no.framdrift.ui.imports;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * One editable row of the wizard's mapping table; any edit tells the wizard, which rebuilds the
 * profile. A question's answers, positive and excluded answers are lists of labels chosen from the
 * column's values (never typed).
 */
public final class MappingRow {

    private final String column;
    private final ObjectProperty<ColumnRole> role;
    private final StringProperty indicator;
    private final ObservableList<String> answers;
    private final ObservableList<String> positive;
    private final ObservableList<String> excluded;

    MappingRow(ProfileMapping.Row row, Runnable onEdit) {
        this.column = row.column();
        this.role = new SimpleObjectProperty<>(row.role());
        this.indicator = new SimpleStringProperty(row.indicator());
        this.answers = FXCollections.observableArrayList(row.answers());
        this.positive = FXCollections.observableArrayList(row.positive());
        this.excluded = FXCollections.observableArrayList(row.excluded());
        role.addListener((o, was, now) -> onEdit.run());
        indicator.addListener((o, was, now) -> onEdit.run());
        ListChangeListener<String> edited = c -> onEdit.run();
        answers.addListener(edited);
        positive.addListener(edited);
        excluded.addListener(edited);
    }

    ProfileMapping.Row row() {
        return new ProfileMapping.Row(column, role.get() == null ? ColumnRole.IGNORE : role.get(), indicator.get(),
                List.copyOf(answers), List.copyOf(positive), List.copyOf(excluded));
    }

    String column() { return column; }
    ObjectProperty<ColumnRole> roleProperty() { return role; }
    StringProperty indicatorProperty() { return indicator; }
    ObservableList<String> answers() { return answers; }
    ObservableList<String> positive() { return positive; }
    ObservableList<String> excluded() { return excluded; }
}
