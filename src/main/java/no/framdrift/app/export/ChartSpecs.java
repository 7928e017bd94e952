package no.framdrift.app.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.framdrift.domain.Ambition;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.IndicatorKind;
import no.framdrift.domain.IndicatorValue;
import no.framdrift.domain.NorwegianFormat;
import no.framdrift.domain.Period;
import no.framdrift.domain.SeriesBreak;
import no.framdrift.domain.Texts;
import no.framdrift.domain.Unit;
import no.framdrift.report.chart.AmbitionLine;
import no.framdrift.report.chart.BreakMark;
import no.framdrift.report.chart.ChartKind;
import no.framdrift.report.chart.ChartPoint;
import no.framdrift.report.chart.ChartSeries;
import no.framdrift.report.chart.ChartSpec;
import no.framdrift.report.chart.ValueRange;
import no.framdrift.stats.AmbitionPath;
import no.framdrift.stats.Progress;
import no.framdrift.stats.ProgressReport;
import no.framdrift.stats.ProgressSettings;
import no.framdrift.stats.ProgressStatus;
import no.framdrift.stats.SeriesPoint;
import no.framdrift.stats.TimeAxis;
import no.framdrift.stats.Trend;
import no.framdrift.report.chart.SeriesRole;
import no.framdrift.app.values.ValuesService;

/**
 * Builds the one {@link ChartSpec} of an indicator from its computed values, so the window, the
 * chart exports and the report deck all draw the same thing. The chart kind follows the indicator
 * kind: registry shares (and availability measured more often than yearly) as lines per area;
 * survey shares as yearly columns with their 95 % intervals; yearly availability and shares of
 * units as progress toward 2030; counts as columns; composites as one panel per part.
 * Values are drawn exactly as stored: suppressed values become gaps, incomplete periods are left out.
 */
public final class ChartSpecs {

    /** The last year the progress chart reaches: the ambitions are for 2030. */
    static final int LAST_YEAR = 2030;
    /** The progress chart starts here at the latest, as the seed's "Framdrift mot 2030". */
    static final int FIRST_PROGRESS_YEAR = 2023;
    /** A monthly series longer than this shows only its last {@link #DEFAULT_MONTHS} months unless a range is chosen. */
    static final int MAX_DEFAULT_POINTS = 24;
    static final int DEFAULT_MONTHS = 12;

    /**
     * What the presenter chose to show.
     *
     * @param series      the areas, subgroups or parts to show by name; empty shows the default set
     * @param from        first period shown (inclusive), or null for the start of the data
     * @param to          last period shown (inclusive), or null for the end of the data
     * @param intervals   draw the 95 % interval whiskers (surveys)
     * @param labels      draw data labels
     * @param granularity for counts: QUARTER, HALF_YEAR or YEAR; null for the finest in the data
     * @param breakdown   a survey background variable to show subgroups of ("profesjon"), or null
     */
    public record Options(Set<String> series, Period from, Period to, boolean intervals, boolean labels,
                          Period.Granularity granularity, String breakdown) {

        public static final Options DEFAULTS = new Options(Set.of(), null, null, true, true, null, null);

        public Options {
            series = series == null ? Set.of() : Set.copyOf(series);
            breakdown = breakdown == null || breakdown.isBlank() ? null : breakdown;
        }

        public Options withGranularity(Period.Granularity g) {
            return new Options(series, from, to, intervals, labels, g, breakdown);
        }
    }

    private final ValuesService values;
    private final ProgressSettings settings;
    /** The language the charts are written in: Norwegian for what is published (decision 0015). */
    private final Texts texts;

    public ChartSpecs(ValuesService values) {
        this(values, ProgressSettings.DEFAULTS);
    }

    public ChartSpecs(ValuesService values, ProgressSettings settings) {
        this(values, settings, Texts.NORWEGIAN);
    }

    private ChartSpecs(ValuesService values, ProgressSettings settings, Locale locale) {
        this.values = values;
        this.settings = settings;
        this.texts = Texts.of(locale);
    }

    /**
     * The same charts written in another language: the Diagram tab draws in the window's
     * language, while exports, the deck and the site keep the Norwegian default.
     */
    public ChartSpecs in(Locale locale) {
        return new ChartSpecs(values, settings, locale);
    }

