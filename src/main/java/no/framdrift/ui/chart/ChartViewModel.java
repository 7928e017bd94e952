package no.framdrift.ui.chart;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import no.framdrift.app.BackgroundTasks;
import no.framdrift.app.export.ChartSpecs;
import no.framdrift.app.export.ExportService;
import no.framdrift.app.Workspace;
import no.framdrift.app.export.MapSpecs;
import no.framdrift.app.values.ValuesService;
import no.framdrift.domain.AreaLevel;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.IndicatorValue;
import no.framdrift.domain.Period;
import no.framdrift.report.chart.ChartSpec;
import no.framdrift.report.chart.ExportSize;
import no.framdrift.report.chart.ChartKind;
import no.framdrift.ui.shell.Messages;

/**
 * The Diagram tab without controls: the indicator's {@link ChartSpec} as {@link ChartSpecs}
 * builds it, the presenter's choices (areas or parts, period range, intervals, labels), remembered
 * per indicator, and the chart export with the last settings. An area level (municipalities,
 * counties, as the map has them) adds those areas' series to choose from; {@link #showArea} is
 * how a map click arrives.
 */
public final class ChartViewModel {

    private final Workspace workspace;
    private final Messages m;
    private final BackgroundTasks tasks;
    private final ChartPreferences prefs;
    private final ExportService exports;

    private final ReadOnlyObjectWrapper<ChartSpec> spec = new ReadOnlyObjectWrapper<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<String> choices = FXCollections.observableArrayList();
    private final ObservableSet<String> chosen = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableList<Period> periods = FXCollections.observableArrayList();
    private final ObjectProperty<Period> from = new SimpleObjectProperty<>();
    private final ObjectProperty<Period> to = new SimpleObjectProperty<>();
    private final BooleanProperty intervals = new SimpleBooleanProperty(true);
    private final BooleanProperty labels = new SimpleBooleanProperty(true);
    /** Survey subgroups: a background variable ("profesjon"), or null for the whole population. */
    private final ObjectProperty<String> breakdown = new SimpleObjectProperty<>();
    private final ObservableList<String> breakdowns = FXCollections.observableArrayList();
    /** The area level whose areas can be chosen as series, or null for the stored values (Norway, regions). */
    private final ObjectProperty<AreaLevel> areaLevel = new SimpleObjectProperty<>();
    private final ObservableList<AreaLevel> areaLevels = FXCollections.observableArrayList();
    /** The area to show once the values of its level are loaded (a click on the map), or null. */
    private String pendingArea;

    private Indicator indicator;
    private Catalogue catalogue;
    private List<IndicatorValue> values = List.of();
    /** True while choices are being restored, so restoring does not rebuild or save half a state. */
    private boolean restoring;

    public ChartViewModel(Workspace workspace, Messages messages, BackgroundTasks tasks, ChartPreferences prefs) {
        this.workspace = workspace;
        this.m = messages;
        this.tasks = tasks;
        this.prefs = prefs;
        this.exports = ExportService.of(workspace);
        Runnable changed = () -> {
            if (!restoring) {
                remember();
                rebuild();
            }
        };
        from.addListener((o, a, b) -> changed.run());
        to.addListener((o, a, b) -> changed.run());
        intervals.addListener((o, a, b) -> changed.run());
        labels.addListener((o, a, b) -> changed.run());
        chosen.addListener((javafx.collections.SetChangeListener<String>) c -> changed.run());
        // another breakdown means other values (computed live) and other series to choose from
        breakdown.addListener((o, a, b) -> {
            if (!restoring && indicator != null) {
                restoring = true;
                chosen.clear();
                if (b != null) {
                    areaLevel.set(null); // subgroups of a survey variable or areas of a level, not both
                }
                restoring = false;
                remember();
                show(indicator);
            }
        });
        areaLevel.addListener((o, a, b) -> {
            if (!restoring && indicator != null) {
                restoring = true;
                chosen.clear();
                if (b != null) {
                    breakdown.set(null);
                }
                restoring = false;
                remember();
                show(indicator);
            }
        });
    }

    /**
     * Shows one area's series beside the nation's: the values of the area's level are loaded and
     * the area (by the name its values carry) is the chosen series. What a click on the map does.
     */
    public void showArea(Indicator shown, AreaLevel level, String areaName) {
        restoring = true;
        areaLevel.set(level);
        breakdown.set(null);
        restoring = false;
        pendingArea = areaName;
        show(shown);
    }

