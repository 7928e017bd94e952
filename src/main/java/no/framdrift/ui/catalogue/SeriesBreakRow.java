package no.framdrift.ui.catalogue;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import no.framdrift.domain.Period;
import no.framdrift.domain.SeriesBreak;

/** One editable break in the series: the period it starts and the footnote that explains it. */
public final class SeriesBreakRow {

    private final StringProperty period = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty periodInvalid = new SimpleBooleanProperty();

    public SeriesBreakRow() {
    }

    public SeriesBreakRow(SeriesBreak b) {
        period.set(b.period() == null ? "" : b.period());
        note.set(b.note() == null ? "" : b.note());
    }

    public StringProperty periodProperty() { return period; }
    public StringProperty noteProperty() { return note; }
    public BooleanProperty periodInvalidProperty() { return periodInvalid; }

    Observable[] observables() {
        return new Observable[] {period, note};
    }

    boolean periodUnreadable() {
        return Period.parse(period.get() == null ? "" : period.get().strip()).isEmpty();
    }

    SeriesBreak toSeriesBreak() {
        return new SeriesBreak(period.get() == null ? "" : period.get().strip(), note.get());
    }
}