    /** The language the charts are written in. */
    public Locale locale() {
        return texts.locale();
    }

    /** The chart of an indicator from its stored values (or live subgroups); empty when it has no data. */
    public Optional<ChartSpec> build(Catalogue catalogue, Indicator indicator, Options options) {
        return build(catalogue, indicator, valuesFor(catalogue, indicator, options), options);
    }

    /** The values a chart of the indicator is drawn from with these options. */
    public List<IndicatorValue> valuesFor(Catalogue catalogue, Indicator indicator, Options options) {
        if (options.breakdown() != null) {
            return values.compute(catalogue, indicator, List.of(options.breakdown()));
        }
        return values.stored(indicator.code());
    }

    /** The names the presenter can choose between (areas, subgroups or parts), default ones first. */
    public List<String> seriesChoices(Catalogue catalogue, Indicator indicator, List<IndicatorValue> vals) {
        if (indicator.kind() == IndicatorKind.COMPOSITE) {
            return catalogue.partsOf(indicator).stream().map(Indicator::name).toList();
        }
        return keysOf(usable(vals));
    }

    /** The chart kind the indicator is drawn as, given its values. */
    public static ChartKind kindOf(Indicator indicator, List<IndicatorValue> vals) {
        return switch (indicator.kind()) {
            case COMPOSITE -> ChartKind.SMALL_MULTIPLES;
            case COUNT -> ChartKind.COUNTS;
            case SURVEY_SHARE, AVERAGE_OF_SHARES -> ChartKind.YEARLY_COLUMNS;
            case REGISTRY_SHARE -> ChartKind.MONTHLY_LINES;
            case POPULATION_WEIGHTED, SHARE_OF_UNITS -> finest(usable(vals)) == Period.Granularity.YEAR
                    ? ChartKind.PROGRESS : ChartKind.MONTHLY_LINES;
        };
    }

    /** The chart from the given values (pure: no database), for tests and for the deck. */
    public Optional<ChartSpec> build(Catalogue catalogue, Indicator indicator, List<IndicatorValue> vals,
                                     Options options) {
        ChartKind kind = kindOf(indicator, vals);
        Optional<ChartSpec> spec = switch (kind) {
            case SMALL_MULTIPLES -> composite(catalogue, indicator, vals, options);
            case COUNTS -> counts(indicator, vals, options);
            case YEARLY_COLUMNS -> columns(indicator, vals, options);
            case PROGRESS -> progress(indicator, vals, options);
            case MONTHLY_LINES -> lines(indicator, vals, options, true);
        };
        // drawn (in part) from the example data: the chart says so, visibly
        boolean sample = values != null && values.anySample(vals);
        return sample ? spec.map(c -> c.withMark(texts.get("chart.spec.sampleMark"))) : spec;
    }

    // ---------------------------------------------------------------- kinds

    private Optional<ChartSpec> lines(Indicator indicator, List<IndicatorValue> all, Options options, boolean withAmbitions) {
        List<IndicatorValue> vals = usable(all);
        if (vals.isEmpty()) {
            return Optional.empty();
        }
        Period.Granularity g = finest(vals);
        List<IndicatorValue> ofG = vals.stream().filter(v -> v.period().granularity() == g).toList();
        Options o = options;
        if (o.from() == null && o.to() == null) {
            long periods = ofG.stream().map(IndicatorValue::period).distinct().count();
            if (periods > MAX_DEFAULT_POINTS && g == Period.Granularity.MONTH) {
                Period last = ofG.stream().map(IndicatorValue::period).max(Comparator.naturalOrder()).orElseThrow();
                Period first = last;
                for (int i = 1; i < DEFAULT_MONTHS; i++) {
                    first = first.previous();
                }
                o = new Options(o.series(), first, null, o.intervals(), o.labels(), o.granularity(), o.breakdown());
            }
        }
        ChartSpec.Builder b = frame(ChartKind.MONTHLY_LINES, indicator);
        Map<String, List<IndicatorValue>> bySeries = bySeries(inRange(ofG, o), o, false);
        if (bySeries.isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<String, List<IndicatorValue>> e : bySeries.entrySet()) {
            b.series(new ChartSeries(legendWithN(shownName(e.getKey()), e.getValue()), SeriesRole.ACTUAL,
                    points(e.getValue(), o.intervals()), o.labels()));
        }
        double max = maxValue(bySeries.values());
        if (withAmbitions) {
            for (Ambition a : indicator.ambitions()) {
                b.ambition(ambitionLine(indicator, a, texts));
                if (a.isSet()) {
                    max = Math.max(max, target(indicator, a));
                }
            }
        }
        breaks(indicator, b);
        if (all.stream().anyMatch(v -> incomplete(v) && v.period().granularity() == g)) {
            b.note(texts.get("chart.spec.incompleteNote"));
        }
        b.valueRange(range(indicator, max));
        return Optional.of(b.build());
    }

