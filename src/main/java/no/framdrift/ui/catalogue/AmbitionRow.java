package no.framdrift.ui.catalogue;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import no.framdrift.domain.Ambition;

/**
 * One editable ambition: year, target as typed (empty or "XX" = not yet set, never 0) and the
 * deck's label. The flags mark the cells the rules reject.
 */
public final class AmbitionRow {

    private final StringProperty year = new SimpleStringProperty("");
    private final StringProperty target = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty yearInvalid = new SimpleBooleanProperty();
    private final BooleanProperty targetInvalid = new SimpleBooleanProperty();

    public AmbitionRow() {
    }

    public AmbitionRow(Ambition a) {
        year.set(Integer.toString(a.year()));
        target.set(a.isSet() ? formatTarget(a.target()) : "");
        text.set(a.text() == null ? "" : a.text());
    }

    public StringProperty yearProperty() { return year; }
    public StringProperty targetProperty() { return target; }
    public StringProperty textProperty() { return text; }
    public BooleanProperty yearInvalidProperty() { return yearInvalid; }
    public BooleanProperty targetInvalidProperty() { return targetInvalid; }

    Observable[] observables() {
        return new Observable[] {year, target, text};
    }

    Optional<Integer> parsedYear() {
        try {
            return Optional.of(Integer.parseInt(year.get().strip()));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** True when the target cell holds something that is neither a number nor "not set". */
    boolean targetUnreadable() {
        return !targetNotSet() && parsedTarget().isEmpty();
    }

    boolean targetNotSet() {
        String t = target.get() == null ? "" : target.get().strip();
        return t.isEmpty() || t.equalsIgnoreCase("XX");
    }

    /** "25", "25,5", "25 %" → 25.0 / 25.5; empty or "XX" → empty. */
    Optional<Double> parsedTarget() {
        if (targetNotSet()) {
            return Optional.empty();
        }
        String t = target.get().replace("%", "").replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        try {
            return Optional.of(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The ambition as the domain keeps it; an unreadable year becomes 0 so the year rule names it. */
    Ambition toAmbition() {
        String label = text.get() == null || text.get().isBlank() ? null : text.get().strip();
        return new Ambition(parsedYear().orElse(0), parsedTarget().orElse(null), label);
    }

    static String formatTarget(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s=%s (%s)", year.get(), target.get(), text.get());
    }
}
