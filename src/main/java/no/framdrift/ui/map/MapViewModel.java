package no.framdrift.ui.map;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.framdrift.app.BackgroundTasks;
import no.framdrift.app.Workspace;
import no.framdrift.app.export.ExportService;
import no.framdrift.app.export.MapSpecs;
import no.framdrift.domain.AreaLevel;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.Period;
import no.framdrift.report.map.MapArea;
import no.framdrift.report.map.MapSpec;
import no.framdrift.ui.shell.Messages;

/**
 * The "Kart" tab without controls: the levels and periods the indicator has values for, the
 * chosen ones, the map built in the background from the same values as {@code export map}, the
 * tooltip text of an area and the area last clicked. The map on screen is written in the window's
 * language; what is exported is the same map in Norwegian ({@link #published()}, decision 0015).
 */
public final class MapViewModel {

    private final Workspace workspace;
    private final Messages m;
    private final BackgroundTasks tasks;
    private final ExportService exports;

    private final ObservableList<AreaLevel> levels = FXCollections.observableArrayList();
    private final ObservableList<Period> periods = FXCollections.observableArrayList();
    private final ObjectProperty<AreaLevel> level = new SimpleObjectProperty<>();
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<MapSpec> spec = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObjectProperty<MapArea> selected = new SimpleObjectProperty<>();
    /** The map's areas by name (overlays too), for choosing one without a mouse. */
    private final ObservableList<MapArea> areas = FXCollections.observableArrayList();
    private Indicator indicator;
    private boolean filling;

    public MapViewModel(Workspace workspace, Messages messages, BackgroundTasks tasks) {
        this.workspace = workspace;
        this.m = messages;
        this.tasks = tasks;
        this.exports = ExportService.of(workspace);
        level.addListener((o, a, b) -> {
            if (!filling) {
                loadPeriods();
            }
        });
        spec.addListener((o, a, b) -> {
            java.text.Collator norwegian = java.text.Collator.getInstance(no.framdrift.domain.NorwegianFormat.LOCALE);
            java.util.List<MapArea> all = new java.util.ArrayList<>();
            if (b != null) {
                all.addAll(b.areas());
                all.addAll(b.overlays());
                all.sort(java.util.Comparator.comparing(MapArea::name, norwegian));
            }
            MapArea keep = selected.get();
            areas.setAll(all);
            selected.set(keep == null ? null : all.stream().filter(x -> x.code().equals(keep.code())).findFirst().orElse(null));
        });
        period.addListener((o, a, b) -> {
            if (!filling) {
                build();
            }
        });
    }

    private record Choices(List<AreaLevel> levels, List<Period> periods, AreaLevel level) {
    }

    /** Shows this indicator (null: nothing). */
    public void load(Indicator indicator) {
        this.indicator = indicator;
        spec.set(null);
        selected.set(null);
        if (indicator == null) {
            return;
        }
        AreaLevel wanted = level.get();
        tasks.run("map-levels", () -> {
            Catalogue c = workspace.catalogue().load();
            List<AreaLevel> l = exports.maps().levelsWithData(c, indicator);
            AreaLevel chosen = l.contains(wanted) ? wanted : l.isEmpty() ? null : l.get(0);
            List<Period> p = chosen == null ? List.of() : exports.maps().periods(c, indicator, chosen);
            return new Choices(l, p, chosen);
        }, choices -> {
            filling = true;
            levels.setAll(choices.levels());
            periods.setAll(choices.periods());
            level.set(choices.level());
            period.set(choices.periods().isEmpty() ? null : choices.periods().get(0));
            filling = false;
            message.set(choices.levels().isEmpty() ? m.get("map.none") : "");
            build();
        }, e -> message.set(e.getMessage()));
    }

    private void loadPeriods() {
        Indicator current = indicator;
        AreaLevel l = level.get();
        if (current == null || l == null) {
            return;
        }
        Period wanted = period.get();
        tasks.run("map-periods", () -> exports.maps().periods(workspace.catalogue().load(), current, l), list -> {
            filling = true;
            periods.setAll(list);
            period.set(list.contains(wanted) ? wanted : list.isEmpty() ? null : list.get(0));
            filling = false;
            build();
        }, e -> message.set(e.getMessage()));
    }

