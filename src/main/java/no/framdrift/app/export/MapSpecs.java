package no.framdrift.app.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.framdrift.app.values.ValuesService;
import no.framdrift.app.values.ValuesService.AreaValue;
import no.framdrift.domain.Area;
import no.framdrift.domain.AreaDirectory;
import no.framdrift.domain.AreaLevel;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.IndicatorValue;
import no.framdrift.domain.NorwegianFormat;
import no.framdrift.domain.Period;
import no.framdrift.domain.Texts;
import no.framdrift.domain.Unit;
import no.framdrift.report.map.MapArea;
import no.framdrift.report.map.MapGeometry;
import no.framdrift.report.map.MapSpec;

/**
 * Builds the one {@link MapSpec} of an indicator at a level (municipality, county, health region)
 * for a period from the values {@code values CODE --by area --level …} prints, so the map, its
 * tooltip, the deck's slide and the command line agree. Custom areas with values (Bergensområdet)
 * are drawn on top of county and health-region maps.
 *
 * <p>The map is written in Norwegian, as it is published (export map, the deck, the site); the Kart
 * tab asks for one in the window's language with {@link #in(Locale)} (decision 0015).
 */
public final class MapSpecs {

    /** The levels a map can show, finest first. */
    public static final List<AreaLevel> LEVELS = List.of(AreaLevel.MUNICIPALITY, AreaLevel.COUNTY, AreaLevel.REGION);

    private final ValuesService values;
    private final AreaDirectory areas;
    private final Texts texts;

    public MapSpecs(ValuesService values, AreaDirectory areas) {
        this(values, areas, Texts.NORWEGIAN);
    }

    private MapSpecs(ValuesService values, AreaDirectory areas, Locale locale) {
        this.values = values;
        this.areas = areas;
        this.texts = Texts.of(locale);
    }

    /** The same maps written in a language (the window's, for the Kart tab); Norwegian is what is published. */
    public MapSpecs in(Locale locale) {
        return new MapSpecs(values, areas, locale);
    }

    /** The language the maps are written in. */
    public Locale locale() {
        return texts.locale();
    }

    /** "kommune", "fylke", "helseregion" (also "kommuner", "fylker", "region"), case and accents ignored. */
    public static Optional<AreaLevel> level(String word) {
        if (word == null) {
            return Optional.empty();
        }
        return switch (word.trim().toLowerCase(Locale.ROOT)) {
            case "kommune", "kommuner", "municipality" -> Optional.of(AreaLevel.MUNICIPALITY);
            case "fylke", "fylker", "county" -> Optional.of(AreaLevel.COUNTY);
            case "helseregion", "helseregioner", "region" -> Optional.of(AreaLevel.REGION);
            default -> Optional.empty();
        };
    }

    /** "Kommuner", "Fylker", "Helseregioner". */
    public static String levelLabel(AreaLevel level) {
        return levelLabel(level, Texts.NORWEGIAN);
    }

    /** The level in a language: "Fylker" / "Counties". */
    public static String levelLabel(AreaLevel level, Locale locale) {
        return Texts.of(locale).get("map.spec.level." + level.name());
    }

    /** The levels this indicator has at least one value for, finest first. */
    public List<AreaLevel> levelsWithData(Catalogue catalogue, Indicator indicator) {
        return levelsWithData(values.areaValues(catalogue, indicator));
    }

    /** The levels with at least one value, finest first, from values computed once per level. */
    public List<AreaLevel> levelsWithData(ValuesService.AreaValues values) {
        return LEVELS.stream().filter(l -> !values.at(l).isEmpty()).toList();
    }

    /** The periods with values at a level, newest first (whole periods only). */
    public List<Period> periods(Catalogue catalogue, Indicator indicator, AreaLevel level) {
        return periodsOf(withOverlays(values.areaValues(catalogue, indicator), level));
    }

    private static List<Period> periodsOf(List<AreaValue> list) {
        return list.stream().map(AreaValue::value).filter(v -> !v.isIncompletePeriod()).map(IndicatorValue::period)
                .distinct().sorted(Comparator.reverseOrder()).toList();
    }

    private static List<AreaValue> withOverlays(ValuesService.AreaValues values, AreaLevel level) {
        List<AreaValue> list = new ArrayList<>(values.at(level));
        if (level != AreaLevel.MUNICIPALITY) {
            list.addAll(values.at(AreaLevel.CUSTOM));
        }
        return list;
    }

    /**
     * The map, or empty when the indicator has no value at this level (nor a custom area to show on
     * it). Without a period: the newest whole period of the finest time unit in the data.
     */
    public Optional<MapSpec> build(Catalogue catalogue, Indicator indicator, AreaLevel level, Optional<Period> period) {
        return build(values.areaValues(catalogue, indicator), level, period);
    }