    private Optional<ChartSpec> columns(Indicator indicator, List<IndicatorValue> all, Options options) {
        List<IndicatorValue> vals = usable(all).stream().filter(v -> v.period().granularity() == Period.Granularity.YEAR)
                .toList();
        Map<String, List<IndicatorValue>> bySeries = bySeries(inRange(vals, options), options, true);
        if (bySeries.isEmpty()) {
            return Optional.empty();
        }
        ChartSpec.Builder b = frame(ChartKind.YEARLY_COLUMNS, indicator);
        boolean anyInterval = false;
        for (Map.Entry<String, List<IndicatorValue>> e : bySeries.entrySet()) {
            String name = e.getKey().equals(IndicatorValue.NATIONAL) && options.breakdown() == null
                    ? wholePopulationName(indicator) : shownName(e.getKey());
            b.series(new ChartSeries(surveyLegend(name, e.getValue(), texts), SeriesRole.ACTUAL,
                    points(e.getValue(), options.intervals()), options.labels()));
            anyInterval |= options.intervals() && e.getValue().stream().anyMatch(v -> v.ciLow() != null);
        }
        indicator.ambitions().forEach(a -> b.ambition(ambitionLine(indicator, a, texts)));
        indicator.baselineValue().map(no.framdrift.domain.Baseline::text).filter(t -> t != null && !t.isBlank())
                .filter(t -> indicator.seriesBreaks().isEmpty())
                .ifPresent(b::note);
        breaks(indicator, b);
        if (anyInterval) {
            b.note(texts.get("chart.spec.intervalNote"));
        }
        if (indicator.unit() == Unit.PERCENT) {
            b.valueRange(ValueRange.of(0, 1.0, 0.2));
        }
        return Optional.of(b.build());
    }

    private Optional<ChartSpec> counts(Indicator indicator, List<IndicatorValue> all, Options options) {
        List<IndicatorValue> vals = usable(all).stream().filter(v -> v.area().equals(IndicatorValue.NATIONAL)
                || options.series().contains(v.area())).toList();
        if (vals.isEmpty()) {
            return Optional.empty();
        }
        Period.Granularity g = options.granularity() != null ? options.granularity() : finest(vals);
        List<IndicatorValue> ofG = vals.stream().filter(v -> v.period().granularity() == g).toList();
        Map<String, List<IndicatorValue>> bySeries = bySeries(inRange(ofG, options), options, true);
        if (bySeries.isEmpty()) {
            return Optional.empty();
        }
        ChartSpec.Builder b = frame(ChartKind.COUNTS, indicator).valueLabel(countLabel(indicator.valueLabel(), g));
        bySeries.forEach((name, list) -> b.series(new ChartSeries(
                name.equals(IndicatorValue.NATIONAL) ? texts.get("chart.spec.count") : name, SeriesRole.ACTUAL,
                points(list, false), options.labels())));
        if (all.stream().anyMatch(v -> incomplete(v) && v.period().granularity() == g)) {
            b.note(texts.get("chart.spec.incompleteNote"));
        }
        return Optional.of(b.build());
    }