    private void build() {
        Indicator current = indicator;
        AreaLevel l = level.get();
        Period p = period.get();
        if (current == null || l == null) {
            spec.set(null);
            return;
        }
        tasks.run("map", () -> screenMaps().build(workspace.catalogue().load(), current, l, Optional.ofNullable(p)),
                built -> {
                    if (current != indicator || l != level.get() || !java.util.Objects.equals(p, period.get())) {
                        return; // another indicator, level or period was chosen meanwhile: its map follows
                    }
                    spec.set(built.orElse(null));
                    message.set(built.isPresent() ? "" : m.get("map.none"));
                }, e -> message.set(e.getMessage()));
    }

    /** The maps on screen speak the window's language; what leaves the window is Norwegian. */
    private MapSpecs screenMaps() {
        return exports.maps().in(m.language().locale());
    }

    /**
     * The map shown now as it is exported and published: the same indicator, level and period,
     * written in Norwegian; empty when nothing is shown. It is built from the store, so the window
     * exports through {@link #export} in the background.
     */
    public Optional<MapSpec> published() {
        if (indicator == null || level.get() == null || spec.get() == null) {
            return Optional.empty();
        }
        return norwegian(indicator, level.get(), period.get());
    }

    private Optional<MapSpec> norwegian(Indicator shown, AreaLevel l, Period p) {
        return exports.maps().build(workspace.catalogue().load(), shown, l, Optional.ofNullable(p));
    }

    /** Writes the map shown now, in Norwegian, to {@code file} (format by extension). */
    public void export(java.nio.file.Path file, no.framdrift.report.chart.ExportSize size,
                       java.util.function.Consumer<java.nio.file.Path> done,
                       java.util.function.Consumer<Exception> failed) {
        Indicator shown = indicator;
        AreaLevel l = level.get();
        Period p = period.get();
        if (shown == null || l == null || spec.get() == null) {
            failed.accept(new IllegalStateException(m.get("map.none")));
            return;
        }
        tasks.run("map-export", () -> {
            MapSpec spec = norwegian(shown, l, p).orElseThrow(() -> new IllegalStateException(m.get("map.none")));
            return exports.exportMap(spec, file, size);
        }, done::accept, failed::accept);
    }

    /** "Bergen: 52 % (95 %-intervall 48–56 %)", ": (prikket)" or "ingen data". */
    public String tooltip(MapArea a) {
        return switch (a.state()) {
            case VALUE -> a.name() + ": " + a.valueText() + (a.detail().isBlank() ? "" : "\n" + a.detail());
            case SUPPRESSED -> a.name() + ": " + m.get("map.suppressed");
            case NO_DATA -> a.name() + ": " + m.get("map.nodata");
        };
    }

    /** The period as the map's subtitle says it, in the window's language: "3. kvartal 2025" / "Q3 2025". */
    public String periodLabel(Period p) {
        return MapSpecs.longLabel(p, m.language().locale());
    }

    /** The level's name in the chooser, in the window's language: "Fylker" / "Counties". */
    public String levelLabel(AreaLevel l) {
        return MapSpecs.levelLabel(l, m.language().locale());
    }

    public ObservableList<AreaLevel> levels() {
        return levels;
    }

    public ObservableList<Period> periods() {
        return periods;
    }

    public ObjectProperty<AreaLevel> level() {
        return level;
    }

    public ObjectProperty<Period> period() {
        return period;
    }

    public ReadOnlyObjectProperty<MapSpec> spec() {
        return spec.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** The level an area of the map shown belongs to: the map's level, or custom for an overlay (Bergensområdet). */
    public AreaLevel levelOf(MapArea a) {
        MapSpec s = spec.get();
        if (s != null && s.overlays().stream().anyMatch(o -> o.code().equals(a.code()))) {
            return AreaLevel.CUSTOM;
        }
        return s == null ? level.get() : s.level();
    }

    /** The areas of the map shown, by name. */
    public ObservableList<MapArea> areas() {
        return areas;
    }

    /** The area last clicked on the map or chosen in the list. */
    public ObjectProperty<MapArea> selected() {
        return selected;
    }
}