    /** {@link #build(Catalogue, Indicator, AreaLevel, Optional)} from values already asked for (the deck's). */
    public Optional<MapSpec> build(ValuesService.AreaValues areaValues, AreaLevel level, Optional<Period> period) {
        Indicator indicator = areaValues.indicator();
        List<AreaValue> all = withOverlays(areaValues, level);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Period shown = period.orElseGet(() -> defaultPeriod(all));
        if (shown == null) {
            return Optional.empty();
        }
        Map<String, IndicatorValue> byCode = new LinkedHashMap<>();
        for (AreaValue av : all) {
            if (av.value().period().equals(shown) && av.value().isWholePopulation()) {
                byCode.put(av.areaCode(), av.value());
            }
        }
        boolean percent = indicator.unit() == Unit.PERCENT;
        int decimals = Math.max(0, Math.min(3, indicator.decimals()));
        List<MapArea> mapAreas = new ArrayList<>();
        for (String code : MapGeometry.standard().codes(level)) {
            String name = areas.byCode(code).map(Area::name).orElse(code);
            IndicatorValue v = byCode.get(code);
            mapAreas.add(v == null ? MapArea.noData(code, name) : area(code, name, v, percent, decimals, texts));
        }
        List<MapArea> overlays = new ArrayList<>();
        byCode.forEach((code, v) -> areas.byCode(code).filter(a -> a.level() == AreaLevel.CUSTOM)
                .ifPresent(a -> overlays.add(area(code, a.name(), v, percent, decimals, texts))));
        if (mapAreas.stream().allMatch(a -> a.state() == MapArea.State.NO_DATA) && overlays.isEmpty()) {
            return Optional.empty();
        }
        String subtitle = texts.format("map.spec.subtitle", levelLabel(level, locale()), longLabel(shown, locale()));
        String heading = texts.get(percent ? "map.spec.heading.percent" : "chart.spec.count");
        List<String> notes = new ArrayList<>();
        if (byCode.values().stream().anyMatch(IndicatorValue::isIncompletePeriod)) {
            notes.add(texts.get("map.spec.incompleteNote"));
        }
        // drawn (in part) from the example data: the map says so, as the charts do
        boolean sample = values.anySample(byCode.values());
        return Optional.of(MapSpec.of(indicator.name(), subtitle, level, mapAreas, overlays, percent, heading,
                ChartSpecs.sourceOf(indicator, texts), notes, sample, locale()));
    }

    /** "3. kvartal 2025", "oktober 2025", "1. halvår 2025", "2024". */
    public static String longLabel(Period p) {
        return longLabel(p, Texts.NORWEGIAN);
    }

    /** The period in a language: "3. kvartal 2025" / "Q3 2025", "oktober 2025" / "October 2025", "H1 2025". */
    public static String longLabel(Period p, Locale locale) {
        String year = Integer.toString(p.year());
        if (p.granularity() == Period.Granularity.YEAR) {
            return year;
        }
        String part = p.granularity() == Period.Granularity.MONTH
                ? java.time.Month.of(p.index()).getDisplayName(java.time.format.TextStyle.FULL_STANDALONE,
                NorwegianFormat.isEnglish(locale) ? Locale.ENGLISH : NorwegianFormat.LOCALE)
                : Integer.toString(p.index());
        return Texts.of(locale).format("map.spec.period." + p.granularity().name(), part, year);
    }

    private static Period defaultPeriod(List<AreaValue> all) {
        List<IndicatorValue> whole = all.stream().map(AreaValue::value).filter(v -> !v.isIncompletePeriod()).toList();
        int finest = whole.stream().mapToInt(v -> v.period().granularity().perYear()).max().orElse(0);
        return whole.stream().map(IndicatorValue::period).filter(p -> p.granularity().perYear() == finest)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    private static MapArea area(String code, String name, IndicatorValue v, boolean percent, int decimals,
                                Texts texts) {
        if (v.suppressed()) {
            return new MapArea(code, name, null, true, ":", detail(v, percent, texts));
        }
        if (v.value() == null) {
            return MapArea.noData(code, name);
        }
        Locale locale = texts.locale();
        String text = percent ? NorwegianFormat.percentOfFraction(v.value(), decimals, locale)
                : NorwegianFormat.number(v.value(), 0, locale);
        return new MapArea(code, name, v.value(), false, text, detail(v, percent, texts));
    }

    /** The interval where there is one, else the counts behind the value ("95 %-intervall 48–56 %, n = 23"). */
    static String detail(IndicatorValue v, boolean percent, Texts texts) {
        Locale locale = texts.locale();
        String n = v.n() == null ? null : NorwegianFormat.number(v.n(), 0, locale);
        if (v.suppressed()) {
            return n != null ? texts.format("map.spec.detail.n", n) : "";
        }
        if (v.ciLow() != null && v.ciHigh() != null && percent) {
            String low = NorwegianFormat.number(v.ciLow() * 100, 0, locale);
            String high = NorwegianFormat.percentOfFraction(v.ciHigh(), 0, locale);
            return n == null ? texts.format("map.spec.detail.interval", low, high)
                    : texts.format("map.spec.detail.intervalWithN", low, high, n);
        }
        if (percent && v.numerator() != null && v.denominator() != null) {
            String num = NorwegianFormat.number(v.numerator(), 0, locale);
            String den = NorwegianFormat.number(v.denominator(), 0, locale);
            return n == null ? texts.format("map.spec.detail.counts", num, den)
                    : texts.format("map.spec.detail.countsWithN", num, den, n);
        }
        return n == null ? "" : texts.format("map.spec.detail.n", n);
    }
}
