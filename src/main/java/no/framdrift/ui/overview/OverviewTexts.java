package no.framdrift.ui.overview;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import no.framdrift.app.overview.DueItem;
import no.framdrift.app.overview.OverviewTile;
import no.framdrift.app.overview.TileChange;
import no.framdrift.domain.NorwegianFormat;
import no.framdrift.domain.Status;
import no.framdrift.domain.Unit;
import no.framdrift.stats.Change;
import no.framdrift.stats.ProgressStatus;

/**
 * The overview's texts: the {@code i18n/overview} bundle and the Norwegian number format. No
 * JavaFX here, so every visible string can be tested without a window.
 */
public final class OverviewTexts {

    public static final String BUNDLE = "i18n.overview";
    public static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ResourceBundle bundle;
    private final Locale locale;

    public OverviewTexts(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM's default locale: an English machine must still show bokmål by default.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static OverviewTexts norwegian() {
        return new OverviewTexts(NORWEGIAN);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    public String status(Status status) {
        return status == null ? "" : get("status." + status.name());
    }

    static boolean partsHaveData(OverviewTile tile) {
        return tile.parts().stream().anyMatch(OverviewTile::hasData);
    }

    public String progress(ProgressStatus progress) {
        return get("progress." + progress.name());
    }

    /** "52 %", "12,1 %", "244"; ":" for a suppressed value; "Ingen data" when there is none. */
    public String value(OverviewTile tile) {
        if (!tile.hasData()) {
            // a composite whose parts have values but no common period has no value of its own
            return get(partsHaveData(tile) ? "value.none.composite" : "value.none");
        }
        if (tile.latestValue() == null) {
            return get("value.suppressed");
        }
        return value(tile.latestValue(), tile.unit(), tile.decimals());
    }

    public static String value(double v, Unit unit, int decimals) {
        return unit == Unit.PERCENT ? NorwegianFormat.percentOfFraction(v, decimals) : NorwegianFormat.number(v, decimals);
    }

    /** "okt.25", "2024", "1. halvår 2025"; empty without data. */
    public String period(OverviewTile tile) {
        return tile.latestPeriodIfAny().map(p -> p.label(locale)).orElse("");
    }

    public static String arrow(Change.Direction direction) {
        return switch (direction) {
            case UP -> "▲";
            case DOWN -> "▼";
            case UNCHANGED -> "▶";
        };
    }

    /** "+7 prosentpoeng siden 2023", "+33 % siden 1. halvår 2024"; the break text when not comparable. */
    public String change(TileChange change, int decimals) {
        if (!change.comparable()) {
            return format("change.break", change.from().label(locale));
        }
        String sign = change.amount() > 0 ? "+" : "";
        if (change.unit() == TileChange.AmountUnit.PERCENTAGE_POINTS) {
            return format("change.points", sign + NorwegianFormat.number(change.amount(), decimals), change.from().label(locale));
        }
        return format("change.percent", sign + NorwegianFormat.number(change.amount(), 0), change.from().label(locale));
    }

    /** "utenfor feilmarginen" / "innenfor feilmarginen"; empty when the change was not tested or not comparable. */
    public String margin(TileChange change) {
        if (!change.marginTested() || !change.comparable()) {
            return "";
        }
        return get(change.outsideMargin() ? "change.outside" : "change.inside");
    }

    public String asOf(LocalDate date) {
        return format("overview.asOf", DATE.format(date));
    }

    /** The first line of a due row: what is awaited. */
    public String dueWhat(DueItem item) {
        if (item.neverReported()) {
            return get("due.newData.never");
        }
        return item.kind() == DueItem.Kind.NEW_DATA
                ? format("due.newData", item.awaited().label(locale))
                : format("due.assessment", item.awaited().label(locale));
    }

    /** The second line: how late, or when it falls due. */
    public String dueWhen(DueItem item) {
        if (item.neverReported()) {
            return get("due.overdue.never");
        }
        if (item.overdue()) {
            return format("due.overdue", item.daysLate(), item.duePeriod().label(locale));
        }
        return format("due.dueNow", item.duePeriod().label(locale));
    }

    public String accessible(OverviewTile tile) {
        return format("tile.accessible", tile.name(), status(tile.status()), value(tile), period(tile),
                progress(tile.progress()));
    }
}
