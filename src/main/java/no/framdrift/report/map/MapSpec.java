package no.framdrift.report.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.framdrift.domain.AreaLevel;

/**
 * Everything one map shows, built once from data and drawn by every target (screen, PNG, SVG, PDF,
 * the deck's slide), as {@code ChartSpec} is for charts.
 *
 * @param level        the division the areas belong to (municipality, county, health region)
 * @param areas        every area of that level, with a value, suppressed or without data
 * @param overlays     custom areas (Bergensområdet) drawn on top with their own value; may be empty
 * @param valueHeading the legend's heading, e.g. "Andel av innbyggerne, 3. kvartal 2025"
 * @param sampleData   drawn from the example workspace: marked "Eksempeldata – ikke offisielle tall"
 */
public record MapSpec(String title, String subtitle, AreaLevel level, List<MapArea> areas, List<MapArea> overlays,
                      MapClasses classes, String valueHeading, String source, List<String> notes,
                      boolean sampleData) {

    /** The attribution Kartverket's licence (CC BY 4.0) asks for, on every map. */
    public static final String CREDIT = "Kartgrunnlag: © Kartverket (CC BY 4.0)";
    /** The same words as on charts: example data must never pass for official figures. */
    public static final String SAMPLE_MARK = no.framdrift.report.chart.ChartSpec.SAMPLE_MARK;

    public MapSpec {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(level, "level");
        areas = List.copyOf(areas);
        overlays = List.copyOf(overlays);
        notes = List.copyOf(notes);
        subtitle = subtitle == null ? "" : subtitle;
        valueHeading = valueHeading == null ? "" : valueHeading;
        source = source == null ? "" : source;
    }

    /** A map whose classes are made from its own areas' and overlays' values. */
    public static MapSpec of(String title, String subtitle, AreaLevel level, List<MapArea> areas, List<MapArea> overlays,
                             boolean percent, String valueHeading, String source, List<String> notes, boolean sampleData) {
        List<Double> values = new ArrayList<>();
        areas.forEach(a -> values.add(a.value()));
        overlays.forEach(a -> values.add(a.value()));
        return new MapSpec(title, subtitle, level, areas, overlays, MapClasses.of(values, percent), valueHeading, source,
                notes, sampleData);
    }

    public List<MapArea> suppressed() {
        return areas.stream().filter(a -> a.state() == MapArea.State.SUPPRESSED).toList();
    }

    public Optional<MapArea> area(String code) {
        return areas.stream().filter(a -> a.code().equals(code)).findFirst()
                .or(() -> overlays.stream().filter(a -> a.code().equals(code)).findFirst());
    }

    /** The map as a table (name, value, detail), for slide notes and screen readers. */
    public List<List<String>> table() {
        List<List<String>> rows = new ArrayList<>();
        for (MapArea a : areas) {
            rows.add(List.of(a.name(), a.state() == MapArea.State.NO_DATA ? "ingen data" : a.valueText(), a.detail()));
        }
        for (MapArea a : overlays) {
            rows.add(List.of(a.name(), a.state() == MapArea.State.NO_DATA ? "ingen data" : a.valueText(), a.detail()));
        }
        return rows;
    }
}
