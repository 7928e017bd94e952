package no.framdrift.ui.values;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.framdrift.app.BackgroundTasks;
import no.framdrift.app.values.ValuesService;
import no.framdrift.app.Workspace;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Frequency;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.IndicatorKind;
import no.framdrift.domain.IndicatorValue;
import no.framdrift.domain.NorwegianFormat;
import no.framdrift.domain.Period;
import no.framdrift.domain.Unit;
import no.framdrift.ui.shell.Messages;

/**
 * The "Verdier" tab: an indicator's computed values as a table of periods and areas (registry
 * data) or subgroups (surveys), one row per period and area or subgroup, with the 95 % interval,
 * n and the provenance on hover; the breakdown and, for registry data, the granularity can be
 * chosen. Reading and computing run on the task runner, never on the window's thread.
 *
 * <p>The copied table is meant for Norwegian Excel: tab-separated, decimal comma, no thousands
 * separator (a plain space would turn "1 234" into text, and Excel's own separator is a no-break
 * space nobody types), shares as per-cent numbers with one decimal more than the screen ("52,3"
 * in a column headed "Verdi (%)") so they paste as numbers rather than as text or as fractions,
 * suppressed cells as ":" exactly as on screen, and nothing for what does not apply.
 */
public final class ValuesViewModel {

    /** One choice of breakdown: its label and the background variables it passes to the service. */
    public record Breakdown(String label, List<String> by) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** One shown row: the texts of its cells and the value behind them. */
    public record Row(String period, String breakdown, String value, String interval, String n, String growthOneYear,
                      String growthTwoYears, String note, String tooltip, IndicatorValue source) {
    }

    private record Loaded(Catalogue catalogue, List<String> variables, List<IndicatorValue> values) {
    }

    private final Workspace workspace;
    private final Messages m;
    private final BackgroundTasks tasks;

    private final ObservableList<Breakdown> breakdowns = FXCollections.observableArrayList();
    private final ObjectProperty<Breakdown> breakdown = new SimpleObjectProperty<>();
    private final ObservableList<Period.Granularity> granularities = FXCollections.observableArrayList();
    private final ObjectProperty<Period.Granularity> granularity = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper breakdownHeader = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper sample = new ReadOnlyBooleanWrapper(false);

    /** The values loaded, and whether any is drawn from the example data. */
    private record Shown(List<IndicatorValue> values, boolean sample) {
    }

    private Indicator indicator;
    private Catalogue catalogue;
    private List<IndicatorValue> values = List.of();
    /** Increases with every load, so a slow, older result never overwrites a newer one. */
    private long generation;
    /** True while the view model itself sets the choices, so that does not start another load. */
    private boolean updating;

    public ValuesViewModel(Workspace workspace, Messages messages, BackgroundTasks tasks) {
        this.workspace = workspace;
        this.m = messages;
        this.tasks = tasks;
        breakdown.addListener((o, was, now) -> {
            if (!updating && now != null && indicator != null) {
                loadValues();
            }
        });
        granularity.addListener((o, was, now) -> {
            if (!updating) {
                showRows();
            }
        });
    }

    /** Shows an indicator's values (null empties the table); the breakdown starts at the whole. */
    public void show(Indicator indicator) {
        this.indicator = indicator;
        long mine = ++generation;
        updating = true;
        breakdowns.clear();
        breakdown.set(null);
        granularities.clear();
        granularity.set(null);
        updating = false;
        rows.clear();
        values = List.of();
        if (indicator == null) {
            message.set("");
            loading.set(false);
            return;
        }
        loading.set(true);
        message.set(m.get("values.loading"));
        ValuesService service = workspace.values();
        tasks.run("values-" + indicator.code(), () -> {
            Catalogue c = workspace.catalogue().load();
            return new Loaded(c, service.backgroundVariables(indicator), service.stored(indicator.code()));
        }, loaded -> {
            if (mine != generation) {
                return;
            }
            catalogue = loaded.catalogue();
            updating = true;
            breakdowns.setAll(breakdownsFor(indicator, loaded.variables()));
            breakdown.set(breakdowns.get(0));
            updating = false;
            accept(loaded.values());
        }, this::failed);
    }