    /** Shows the chart of an indicator (null clears), with the choices last made for it. */
    public void show(Indicator shown) {
        boolean another = indicator == null || shown == null || !indicator.code().equals(shown.code());
        if (another && pendingArea == null) {
            restoring = true;
            areaLevel.set(null); // each indicator starts with its stored series
            restoring = false;
        }
        this.indicator = shown;
        if (shown == null) {
            clear(m.get("chart.none"));
            return;
        }
        AreaLevel wantedLevel = areaLevel.get();
        tasks.run("chart-values", () -> {
            Catalogue c = workspace.catalogue().load();
            Indicator current = c.indicator(shown.code()).orElse(shown);
            List<String> variables = workspace.values().backgroundVariables(current);
            List<AreaLevel> levels = new java.util.ArrayList<>(exports.maps().levelsWithData(c, current));
            AreaLevel level = wantedLevel;
            if (level != null && !levels.contains(level) && level != AreaLevel.CUSTOM) {
                level = null;
            }
            if (level == AreaLevel.CUSTOM) {
                levels.add(level); // Bergensområdet clicked on the map: its level joins the choices
            }
            String by = level != null ? null : prefs.choices(shown.code()).breakdown();
            if (by != null && !variables.contains(by)) {
                by = null;
            }
            List<IndicatorValue> vals = by == null ? workspace.values().stored(shown.code())
                    : workspace.values().compute(c, current, List.of(by));
            if (level != null) {
                vals = withAreas(vals, workspace.values().byLevel(c, current, level));
            }
            return new Loaded(c, vals, variables, by, levels, level);
        }, loaded -> {
            if (indicator != shown) {
                return;
            }
            catalogue = loaded.catalogue();
            values = loaded.values();
            restoring = true;
            breakdowns.setAll(loaded.breakdowns());
            breakdown.set(loaded.breakdown());
            areaLevels.setAll(loaded.levels());
            areaLevel.set(loaded.level());
            restoring = false;
            restore(shown);
            String area = pendingArea;
            pendingArea = null;
            if (area != null && choices.contains(area)) {
                restoring = true;
                chosen.clear();
                if (choices.contains(IndicatorValue.NATIONAL)) {
                    chosen.add(IndicatorValue.NATIONAL);
                }
                chosen.add(area);
                restoring = false;
            }
            rebuild();
        }, e -> clear(m.format("chart.failed", String.valueOf(e.getMessage()))));
    }

    /** Reloads the values (after a recompute). */
    public void reload() {
        show(indicator);
    }

    private record Loaded(Catalogue catalogue, List<IndicatorValue> values, List<String> breakdowns, String breakdown,
                          List<AreaLevel> levels, AreaLevel level) {
    }

    /** The stored values and those of one level's areas, each (area, group, period) once. */
    private static List<IndicatorValue> withAreas(List<IndicatorValue> stored, List<ValuesService.AreaValue> byArea) {
        List<IndicatorValue> out = new java.util.ArrayList<>(stored);
        Set<String> seen = new java.util.HashSet<>();
        stored.forEach(v -> seen.add(v.area() + "|" + v.group() + "|" + v.period()));
        for (ValuesService.AreaValue av : byArea) {
            IndicatorValue v = av.value();
            if (seen.add(v.area() + "|" + v.group() + "|" + v.period())) {
                out.add(v);
            }
        }
        return out;
    }

    private void clear(String text) {
        restoring = true;
        choices.clear();
        chosen.clear();
        periods.clear();
        breakdowns.clear();
        breakdown.set(null);
        areaLevels.clear();
        areaLevel.set(null);
        from.set(null);
        to.set(null);
        restoring = false;
        spec.set(null);
        message.set(text);
    }

    private void restore(Indicator shown) {
        restoring = true;
        try {
            ChartSpecs specs = screenSpecs();
            Indicator current = catalogue.indicator(shown.code()).orElse(shown);
            choices.setAll(specs.seriesChoices(catalogue, current, values));
            ChartSpecs.Options all = ChartSpecs.Options.DEFAULTS;
            List<Period> shownPeriods = specs.build(catalogue, current, values, all)
                    .map(s -> s.kind() == no.framdrift.report.chart.ChartKind.SMALL_MULTIPLES
                            ? s.panels().stream().flatMap(p -> p.categories().stream()).distinct().sorted().toList()
                            : s.categories())
                    .orElse(List.of());
            periods.setAll(valuePeriods(shownPeriods));
            ChartPreferences.Choices saved = prefs.choices(shown.code());
            chosen.clear();
            saved.series().stream().filter(choices::contains).forEach(chosen::add);
            from.set(periods.contains(saved.from()) ? saved.from() : null);
            to.set(periods.contains(saved.to()) ? saved.to() : null);
            intervals.set(saved.intervals());
            labels.set(saved.labels());
        } finally {
            restoring = false;
        }
    }

    /** Periods with a value of the data (not the empty years a progress chart runs on to 2030). */
    private List<Period> valuePeriods(List<Period> categories) {
        Set<Period> withValue = new java.util.HashSet<>();
        values.forEach(v -> withValue.add(v.period()));
        List<Period> out = categories.stream().filter(withValue::contains).toList();
        // every value period of the data's granularity, so a monthly chart can show earlier months
        Set<Period.Granularity> granularities = new java.util.HashSet<>();
        out.forEach(p -> granularities.add(p.granularity()));
        return values.stream().map(IndicatorValue::period).filter(p -> granularities.contains(p.granularity()))
                .distinct().sorted().toList();
    }