    private Optional<ChartSpec> progress(Indicator indicator, List<IndicatorValue> all, Options options) {
        List<IndicatorValue> vals = usable(all).stream().filter(v -> v.period().granularity() == Period.Granularity.YEAR)
                .toList();
        Map<String, List<IndicatorValue>> bySeries = bySeries(inRange(vals, options), options, true);
        if (bySeries.isEmpty()) {
            return Optional.empty();
        }
        double scale = indicator.unit() == Unit.PERCENT ? 100.0 : 1.0;
        ChartSpec.Builder b = frame(ChartKind.PROGRESS, indicator);
        double max = maxValue(bySeries.values());
        boolean first = true;
        for (Map.Entry<String, List<IndicatorValue>> e : bySeries.entrySet()) {
            b.series(new ChartSeries(legendWithN(shownName(e.getKey()), e.getValue()), SeriesRole.ACTUAL,
                    points(e.getValue(), false), options.labels()));
            if (!first) {
                continue;
            }
            first = false;
            // Path, projection and status are drawn for the first (default: national) series only.
            List<SeriesPoint> series = e.getValue().stream().filter(v -> v.value() != null)
                    .map(v -> new SeriesPoint(v.period(), v.value() * scale)).toList();
            if (series.isEmpty()) {
                continue;
            }
            Optional<AmbitionPath> path = AmbitionPath.from(indicator.baseline(), series, indicator.ambitions())
                    .or(() -> Optional.of(new AmbitionPath(series.get(0).period(), series.get(0).value(),
                            indicator.ambitions())));
            ProgressReport report = new Progress(indicator.higherIsBetter(), settings)
                    .assess(series, path.orElse(null), indicator.seriesBreaks());
            b.status(statusText(indicator, report.status(), texts));
            Period start = path.get().baselinePeriod();
            List<ChartPoint> pathPoints = new ArrayList<>();
            for (int y = start.year(); y <= LAST_YEAR; y++) {
                var planned = path.get().plannedAt(Period.year(y));
                if (planned.isPresent()) {
                    pathPoints.add(ChartPoint.of(Period.year(y), planned.getAsDouble() / scale));
                }
            }
            if (pathPoints.size() > 1) {
                b.series(ChartSeries.path(texts.format("chart.spec.path", String.valueOf(LAST_YEAR)), pathPoints));
            }
            if (report.trend().isPresent()) {
                Trend t = report.trend().get();
                int lastYear = series.get(series.size() - 1).period().year();
                List<ChartPoint> projection = new ArrayList<>();
                boolean capped = false;
                for (int y = lastYear; y <= LAST_YEAR; y++) {
                    double v = t.valueAt(TimeAxis.of(Period.year(y))) / scale;
                    if (indicator.unit() == Unit.PERCENT && (v > 1.0 || v < 0)) {
                        v = Math.max(0, Math.min(1.0, v));
                        capped = true;
                    }
                    projection.add(ChartPoint.of(Period.year(y), v));
                }
                if (projection.size() > 1) {
                    b.series(ChartSeries.projection(texts.get("chart.spec.projection"), projection));
                    if (capped) {
                        b.note(texts.format("chart.spec.projectionCapped",
                                NorwegianFormat.percentOfFraction(indicator.higherIsBetter() ? 1.0 : 0.0, 0, locale())));
                    }
                }
            }
        }
        for (Ambition a : indicator.ambitions()) {
            b.ambition(ambitionLine(indicator, a, texts));
            if (a.isSet()) {
                max = Math.max(max, target(indicator, a));
            }
        }
        breaks(indicator, b);
        // The x axis runs to 2030 even before there is a path: that is where the ambition is.
        if (indicator.unit() == Unit.PERCENT) {
            b.valueRange(ValueRange.of(0, 1.0, 0.2));
        } else {
            b.valueRange(range(indicator, max));
        }
        ChartSpec spec = b.build();
        return Optional.of(padToLastYear(spec, firstYear(spec)));
    }

