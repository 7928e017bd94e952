package no.framdrift.report.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import no.framdrift.domain.AreaLevel;
import no.framdrift.domain.Texts;

/**
 * Everything one map shows, built once from data and drawn by every target (screen, PNG, SVG, PDF,
 * the deck's slide), as {@code ChartSpec} is for charts.
 *
 * @param level        the division the areas belong to (municipality, county, health region)
 * @param areas        every area of that level, with a value, suppressed or without data
 * @param overlays     custom areas (Bergensområdet) drawn on top with their own value; may be empty
 * @param valueHeading the legend's heading, e.g. "Andel av innbyggerne, 3. kvartal 2025"
 * @param sampleData   drawn from the example workspace: marked "Eksempeldata – ikke offisielle tall"
 * @param locale       the language the map is written in: the legend's and footer's words and the
 *                     numbers. Norwegian for everything published (decision 0015); the window's
 *                     language for the Kart tab
 */
public record MapSpec(String title, String subtitle, AreaLevel level, List<MapArea> areas, List<MapArea> overlays,
                      MapClasses classes, String valueHeading, String source, List<String> notes,
                      boolean sampleData, Locale locale) {

    /** The attribution Kartverket's licence (CC BY 4.0) asks for, on every map (Norwegian, as published). */
    public static final String CREDIT = "Kartgrunnlag: © Kartverket (CC BY 4.0)";
    /** The same words as on charts: example data must never pass for official figures. */
    public static final String SAMPLE_MARK = no.framdrift.report.chart.ChartSpec.SAMPLE_MARK;

    /** A map in Norwegian, as published. */
    public MapSpec(String title, String subtitle, AreaLevel level, List<MapArea> areas, List<MapArea> overlays,
                   MapClasses classes, String valueHeading, String source, List<String> notes, boolean sampleData) {
        this(title, subtitle, level, areas, overlays, classes, valueHeading, source, notes, sampleData, Texts.NORWEGIAN);
    }

    public MapSpec {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(level, "level");
        areas = List.copyOf(areas);
        overlays = List.copyOf(overlays);
        notes = List.copyOf(notes);
        subtitle = subtitle == null ? "" : subtitle;
        valueHeading = valueHeading == null ? "" : valueHeading;
        source = source == null ? "" : source;
        locale = locale == null ? Texts.NORWEGIAN : locale;
    }

    /** A map in Norwegian whose classes are made from its own areas' and overlays' values. */
    public static MapSpec of(String title, String subtitle, AreaLevel level, List<MapArea> areas, List<MapArea> overlays,
                             boolean percent, String valueHeading, String source, List<String> notes, boolean sampleData) {
        return of(title, subtitle, level, areas, overlays, percent, valueHeading, source, notes, sampleData,
                Texts.NORWEGIAN);
    }

    /** A map in a language whose classes (and their legend labels) are made from its areas' and overlays' values. */
    public static MapSpec of(String title, String subtitle, AreaLevel level, List<MapArea> areas, List<MapArea> overlays,
                             boolean percent, String valueHeading, String source, List<String> notes, boolean sampleData,
                             Locale locale) {
        List<Double> values = new ArrayList<>();
        areas.forEach(a -> values.add(a.value()));
        overlays.forEach(a -> values.add(a.value()));
        return new MapSpec(title, subtitle, level, areas, overlays, MapClasses.of(values, percent, locale), valueHeading,
                source, notes, sampleData, locale);
    }

    /** The texts of the map's language. */
    public Texts texts() {
        return Texts.of(locale);
    }

    /** Kartverket's attribution in the map's language: "Kartgrunnlag: …" / "Map data: …". */
    public String credit() {
        return texts().get("map.spec.credit");
    }

    /** The example-data mark in the map's language, the same words as the charts'. */
    public String sampleMark() {
        return texts().get("chart.spec.sampleMark");
    }

    /** The source line: the source as given when it already says "Kilde"/"Source", else prefixed. */
    public Optional<String> sourceLine() {
        return no.framdrift.report.chart.ChartSpec.sourceLine(source, texts());
    }

    /** What an area without data says in a table or a label: "ingen data" / "no data". */
    private String noDataCell() {
        return texts().get("map.spec.noDataCell");
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
            rows.add(List.of(a.name(), shownValue(a), a.detail()));
        }
        for (MapArea a : overlays) {
            rows.add(List.of(a.name(), shownValue(a), a.detail()));
        }
        return rows;
    }

    /** An area's value as the legend, the labels and the table say it: "12,1 %", ":" or "ingen data". */
    public String shownValue(MapArea a) {
        return a.state() == MapArea.State.NO_DATA ? noDataCell() : a.valueText();
    }
}
