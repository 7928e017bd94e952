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

    /** Whether targets are per cent (the indicator's unit); the automatic text says "80 %" or "80". */
    private java.util.function.BooleanSupplier percent = () -> true;

    public AmbitionRow() {
        follow();
    }

    public AmbitionRow(Ambition a) {
        year.set(Integer.toString(a.year()));
        target.set(a.isSet() ? formatTarget(a.target()) : "");
        text.set(a.text() == null ? "" : a.text());
        follow();
    }

    /**
     * The text follows year and target ("80 % i 2030", "XX % i 2030" while not set) as long as it is
     * empty or still the text the previous year and target gave; a text the steward wrote is kept.
     */
    private void follow() {
        javafx.beans.value.ChangeListener<String> update = (o, was, now) -> {
            String before = o == target ? autoText(year.get(), was) : autoText(was, target.get());
            String current = text.get() == null ? "" : text.get().strip();
            if (current.isEmpty() || current.equals(before) || isOldStyleAuto(current)) {
                text.set(autoText(year.get(), target.get()));
            }
        };
        target.addListener(update);
        year.addListener(update);
    }

    /** The seed's own labels ("Ambisjon 2030 (XX %)") count as automatic too. */
    private boolean isOldStyleAuto(String current) {
        return current.matches("Ambisjon \\d{4} \\((XX|\\d+([,.]\\d+)?) ?%?\\)");
    }

    void unitIsPercent(java.util.function.BooleanSupplier percent) {
        this.percent = percent;
    }

    /** "80 % i 2030"; "XX % i 2030" while the target is not set; "1 000 i 2030" for a count. */
    String autoText(String y, String t) {
        String yy = y == null ? "" : y.strip();
        String tt = t == null ? "" : t.strip().replace("%", "").strip();
        boolean unset = tt.isEmpty() || tt.equalsIgnoreCase("XX");
        return (unset ? "XX" : tt) + (percent.getAsBoolean() ? " %" : "") + " i " + yy;
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