    private Optional<ChartSpec> composite(Catalogue catalogue, Indicator indicator, List<IndicatorValue> all,
                                          Options options) {
        ChartSpec.Builder b = frame(ChartKind.SMALL_MULTIPLES, indicator);
        List<Indicator> parts = catalogue.partsOf(indicator);
        java.util.SortedSet<Integer> unsetYears = new java.util.TreeSet<>();
        int shown = 0;
        for (Indicator part : parts) {
            if (!options.series().isEmpty() && !options.series().contains(part.name())) {
                continue;
            }
            List<IndicatorValue> partValues = all.stream().filter(v -> v.group().equals("del=" + part.code())).map(v ->
                    new IndicatorValue(part.code(), v.period(), v.area(), "", v.value(), v.numerator(), v.denominator(),
                            v.n(), v.se(), v.ciLow(), v.ciHigh(), v.suppressed(), v.batches(), null)).toList();
            Options partOptions = new Options(Set.of(), options.from(), options.to(), options.intervals(),
                    options.labels(), null, null);
            Optional<ChartSpec> panel = lines(part, partValues, partOptions, true);
            if (panel.isPresent()) {
                ChartSpec p = panel.get();
                // unset ambitions become one note for the whole chart, not one per panel
                b.panel(new ChartSpec(ChartKind.MONTHLY_LINES, part.name(), p.valueLabel(), p.unit(), p.decimals(),
                        p.series(), p.ambitionsSet(), p.breaks(), p.valueRange(), null, p.notes(), null, List.of(), null,
                        p.locale()));
                p.ambitions().stream().filter(a -> !a.isSet()).map(AmbitionLine::year).forEach(unsetYears::add);
                shown++;
            }
        }
        if (shown == 0) {
            return Optional.empty();
        }
        unsetYears.forEach(y -> b.ambition(new AmbitionLine(y, null,
                texts.format("chart.spec.ambition", String.valueOf(y), "XX"))));
        if (indicator.unit() == Unit.PERCENT) {
            b.valueRange(ValueRange.of(0, 1.0, 0.25));
        }
        return Optional.of(b.build());
    }

    // ---------------------------------------------------------------- parts

    private ChartSpec.Builder frame(ChartKind kind, Indicator indicator) {
        return ChartSpec.builder(kind, indicator.name()).valueLabel(indicator.valueLabel()).unit(indicator.unit())
                .decimals(Math.max(0, Math.min(4, indicator.decimals()))).source(sourceOf(indicator, texts))
                .locale(locale());
    }

    /** "Kilde: NHN / Reseptformidleren", as published. */
    static String sourceOf(Indicator indicator) {
        return sourceOf(indicator, Texts.of(Texts.NORWEGIAN));
    }

    static String sourceOf(Indicator indicator, Texts texts) {
        return indicator.sources().isEmpty() ? null
                : texts.format("chart.spec.source", String.join(" / ", indicator.sources()));
    }

    /** An area as the legend names it: the nation in the chart's language, other areas by their own names. */
    private String shownName(String key) {
        return key.equals(IndicatorValue.NATIONAL) ? texts.get("values.area.national") : key;
    }

    private void breaks(Indicator indicator, ChartSpec.Builder b) {
        for (SeriesBreak s : indicator.seriesBreaks()) {
            Period.parse(s.period()).ifPresent(p -> {
                String baseline = indicator.baselineValue().map(no.framdrift.domain.Baseline::text)
                        .filter(t -> t != null && !t.isBlank()).map(t -> t + " ").orElse("");
                b.seriesBreak(new BreakMark(p, baseline + (s.note() == null ? texts.get("chart.spec.seriesBreak") : s.note())));
            });
        }
    }

    static AmbitionLine ambitionLine(Indicator indicator, Ambition a, Texts texts) {
        String shown;
        if (!a.isSet()) {
            shown = "XX" + (indicator.unit() == Unit.PERCENT ? " %" : "");
        } else if (indicator.unit() == Unit.PERCENT) {
            shown = NorwegianFormat.percentOfFraction(a.target() / 100.0, 0, texts.locale());
        } else {
            shown = NorwegianFormat.number(a.target(), 0, texts.locale());
        }
        return new AmbitionLine(a.year(), a.isSet() ? target(indicator, a) : null,
                texts.format("chart.spec.ambition", String.valueOf(a.year()), shown));
    }

    /** An ambition in the values' scale: targets are in per cent, shares are fractions. */
    static double target(Indicator indicator, Ambition a) {
        return indicator.unit() == Unit.PERCENT ? a.target() / 100.0 : a.target();
    }

    /** Progress in words as published: "I rute", "Risiko", "Ikke i rute", "Ambisjon ikke satt". */
    static String statusText(Indicator indicator, ProgressStatus status) {
        return statusText(indicator, status, Texts.of(Texts.NORWEGIAN));
    }