    private void remember() {
        if (indicator != null) {
            // areas of a level chosen from the map are for now: the remembered series stay the stored ones
            Set<String> series = areaLevel.get() == null ? Set.copyOf(chosen) : prefs.choices(indicator.code()).series();
            prefs.choices(indicator.code(), new ChartPreferences.Choices(series, from.get(), to.get(),
                    intervals.get(), labels.get(), breakdown.get()));
        }
    }

    /** The options as chosen now. */
    public ChartSpecs.Options options() {
        Set<String> series = Set.copyOf(chosen);
        if (series.isEmpty() && areaLevel.get() != null && choices.contains(IndicatorValue.NATIONAL)) {
            series = Set.of(IndicatorValue.NATIONAL); // not 357 lines at once: the nation until an area is chosen
        }
        return new ChartSpecs.Options(series, from.get(), to.get(), intervals.get(), labels.get(), null,
                breakdown.get());
    }

    private void rebuild() {
        if (indicator == null || catalogue == null) {
            return;
        }
        Indicator current = catalogue.indicator(indicator.code()).orElse(indicator);
        Optional<ChartSpec> built = screenSpecs().build(catalogue, current, values, options());
        spec.set(built.orElse(null));
        message.set(built.isPresent() ? "" : m.get(values.isEmpty() ? "chart.nodata" : "chart.nothing.chosen"));
    }

    /** The charts on screen speak the window's language; what leaves the window is Norwegian. */
    private ChartSpecs screenSpecs() {
        return exports.specs().in(m.language().locale());
    }

    /**
     * The chart shown now as it is exported and published: the same choices, written in Norwegian
     * (docs/decisions/0015-published-outputs-in-norwegian.md); empty when nothing is shown.
     */
    public Optional<ChartSpec> published() {
        if (indicator == null || catalogue == null || spec.get() == null) {
            return Optional.empty();
        }
        Indicator current = catalogue.indicator(indicator.code()).orElse(indicator);
        return exports.specs().build(catalogue, current, values, options());
    }

    /** Writes the chart shown now, in Norwegian, to {@code file} (format by extension) and remembers it for Ctrl+E. */
    public void export(Path file, ExportSize size, Consumer<Path> done, Consumer<Exception> failed) {
        ChartSpec current = published().orElse(null);
        if (current == null) {
            failed.accept(new IllegalStateException(m.get("chart.nodata")));
            return;
        }
        prefs.lastExport(new ChartPreferences.LastExport(file, size));
        prefs.lastFolder(file.toAbsolutePath().getParent());
        tasks.run("chart-export", () -> exports.exportChart(current, file, size), done::accept, failed::accept);
    }

    /** Exports again to the last file with the last size; false when nothing was exported before. */
    public boolean exportAgain(Consumer<Path> done, Consumer<Exception> failed) {
        Optional<ChartPreferences.LastExport> last = prefs.lastExport();
        if (last.isEmpty() || spec.get() == null) {
            return false;
        }
        export(last.get().file(), last.get().size(), done, failed);
        return true;
    }

    public ChartPreferences preferences() {
        return prefs;
    }

    public ReadOnlyObjectProperty<ChartSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObservableList<String> choices() {
        return choices;
    }

    public ObservableSet<String> chosen() {
        return chosen;
    }

    public ObservableList<Period> periods() {
        return periods;
    }

    public ObjectProperty<Period> fromProperty() {
        return from;
    }

    public ObjectProperty<Period> toProperty() {
        return to;
    }

    public BooleanProperty intervalsProperty() {
        return intervals;
    }

    /** The background variable whose subgroups are shown; null for the whole population. */
    public ObjectProperty<String> breakdownProperty() {
        return breakdown;
    }

    /** The background variables of a survey indicator (empty for registry kinds). */
    public ObservableList<String> breakdowns() {
        return breakdowns;
    }

    /** The area level whose areas are series to choose from; null for the stored values. */
    public ObjectProperty<AreaLevel> areaLevelProperty() {
        return areaLevel;
    }

    /** The levels with values per area (as the map has them); empty for a composite. */
    public ObservableList<AreaLevel> areaLevels() {
        return areaLevels;
    }

    /** "Kommuner", "Fylker", "Helseregioner" as the map says them, in the window's language. */
    public String areaLevelLabel(AreaLevel level) {
        return MapSpecs.levelLabel(level, m.language().locale());
    }

    public BooleanProperty labelsProperty() {
        return labels;
    }

    public Optional<Indicator> indicator() {
        return Optional.ofNullable(indicator);
    }
}
