package no.framdrift.ui.imports;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable row of the wizard's mapping table; any edit tells the wizard, which rebuilds the profile. */
public final class MappingRow {

    private final String column;
    private final ObjectProperty<ColumnRole> role;
    private final StringProperty indicator;
    private final StringProperty answers;
    private final StringProperty positive;

    MappingRow(ProfileMapping.Row row, Runnable onEdit) {
        this.column = row.column();
        this.role = new SimpleObjectProperty<>(row.role());
        this.indicator = new SimpleStringProperty(row.indicator());
        this.answers = new SimpleStringProperty(row.answers());
        this.positive = new SimpleStringProperty(row.positive());
        role.addListener((o, was, now) -> onEdit.run());
        indicator.addListener((o, was, now) -> onEdit.run());
        answers.addListener((o, was, now) -> onEdit.run());
        positive.addListener((o, was, now) -> onEdit.run());
    }

    ProfileMapping.Row row() {
        return new ProfileMapping.Row(column, role.get() == null ? ColumnRole.IGNORE : role.get(), indicator.get(),
                answers.get(), positive.get());
    }

    String column() { return column; }
    ObjectProperty<ColumnRole> roleProperty() { return role; }
    StringProperty indicatorProperty() { return indicator; }
    StringProperty answersProperty() { return answers; }
    StringProperty positiveProperty() { return positive; }
}