    static String statusText(Indicator indicator, ProgressStatus status, Texts texts) {
        ProgressStatus shown = indicator.ambitions().stream().noneMatch(Ambition::isSet)
                ? ProgressStatus.AMBITION_NOT_SET : status;
        return texts.get("chart.spec.status." + shown.name());
    }

    private String wholePopulationName(Indicator indicator) {
        return texts.get(indicator.kind() == IndicatorKind.AVERAGE_OF_SHARES ? "chart.spec.averageOfQuestions"
                : "chart.spec.all");
    }

    /** "Antall søknader per kvartal" for quarters becomes "… per år" when drawn per year. */
    static String countLabel(String label, Period.Granularity g) {
        if (label == null) {
            return null;
        }
        String per = switch (g) {
            case YEAR -> "per år";
            case HALF_YEAR -> "per halvår";
            case QUARTER -> "per kvartal";
            case MONTH -> "per måned";
        };
        return label.replaceAll("per (kvartal|år|halvår|måned)", per);
    }

    /** "Alle (N= 2 514 i 2024)": a survey's number of valid answers in its latest year with a count. */
    static String surveyLegend(String name, List<IndicatorValue> list, Texts texts) {
        return list.stream().filter(v -> v.n() != null && v.n() > 0).max(java.util.Comparator.comparing(
                IndicatorValue::period)).map(v -> texts.format("chart.spec.surveyLegend", name,
                        NorwegianFormat.number(v.n(), 0, texts.locale()), v.period().label(texts.locale())))
                .orElse(name);
    }

    /** "Nasjonalt (N= 5 594 340)" when every shown value has the same denominator (a population). */
    private String legendWithN(String name, List<IndicatorValue> list) {
        Set<Double> denominators = list.stream().map(IndicatorValue::denominator).filter(d -> d != null)
                .collect(Collectors.toSet());
        if (denominators.size() == 1 && list.stream().allMatch(v -> v.suppressed() || v.denominator() != null)) {
            return texts.format("chart.spec.legendWithN", name,
                    NorwegianFormat.number(denominators.iterator().next(), 0, locale()));
        }
        return name;
    }

    private static List<ChartPoint> points(List<IndicatorValue> list, boolean intervals) {
        List<ChartPoint> out = new ArrayList<>();
        for (IndicatorValue v : list) {
            if (v.suppressed() || v.value() == null) {
                out.add(ChartPoint.suppressed(v.period()));
            } else if (intervals && v.ciLow() != null && v.ciHigh() != null) {
                out.add(ChartPoint.withInterval(v.period(), v.value(), v.ciLow(), v.ciHigh()));
            } else {
                out.add(ChartPoint.of(v.period(), v.value()));
            }
        }
        return out;
    }

    /** Values that belong on a chart: not an index row of a composite, not an incomplete period. */
    private static List<IndicatorValue> usable(List<IndicatorValue> vals) {
        return vals.stream().filter(v -> !incomplete(v)).toList();
    }

    private static boolean incomplete(IndicatorValue v) {
        return v.note() != null && v.note().startsWith("Ufullstendig periode");
    }

    static Period.Granularity finest(List<IndicatorValue> vals) {
        return vals.stream().map(v -> v.period().granularity())
                .max(Comparator.comparingInt(Period.Granularity::perYear)).orElse(Period.Granularity.YEAR);
    }

    private static List<IndicatorValue> inRange(List<IndicatorValue> vals, Options o) {
        return vals.stream().filter(v -> (o.from() == null || !v.period().lastMonth().isBefore(o.from().firstMonth()))
                && (o.to() == null || !v.period().firstMonth().isAfter(o.to().lastMonth()))).toList();
    }

    private static String keyOf(IndicatorValue v) {
        return v.group().isEmpty() ? v.area() : groupName(v.group());
    }

    /** "profesjon=Lege|region=Helse Vest" as the legend says it: "Lege · Helse Vest". */
    static String groupName(String group) {
        return java.util.Arrays.stream(group.split("\\|")).map(g -> g.substring(g.indexOf('=') + 1))
                .collect(Collectors.joining(" · "));
    }