    /** Reads the values again (after a recompute), keeping the chosen breakdown and granularity. */
    public void reload() {
        if (indicator == null) {
            return;
        }
        if (breakdown.get() == null) {
            show(indicator);
        } else {
            loadValues();
        }
    }

    private void loadValues() {
        Indicator shown = indicator;
        List<String> by = breakdown.get().by();
        long mine = ++generation;
        loading.set(true);
        message.set(m.get("values.loading"));
        ValuesService service = workspace.values();
        tasks.run("values-" + shown.code(), () -> {
            Catalogue c = catalogue != null ? catalogue : workspace.catalogue().load();
            // The whole breakdown is what the last recompute stored; subgroups are computed live.
            List<IndicatorValue> list = by.isEmpty() ? service.stored(shown.code()) : service.compute(c, shown, by);
            return new Shown(list, service.anySample(list));
        }, result -> {
            if (mine == generation) {
                sample.set(result.sample());
                accept(result.values());
            }
        }, this::failed);
    }

    private void failed(Exception e) {
        loading.set(false);
        rows.clear();
        message.set(m.format("values.failed", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }

    private void accept(List<IndicatorValue> result) {
        values = List.copyOf(result);
        Period.Granularity keep = granularity.get();
        List<Period.Granularity> present = Arrays.stream(Period.Granularity.values()).sorted(
                        Comparator.comparingInt(Period.Granularity::perYear).reversed())
                .filter(g -> values.stream().anyMatch(v -> v.period().granularity() == g)).toList();
        updating = true;
        granularities.setAll(present);
        granularity.set(present.contains(keep) ? keep : defaultGranularity(present));
        updating = false;
        loading.set(false);
        breakdownHeader.set(header());
        showRows();
    }

    /** The indicator's own rhythm where the data have it, else the finest the data have. */
    private Period.Granularity defaultGranularity(List<Period.Granularity> present) {
        if (present.isEmpty()) {
            return null;
        }
        Frequency f = indicator.frequency();
        Period.Granularity wanted = f == null ? null : switch (f) {
            case LOPENDE -> Period.Granularity.MONTH;
            case KVARTALSVIS -> Period.Granularity.QUARTER;
            case ARLIG -> Period.Granularity.YEAR;
        };
        return present.contains(wanted) ? wanted : present.get(0);
    }

    private void showRows() {
        Period.Granularity g = granularity.get();
        List<IndicatorValue> shown = new ArrayList<>(values.stream()
                .filter(v -> g == null || v.period().granularity() == g).toList());
        // oldest first, as a series is read and charted; within a period the service's order
        shown.sort(Comparator.comparing(IndicatorValue::period));
        rows.setAll(shown.stream().map(this::row).toList());
        message.set(rows.isEmpty() && !loading.get() ? m.get("values.empty") : "");
    }

    private List<Breakdown> breakdownsFor(Indicator i, List<String> variables) {
        List<Breakdown> out = new ArrayList<>();
        if (isSurvey(i)) {
            out.add(new Breakdown(m.get("values.breakdown.whole"), List.of()));
            for (String v : variables) {
                out.add(new Breakdown(m.variable(v), List.of(v)));
            }
            for (int a = 0; a < variables.size(); a++) {
                for (int b = a + 1; b < variables.size(); b++) {
                    out.add(new Breakdown(m.variable(variables.get(a)) + " × " + m.variable(variables.get(b)),
                            List.of(variables.get(a), variables.get(b))));
                }
            }
        } else if (i.kind() == IndicatorKind.COMPOSITE) {
            out.add(new Breakdown(m.get("values.breakdown.parts"), List.of()));
        } else {
            out.add(new Breakdown(m.get("values.breakdown.areas"), List.of()));
        }
        return out;
    }

    private static boolean isSurvey(Indicator i) {
        return i.kind() == IndicatorKind.SURVEY_SHARE || i.kind() == IndicatorKind.AVERAGE_OF_SHARES;
    }

    private String header() {
        if (indicator == null) {
            return "";
        }
        if (indicator.kind() == IndicatorKind.COMPOSITE) {
            return m.get("values.col.part");
        }
        if (!isSurvey(indicator)) {
            return m.get("values.col.area");
        }
        Breakdown b = breakdown.get();
        if (b == null || b.by().isEmpty()) {
            return m.get("values.col.group");
        }
        return b.by().stream().map(ValuesViewModel::capitalised).collect(Collectors.joining(" × "));
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(NorwegianFormat.LOCALE) + s.substring(1);
    }

    // ---- formatting ---------------------------------------------------------------------------

    private Row row(IndicatorValue v) {
        boolean percent = isPercent(v);
        int d = indicator.decimals();
        String value = v.suppressed() ? ":" : v.value() == null ? "" : percent
                ? NorwegianFormat.percentOfFraction(v.value(), d) : NorwegianFormat.number(v.value(), d);
        String interval = v.ciLow() == null || v.ciHigh() == null ? "" : percent
                ? NorwegianFormat.number(v.ciLow() * 100, d) + "–" + NorwegianFormat.number(v.ciHigh() * 100, d) + " %"
                : NorwegianFormat.number(v.ciLow(), d) + "–" + NorwegianFormat.number(v.ciHigh(), d);
        String n = v.n() == null ? "" : NorwegianFormat.number(v.n(), 0);
        return new Row(m.period(v.period()), groupText(v), value, interval, n, growth(v.growthOneYear()),
                growth(v.growthTwoYears()), noteText(v), tooltip(v, percent), v);
    }

    /** Composite rows of a count part are counts; everything else follows the indicator's unit. */
    private boolean isPercent(IndicatorValue v) {
        if (v.group().startsWith("del=") && catalogue != null) {
            return catalogue.indicator(v.group().substring(4)).map(p -> p.unit() == Unit.PERCENT)
                    .orElse(indicator.unit() == Unit.PERCENT);
        }
        return indicator.unit() == Unit.PERCENT;
    }

    /** "Nasjonalt", "Hele utvalget", "Lege", "Lege × Helse Vest", or a part's name. */
    String groupText(IndicatorValue v) {
        if (v.group().isEmpty()) {
            if (isSurvey(indicator)) {
                return m.get("values.breakdown.whole");
            }
            // the nation is a word of the window's language; other areas are names (Bergensområdet)
            return IndicatorValue.NATIONAL.equals(v.area()) ? m.get("values.area.national") : v.area();
        }
        List<String> parts = new ArrayList<>();
        for (String pair : v.group().split("\\|")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? "" : pair.substring(0, eq);
            String value = eq < 0 ? pair : pair.substring(eq + 1);
            if (key.equals("del") && catalogue != null) {
                value = catalogue.indicator(value).map(Indicator::name).orElse(value);
            }
            parts.add(value);
        }
        return String.join(" × ", parts);
    }

    private static String noteText(IndicatorValue v) {
        // a composite part's note is its name, which the breakdown column already shows
        return v.note() == null || v.group().startsWith("del=") ? "" : v.note();
    }

    private static String growth(Double percent) {
        if (percent == null) {
            return "";
        }
        String n = NorwegianFormat.number(Math.abs(percent), 0);
        return n.equals("0") ? "0 %" : (percent > 0 ? "+" : "-") + n + " %";
    }

    private String tooltip(IndicatorValue v, boolean percent) {
        List<String> lines = new ArrayList<>();
        if (v.suppressed()) {
            lines.add(m.get("values.tip.suppressed"));
        }
        if (v.numerator() != null) {
            lines.add(m.format("values.tip.numerator", amount(v.numerator())));
        }
        if (v.denominator() != null) {
            lines.add(m.format("values.tip.denominator", amount(v.denominator())));
        }
        if (v.se() != null && percent) {
            lines.add(m.format("values.tip.se", NorwegianFormat.number(v.se() * 100, indicator.decimals() + 1)));
        }
        String note = noteText(v);
        if (!note.isEmpty()) {
            lines.add(m.format("values.tip.note", note));
        }
        if (v.batches() != null && !v.batches().isBlank()) {
            lines.add(m.format("values.tip.source", String.join(", ", v.batches().strip().split("\\s+"))));
        }
        return String.join("\n", lines);
    }

    /** Counts as whole numbers; weighted sums (survey numerators) with one decimal. */
    private static String amount(double x) {
        return NorwegianFormat.number(x, x == Math.rint(x) ? 0 : 1);
    }

    // ---- copy ---------------------------------------------------------------------------------

    /**
     * The shown rows as tab-separated text for Norwegian Excel (see the class comment), with a
     * header row; lines end with "\n".
     */
    public String copyText() {
        if (indicator == null) {
            return "";
        }
        boolean count = indicator.unit() == Unit.COUNT;
        List<String> header = new ArrayList<>(List.of(m.get("values.col.period"), breakdownHeader.get()));
        if (count) {
            header.addAll(List.of(m.get("values.col.count"), m.get("values.col.growth1") + " (%)",
                    m.get("values.col.growth2") + " (%)"));
        } else {
            header.addAll(List.of(m.get("values.col.value") + " (%)", m.get("values.col.low") + " (%)",
                    m.get("values.col.high") + " (%)", m.get("values.col.n")));
        }
        header.add(m.get("values.col.note"));
        StringBuilder sb = new StringBuilder();
        sb.append(String.join("\t", header)).append('\n');
        int d = indicator.decimals();
        for (Row r : rows) {
            IndicatorValue v = r.source();
            List<String> cells = new ArrayList<>(List.of(r.period(), r.breakdown()));
            if (count) {
                cells.add(v.suppressed() ? ":" : plain(v.value(), 1, d));
                cells.add(plain(v.growthOneYear(), 1, 1));
                cells.add(plain(v.growthTwoYears(), 1, 1));
            } else {
                boolean percent = isPercent(v);
                double scale = percent ? 100 : 1;
                int shown = percent ? d + 1 : d;
                cells.add(v.suppressed() ? ":" : plain(v.value(), scale, shown));
                cells.add(plain(v.ciLow(), scale, shown));
                cells.add(plain(v.ciHigh(), scale, shown));
                cells.add(v.n() == null ? "" : Long.toString(v.n()));
            }
            cells.add(r.note().replaceAll("[\\t\\r\\n]+", " "));
            sb.append(String.join("\t", cells)).append('\n');
        }
        return sb.toString();
    }

    /** Decimal comma, no thousands separator: what Norwegian Excel reads as a number. */
    private static String plain(Double x, double scale, int decimals) {
        return x == null ? "" : NorwegianFormat.number(x * scale, decimals).replace(" ", "");
    }

    // ---- properties ---------------------------------------------------------------------------

    public ObservableList<Breakdown> breakdowns() { return breakdowns; }
    public ObjectProperty<Breakdown> breakdownProperty() { return breakdown; }
    public ObservableList<Period.Granularity> granularities() { return granularities; }
    public ObjectProperty<Period.Granularity> granularityProperty() { return granularity; }
    public ObservableList<Row> rows() { return rows; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }

    /** True when the values shown come (in part) from the example data: the tab says "Eksempeldata". */
    public ReadOnlyBooleanProperty sampleProperty() { return sample.getReadOnlyProperty(); }
    /** Shown in place of the table: "Henter verdier …", "Ingen beregnede verdier ennå …" or a failure. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** The heading of the breakdown column: "Område", "Utvalg", "Profesjon × Region", "Del". */
    public ReadOnlyStringProperty breakdownHeaderProperty() { return breakdownHeader.getReadOnlyProperty(); }
    public boolean isCount() { return indicator != null && indicator.unit() == Unit.COUNT; }
    public Indicator indicator() { return indicator; }

    /** "Måned", "Kvartal" … for the granularity choice. */
    public String label(Period.Granularity g) {
        return g == null ? "" : m.get("values.granularity." + g.name());
    }
}