    private static List<String> keysOf(List<IndicatorValue> vals) {
        Set<String> keys = new LinkedHashSet<>();
        // the nation first, then areas and groups in the order the engine gives them
        vals.stream().filter(v -> v.group().isEmpty() && v.area().equals(IndicatorValue.NATIONAL)).findFirst()
                .ifPresent(v -> keys.add(IndicatorValue.NATIONAL));
        vals.forEach(v -> keys.add(keyOf(v)));
        return List.copyOf(keys);
    }

    /**
     * The values per series in time order. With no choice made, lines show every area, while
     * columns and progress show the nation (or every subgroup of a chosen breakdown).
     */
    private static Map<String, List<IndicatorValue>> bySeries(List<IndicatorValue> vals, Options o, boolean nationByDefault) {
        List<String> keys = keysOf(vals);
        List<String> chosen;
        if (!o.series().isEmpty()) {
            chosen = keys.stream().filter(o.series()::contains).toList();
        } else if (nationByDefault && o.breakdown() == null && keys.contains(IndicatorValue.NATIONAL)) {
            chosen = List.of(IndicatorValue.NATIONAL);
        } else {
            chosen = keys;
        }
        Map<String, List<IndicatorValue>> out = new LinkedHashMap<>();
        for (String k : chosen) {
            Map<Period, IndicatorValue> byPeriod = new TreeMap<>();
            vals.stream().filter(v -> keyOf(v).equals(k)).forEach(v -> byPeriod.putIfAbsent(v.period(), v));
            if (!byPeriod.isEmpty()) {
                out.put(k, new ArrayList<>(byPeriod.values()));
            }
        }
        return out;
    }

    private static double maxValue(java.util.Collection<List<IndicatorValue>> lists) {
        return lists.stream().flatMap(List::stream).map(IndicatorValue::value).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /** Shares from 0 to a round top above the highest value or ambition (PLL: 0–40 %); counts automatic. */
    private static ValueRange range(Indicator indicator, double max) {
        if (indicator.unit() != Unit.PERCENT) {
            return ValueRange.auto();
        }
        double top = Math.min(1.0, Math.ceil(max * 1.25 / 0.1 - 1e-9) * 0.1);
        top = Math.max(top, 0.1);
        double tick = top <= 0.5 ? 0.1 : 0.2;
        if (top > 0.5) {
            top = Math.min(1.0, Math.ceil(top / 0.2 - 1e-9) * 0.2);
        }
        return ValueRange.of(0, top, tick);
    }

    private static int firstYear(ChartSpec spec) {
        return spec.categories().stream().mapToInt(Period::year).min().orElse(FIRST_PROGRESS_YEAR);
    }

    /**
     * Makes sure the progress chart's axis runs to 2030 even without path or projection, by adding
     * empty points (gaps) to the first series; {@code categories()} then covers every year.
     */
    private static ChartSpec padToLastYear(ChartSpec spec, int firstYear) {
        boolean reaches = spec.categories().stream().anyMatch(p -> p.year() >= LAST_YEAR);
        if (spec.series().isEmpty() || reaches) {
            return spec;
        }
        ChartSeries s = spec.series().get(0);
        List<ChartPoint> pts = new ArrayList<>(s.points());
        Set<Period> have = pts.stream().map(ChartPoint::period).collect(Collectors.toSet());
        for (int y = Math.min(firstYear, FIRST_PROGRESS_YEAR); y <= LAST_YEAR; y++) {
            if (!have.contains(Period.year(y)) && y > firstYearOf(s)) {
                pts.add(new ChartPoint(Period.year(y), null, null, null, false, null));
            }
        }
        pts.sort(Comparator.comparing(ChartPoint::period));
        List<ChartSeries> series = new ArrayList<>(spec.series());
        series.set(0, new ChartSeries(s.name(), s.role(), pts, s.labelled()));
        return new ChartSpec(spec.kind(), spec.title(), spec.valueLabel(), spec.unit(), spec.decimals(), series,
                spec.ambitions(), spec.breaks(), spec.valueRange(), spec.source(), spec.notes(), spec.status(),
                spec.panels(), spec.mark(), spec.locale());
    }

    private static int firstYearOf(ChartSeries s) {
        return s.points().stream().mapToInt(p -> p.period().year()).min().orElse(FIRST_PROGRESS_YEAR);
    }
}
