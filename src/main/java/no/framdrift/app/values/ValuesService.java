package no.framdrift.app.values;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Supplier;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.framdrift.domain.Area;
import no.framdrift.domain.AreaDirectory;
import no.framdrift.domain.AreaLevel;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.IndicatorKind;
import no.framdrift.domain.IndicatorValue;
import no.framdrift.domain.Period;
import no.framdrift.domain.RegistryValue;
import no.framdrift.domain.SurveyCell;
import no.framdrift.domain.TimeAggregation;
import no.framdrift.domain.UnitListEntry;
import no.framdrift.domain.Unit;
import no.framdrift.stats.Availability;
import no.framdrift.stats.CompositeIndex;
import no.framdrift.stats.CompositePart;
import no.framdrift.stats.CountGrowth;
import no.framdrift.stats.Growth;
import no.framdrift.stats.Ratio;
import no.framdrift.stats.RegistryAggregation;
import no.framdrift.stats.RegistryCell;
import no.framdrift.stats.ServiceUnit;
import no.framdrift.stats.SuppressionSettings;
import no.framdrift.stats.SurveyShare;
import no.framdrift.stats.SurveyShares;
import no.framdrift.store.RegistryValueRepository;
import no.framdrift.store.SurveyCellRepository;
import no.framdrift.store.Transactor;
import no.framdrift.store.UnitListRepository;

/**
 * Turns what the imports stored into the values a steward reports, per indicator kind (DESIGN.md,
 * "Statistics"): survey shares with margins of error per year and subgroup, registry shares and
 * counts per area and period, population-weighted availability, share of units, averages of
 * shares and composites. Suppressed cells carry no number.
 */
public final class ValuesService {

    /** The breakdown "area" (registry indicators): every area, which is also the default. */
    public static final String BY_AREA = "area";

    private final Transactor tx;
    /** The area directory, read when values first need it (issue 16: not at every open). */
    private final Supplier<AreaDirectory> areas;
    private final SuppressionSettings suppression;

    /**
     * Whether a recompute records the data it was computed from (a data folder: stale values after
     * a crash are noticed on open). A team database records nothing here (its analysts may not
     * write the workspace settings); there {@code values_pending} notes what a dead client left
     * uncomputed (see {@code Workspace}).
     */
    private volatile boolean recordsDataVersion = true;

    public void recordsDataVersion(boolean records) {
        this.recordsDataVersion = records;
    }

    public ValuesService(Transactor tx, Supplier<AreaDirectory> areas, SuppressionSettings suppression) {
        this.tx = tx;
        this.areas = areas;
        this.suppression = suppression;
    }

    /**
     * The values of one indicator. {@code by} names background variables for survey subgroups
     * (one for "by profession", two for "profession × region"); empty gives the whole population
     * (surveys) or every area (registry data).
     */
    public List<IndicatorValue> compute(Catalogue catalogue, Indicator indicator, List<String> by) {
        List<String> groups = by.stream().filter(b -> !b.isBlank() && !b.equals(BY_AREA)).toList();
        return switch (indicator.kind()) {
            case SURVEY_SHARE -> surveyValues(indicator, groups);
            case AVERAGE_OF_SHARES -> averageOfShares(catalogue, indicator, groups);
            case REGISTRY_SHARE -> registryValues(indicator, false, null);
            case COUNT -> registryValues(indicator, true, null);
            case POPULATION_WEIGHTED -> unitValues(indicator, true, null, null);
            case SHARE_OF_UNITS -> unitValues(indicator, false, null, null);
            case COMPOSITE -> compositeValues(catalogue, indicator);
        };
    }

    // ---------------------------------------------------------------- surveys

    /** Hash of the values last stored per indicator by this process. */
    private final Map<String, Integer> storedHashes = new java.util.concurrent.ConcurrentHashMap<>();

    /** Cells per indicator, kept while the stored cells are unchanged (subgroup views ask often). */
    private final Map<String, CachedCells> cellCache = new java.util.concurrent.ConcurrentHashMap<>();

    private record CachedCells(String version, List<SurveyCell> cells) {
    }

    private List<SurveyCell> surveyCells(String code) {
        return tx.inTransaction(dsl -> {
            SurveyCellRepository repo = new SurveyCellRepository(dsl);
            CachedCells cached = cellCache.get(code);
            if (cached != null && cached.version().equals(repo.version(code))) {
                return cached.cells();
            }
            // not cached yet (every command-line run): the cells and their fingerprint in one read
            SurveyCellRepository.Versioned read = repo.cellsWithVersion(code);
            List<SurveyCell> cells = List.copyOf(read.cells());
            cellCache.put(code, new CachedCells(read.version(), cells));
            return cells;
        });
    }

    private List<IndicatorValue> surveyValues(Indicator indicator, List<String> by) {
        List<SurveyCell> cells = surveyCells(indicator.code());
        Map<Integer, List<SurveyCell>> byYear = new TreeMap<>();
        for (SurveyCell c : cells) {
            if (c.valid()) {
                byYear.computeIfAbsent(c.year(), y -> new ArrayList<>()).add(c);
            }
        }
        List<IndicatorValue> out = new ArrayList<>();
        for (Map.Entry<Integer, List<SurveyCell>> year : byYear.entrySet()) {
            out.addAll(surveyYear(indicator.code(), Period.year(year.getKey()), year.getValue(), by));
        }
        return out;
    }

    /** One year: one question gives its share; several questions give the mean of their shares. */
    private List<IndicatorValue> surveyYear(String code, Period period, List<SurveyCell> cells, List<String> by) {
        Map<String, List<no.framdrift.stats.SurveyCell>> byQuestion = new TreeMap<>();
        Set<Long> batches = new TreeSet<>();
        // the cells of one background cell share one map: one immutable copy of it for all of them
        // (the stats cell keeps an immutable map as it is) instead of a copy per cell
        Map<Map<String, String>, Map<String, String>> groups = new java.util.IdentityHashMap<>();
        for (SurveyCell c : cells) {
            byQuestion.computeIfAbsent(c.question(), q -> new ArrayList<>()).add(new no.framdrift.stats.SurveyCell(
                    groups.computeIfAbsent(c.background(), Map::copyOf), c.positive(), c.respondents(), c.sumW(), c.sumW2()));
            batches.add(c.batchId());
        }
        String batchText = batches.stream().map(String::valueOf).collect(Collectors.joining(" "));
        SurveyShares shares = new SurveyShares(suppression);
        if (byQuestion.size() == 1) {
            List<no.framdrift.stats.SurveyCell> q = byQuestion.values().iterator().next();
            if (by.isEmpty()) {
                return shares.ofYear(q).map(s -> List.of(surveyValue(code, period, "", s, batchText, null)))
                        .orElse(List.of());
            }
            List<IndicatorValue> out = new ArrayList<>();
            shares.byGroups(q, by).forEach((key, s) -> out.add(surveyValue(code, period, groupLabel(by, key), s, batchText, null)));
            return out;
        }
        // Several questions (e.g. the advisory-board survey): the mean of the questions' shares.
        Map<String, List<SurveyShare>> perGroup = new LinkedHashMap<>();
        for (List<no.framdrift.stats.SurveyCell> q : byQuestion.values()) {
            if (by.isEmpty()) {
                shares.ofYear(q).ifPresent(s -> perGroup.computeIfAbsent("", k -> new ArrayList<>()).add(s));
            } else {
                shares.byGroups(q, by).forEach((key, s) ->
                        perGroup.computeIfAbsent(groupLabel(by, key), k -> new ArrayList<>()).add(s));
            }
        }
        List<IndicatorValue> out = new ArrayList<>();
        int questions = byQuestion.size();
        perGroup.forEach((group, list) -> out.add(meanOfShares(code, period, group, list, questions, batchText)));
        return out;
    }

    private static IndicatorValue surveyValue(String code, Period period, String group, SurveyShare s, String batches,
                                              String note) {
        Double se = Double.isFinite(s.standardError()) ? s.standardError() : null;
        return new IndicatorValue(code, period, IndicatorValue.NATIONAL, group, s.share(), s.weightedNumerator(), s.sumW(),
                s.n(), se, s.interval().low(), s.interval().high(), s.suppressed(), batches,
                note != null ? note : s.interval().method() == no.framdrift.stats.IntervalMethod.WILSON
                        ? "Wilson-intervall" : null);
    }

    private static IndicatorValue meanOfShares(String code, Period period, String group, List<SurveyShare> list,
                                               int questions, String batches) {
        boolean suppressed = list.size() < questions || list.stream().anyMatch(SurveyShare::suppressed);
        double mean = list.stream().mapToDouble(SurveyShare::share).average().orElse(Double.NaN);
        long n = list.stream().mapToLong(SurveyShare::n).min().orElse(0);
        return new IndicatorValue(code, period, IndicatorValue.NATIONAL, group, mean, null, null, n, null, null, null,
                suppressed, batches, "Gjennomsnitt av " + questions + " spørsmål");
    }

    private static String groupLabel(List<String> by, List<String> key) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < by.size(); i++) {
            parts.add(by.get(i) + "=" + key.get(i));
        }
        return String.join("|", parts);
    }

    private List<IndicatorValue> averageOfShares(Catalogue catalogue, Indicator indicator, List<String> by) {
        // The mean over every question of every part (the seed's 72 % = the mean of the five
        // questions, not of the two parts' means).
        List<SurveyCell> cells = new ArrayList<>();
        List<String> codes = new ArrayList<>(indicator.parts());
        codes.add(indicator.code());
        tx.run(dsl -> {
            for (String c : codes) {
                for (SurveyCell cell : surveyCells(c)) {
                    // keep questions of different parts apart even if they share a column name
                    cells.add(new SurveyCell(cell.batchId(), indicator.code(), c + "/" + cell.question(), cell.year(),
                            cell.answer(), cell.positive(), cell.valid(), cell.background(), cell.respondents(),
                            cell.sumW(), cell.sumW2()));
                }
            }
        });
        Map<Integer, List<SurveyCell>> byYear = new TreeMap<>();
        for (SurveyCell c : cells) {
            if (c.valid()) {
                byYear.computeIfAbsent(c.year(), y -> new ArrayList<>()).add(c);
            }
        }
        List<IndicatorValue> out = new ArrayList<>();
        byYear.forEach((year, list) -> out.addAll(surveyYear(indicator.code(), Period.year(year), list, by)));
        return out;
    }

    // ---------------------------------------------------------------- registry shares and counts

    /** @param codes when not null, gets the area code of each value, in the order of the values */
    private List<IndicatorValue> registryValues(Indicator indicator, boolean count, List<String> codes) {
        List<RegistryValue> rows = tx.inTransaction(dsl -> new RegistryValueRepository(dsl).values(indicator.code()));
        if (rows.isEmpty()) {
            return List.of();
        }
        // Numerators and denominators may come from different batches (an extract and a population
        // table): sum them per area and period.
        Map<String, Map<Period, double[]>> sums = new TreeMap<>();
        Map<String, Map<Period, Set<Long>>> provenance = new TreeMap<>();
        Set<Period.Granularity> granularities = new LinkedHashSet<>();
        for (RegistryValue r : rows) {
            double[] s = sums.computeIfAbsent(r.areaCode(), a -> new TreeMap<>())
                    .computeIfAbsent(r.period(), p -> new double[] {Double.NaN, Double.NaN});
            if (r.numerator() != null) {
                s[0] = (Double.isNaN(s[0]) ? 0 : s[0]) + r.numerator();
            }
            if (r.denominator() != null) {
                s[1] = (Double.isNaN(s[1]) ? 0 : s[1]) + r.denominator();
            }
            provenance.computeIfAbsent(r.areaCode(), a -> new TreeMap<>())
                    .computeIfAbsent(r.period(), p -> new TreeSet<>()).add(r.batchId());
            granularities.add(r.period().granularity());
        }
        List<RegistryCell> cells = new ArrayList<>();
        sums.forEach((area, byPeriod) -> byPeriod.forEach((period, s) -> {
            if (!Double.isNaN(s[0]) && (count || !Double.isNaN(s[1]))) {
                cells.add(new RegistryCell(period, area, s[0], count ? 0 : s[1]));
            }
        }));
        Period.Granularity finest = granularities.stream().max(Comparator.comparingInt(Period.Granularity::perYear))
                .orElse(Period.Granularity.YEAR);
        RegistryAggregation aggregation = new RegistryAggregation(suppression);
        TimeAggregation how = indicator.timeAggregation();
        List<IndicatorValue> out = new ArrayList<>();
        for (Map.Entry<String, Set<String>> area : reportingAreas(sums.keySet()).entrySet()) {
            String name = areaName(area.getKey());
            Set<String> members = area.getValue();
            String batches = batchesOf(provenance, members);
            for (Period.Granularity g : Period.Granularity.values()) {
                if (g.perYear() > finest.perYear()) {
                    continue;
                }
                if (count) {
                    List<no.framdrift.stats.RegistryValue> series = aggregation.countSeries(cells, members, g, how);
                    Map<Period, Double> counts = new TreeMap<>();
                    series.stream().filter(v -> isComplete(v, finest, how)).forEach(v -> counts.put(v.period(), v.value()));
                    for (no.framdrift.stats.RegistryValue v : series) {
                        Optional<Growth> growth = CountGrowth.at(counts, v.period());
                        boolean complete = isComplete(v, finest, how);
                        if (codes != null) {
                            codes.add(area.getKey());
                        }
                        out.add(new IndicatorValue(indicator.code(), v.period(), name, "", v.value(), v.numerator(), null,
                                null, null, null, null, v.suppressed(), batches,
                                complete ? null : incompleteNote(v, finest, how),
                                complete ? growth.flatMap(x -> boxed(x.percentOnOneYear())).orElse(null) : null,
                                complete ? growth.flatMap(x -> boxed(x.percentOnTwoYears())).orElse(null) : null));
                    }
                } else {
                    for (no.framdrift.stats.RegistryValue v : aggregation.shareSeries(cells, members, g, how)) {
                        boolean complete = isComplete(v, finest, how);
                        if (codes != null) {
                            codes.add(area.getKey());
                        }
                        out.add(new IndicatorValue(indicator.code(), v.period(), name, "", v.value(), v.numerator(),
                                v.denominator(), null, null, null, null, v.suppressed(), batches,
                                complete ? null : incompleteNote(v, finest, how)));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether the data cover the whole period: every finer period of it, or, for a value at the
     * end of the period, its last one (a stock at the end of September is the quarter's value
     * whether or not July was imported).
     */
    private static boolean isComplete(no.framdrift.stats.RegistryValue v, Period.Granularity finest, TimeAggregation how) {
        if (how == TimeAggregation.END_OF_PERIOD) {
            return v.reachesEnd();
        }
        return v.periodsCovered() >= monthsOrUnits(v.period(), finest);
    }

    /**
     * "Ufullstendig periode (1 av 3)", and for a value at the end of the period which finer period
     * it is: "Ufullstendig periode (1 av 3): verdien er for okt.25, siste måned med data".
     */
    static String incompleteNote(no.framdrift.stats.RegistryValue v, Period.Granularity finest, TimeAggregation how) {
        String note = IndicatorValue.INCOMPLETE_PERIOD + " (" + v.periodsCovered() + " av " + monthsOrUnits(v.period(), finest) + ")";
        if (how != TimeAggregation.END_OF_PERIOD) {
            return note;
        }
        String unit = switch (v.latest().granularity()) {
            case MONTH -> "måned";
            case QUARTER -> "kvartal";
            case HALF_YEAR -> "halvår";
            case YEAR -> "år";
        };
        return note + ": verdien er for " + v.latest().label() + ", siste " + unit + " med data";
    }

    private static int monthsOrUnits(Period p, Period.Granularity finest) {
        return finest.perYear() / p.granularity().perYear();
    }

    private static Optional<Double> boxed(OptionalDouble d) {
        return d.isPresent() ? Optional.of(d.getAsDouble()) : Optional.empty();
    }

    /**
     * The areas to report: every area present in the data as it is, and, where municipalities are
     * present, their counties, health regions, custom areas and Norway (unless given directly).
     */
    private Map<String, Set<String>> reportingAreas(Set<String> present) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String code : sortAreas(present)) {
            out.put(code, Set.of(code));
        }
        Set<String> municipalities = present.stream()
                .filter(c -> areas.get().byCode(c).map(a -> a.level() == AreaLevel.MUNICIPALITY).orElse(false))
                .collect(Collectors.toCollection(TreeSet::new));
        if (municipalities.isEmpty()) {
            return out;
        }
        List<Area> aggregates = new ArrayList<>();
        aggregates.addAll(areas.get().ofLevel(AreaLevel.NATION));
        aggregates.addAll(areas.get().ofLevel(AreaLevel.REGION));
        aggregates.addAll(areas.get().ofLevel(AreaLevel.CUSTOM));
        aggregates.addAll(areas.get().ofLevel(AreaLevel.COUNTY));
        for (Area a : aggregates) {
            if (out.containsKey(a.code())) {
                continue;
            }
            Set<String> members = areas.get().municipalitiesOf(a.code()).stream().filter(municipalities::contains)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!members.isEmpty()) {
                out.put(a.code(), members);
            }
        }
        return out;
    }

    private List<String> sortAreas(Set<String> codes) {
        Comparator<String> byLevel = Comparator.comparingInt(c -> areas.get().byCode(c).map(a -> a.level().ordinal()).orElse(9));
        return codes.stream().sorted(byLevel.thenComparing(Comparator.naturalOrder())).toList();
    }

    private String areaName(String code) {
        if (code.equals("NO")) {
            return IndicatorValue.NATIONAL;
        }
        return areas.get().byCode(code).map(Area::name).orElse(code);
    }

    private static String batchesOf(Map<String, Map<Period, Set<Long>>> provenance, Set<String> members) {
        Set<Long> ids = new TreeSet<>();
        for (String m : members) {
            provenance.getOrDefault(m, Map.of()).values().forEach(ids::addAll);
        }
        return ids.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    // ---------------------------------------------------------------- unit lists

    /**
     * @param level null for Norway and the health regions (the stored values); otherwise the areas of
     *              that level (municipality, county, health region, custom area, Norway)
     * @param codes when not null, gets the area code of each value, in the order of the values
     */
    private List<IndicatorValue> unitValues(Indicator indicator, boolean populationWeighted, AreaLevel level,
                                            List<String> codes) {
        Map<Period, List<UnitListEntry>> byPeriod = new TreeMap<>();
        tx.run(dsl -> {
            UnitListRepository repo = new UnitListRepository(dsl);
            for (Period p : repo.periods(indicator.code())) {
                byPeriod.put(p, repo.entries(indicator.code(), p));
            }
        });
        List<IndicatorValue> out = new ArrayList<>();
        byPeriod.forEach((period, entries) -> {
            Map<String, List<UnitListEntry>> byArea = new LinkedHashMap<>();
            if (level == null) {
                byArea.put("NO", entries);
                for (UnitListEntry e : entries) {
                    regionOf(e.areaCode()).ifPresent(r -> byArea.computeIfAbsent(r, k -> new ArrayList<>()).add(e));
                }
            } else {
                byArea.putAll(unitsByLevel(entries, level));
            }
            byArea.forEach((area, list) -> {
                List<ServiceUnit> units = list.stream().map(e -> new ServiceUnit(e.unitId(),
                        e.population() == null ? 0 : e.population(), e.uses())).toList();
                Ratio r = populationWeighted ? Availability.populationWeighted(units) : Availability.shareOfUnits(units);
                String batches = list.stream().map(e -> String.valueOf(e.batchId())).distinct().sorted()
                        .collect(Collectors.joining(" "));
                boolean suppressed = populationWeighted ? false : suppression.suppressesRegistry(r.denominator());
                if (codes != null) {
                    codes.add(area);
                }
                out.add(new IndicatorValue(indicator.code(), period, areaName(area), "", r.value(), r.numerator(),
                        r.denominator(), (long) list.size(), null, null, null, suppressed, batches,
                        populationWeighted ? null : null));
            });
        });
        return out;
    }

    /** Unit-list entries grouped by the areas of one level their municipality lies in. */
    private Map<String, List<UnitListEntry>> unitsByLevel(List<UnitListEntry> entries, AreaLevel level) {
        Map<String, List<UnitListEntry>> out = new LinkedHashMap<>();
        if (level == AreaLevel.NATION) {
            out.put("NO", entries);
            return out;
        }
        List<Area> custom = level == AreaLevel.CUSTOM ? areas.get().ofLevel(AreaLevel.CUSTOM) : List.of();
        for (UnitListEntry e : entries) {
            Optional<Area> municipality = e.areaCode() == null ? Optional.empty()
                    : areas.get().byCode(e.areaCode()).filter(a -> a.level() == AreaLevel.MUNICIPALITY);
            if (municipality.isEmpty()) {
                continue;
            }
            Area m = municipality.get();
            switch (level) {
                case MUNICIPALITY -> out.computeIfAbsent(m.code(), k -> new ArrayList<>()).add(e);
                case COUNTY -> {
                    if (m.countyCode() != null) {
                        out.computeIfAbsent(m.countyCode(), k -> new ArrayList<>()).add(e);
                    }
                }
                case REGION -> {
                    if (m.regionCode() != null) {
                        out.computeIfAbsent(m.regionCode(), k -> new ArrayList<>()).add(e);
                    }
                }
                case CUSTOM -> custom.stream().filter(c -> c.members().contains(m.code()))
                        .forEach(c -> out.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(e));
                default -> { }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- values per area of one level

    /**
     * One value of an area with the area's code: names repeat across levels (Oslo is both a county
     * and a municipality), codes do not.
     */
    public record AreaValue(String areaCode, IndicatorValue value) {
    }

    /**
     * The values of an indicator for every area of one level that the data reach: municipalities
     * and counties from unit lists and municipal registry extracts, health regions, custom areas
     * and Norway; for surveys the subgroups of a background variable named after the level
     * ({@code helseregion}, {@code fylke}, {@code kommune}). The suppression rules apply to each
     * area's own counts. Empty for a composite (its parts have their own maps).
     */
    public List<AreaValue> byLevel(Catalogue catalogue, Indicator indicator, AreaLevel level) {
        List<String> codes = new ArrayList<>();
        List<IndicatorValue> values = switch (indicator.kind()) {
            case REGISTRY_SHARE -> registryValues(indicator, false, codes);
            case COUNT -> registryValues(indicator, true, codes);
            case POPULATION_WEIGHTED -> unitValues(indicator, true, level, codes);
            case SHARE_OF_UNITS -> unitValues(indicator, false, level, codes);
            case SURVEY_SHARE, AVERAGE_OF_SHARES -> surveyByLevel(catalogue, indicator, level, codes,
                    () -> backgroundVariables(indicator));
            case COMPOSITE -> List.of();
        };
        return atLevel(values, codes, level);
    }

    /**
     * The values of one indicator per area level, each level computed once when first asked: a map
     * or an export asks for several levels of the same indicator (which levels have data, then the
     * map's level and the custom areas drawn on it), and a registry indicator's values are computed
     * for every area at once, so all its levels come from one computation instead of one each.
     * The values are those of the moment each level was first asked: hold one for one export or
     * one map, not longer.
     */
    public AreaValues areaValues(Catalogue catalogue, Indicator indicator) {
        return new AreaValues(catalogue, indicator);
    }

    /** One indicator's values per area level, see {@link #areaValues}; safe to share between threads. */
    public final class AreaValues {
        private final Catalogue catalogue;
        private final Indicator indicator;
        private final Map<AreaLevel, List<AreaValue>> levels = new java.util.EnumMap<>(AreaLevel.class);
        /** A registry indicator's values of every area and their area codes, computed once. */
        private List<IndicatorValue> registry;
        private List<String> registryCodes;
        /** A survey indicator's background variables, asked once. */
        private List<String> variables;

        private AreaValues(Catalogue catalogue, Indicator indicator) {
            this.catalogue = catalogue;
            this.indicator = indicator;
        }

        public Catalogue catalogue() {
            return catalogue;
        }

        public Indicator indicator() {
            return indicator;
        }

        /** The same as {@link ValuesService#byLevel} for this indicator and level (unmodifiable). */
        public synchronized List<AreaValue> at(AreaLevel level) {
            List<AreaValue> known = levels.get(level);
            if (known == null) {
                known = java.util.Collections.unmodifiableList(compute(level));
                levels.put(level, known);
            }
            return known;
        }

        private List<AreaValue> compute(AreaLevel level) {
            if (indicator.kind() == IndicatorKind.SURVEY_SHARE || indicator.kind() == IndicatorKind.AVERAGE_OF_SHARES) {
                List<String> codes = new ArrayList<>();
                // the background variables asked once for every level
                List<IndicatorValue> survey = surveyByLevel(catalogue, indicator, level, codes, () -> {
                    if (variables == null) {
                        variables = backgroundVariables(indicator);
                    }
                    return variables;
                });
                return atLevel(survey, codes, level);
            }
            if (indicator.kind() != IndicatorKind.REGISTRY_SHARE && indicator.kind() != IndicatorKind.COUNT) {
                return byLevel(catalogue, indicator, level);
            }
            // the registry values do not depend on the level asked: every area's, filtered below
            if (registry == null) {
                List<String> codes = new ArrayList<>();
                registry = registryValues(indicator, indicator.kind() == IndicatorKind.COUNT, codes);
                registryCodes = codes;
            }
            return atLevel(registry, registryCodes, level);
        }
    }

    /** The values whose area (by code, in the same order) is of the level. */
    private List<AreaValue> atLevel(List<IndicatorValue> values, List<String> codes, AreaLevel level) {
        List<AreaValue> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String code = codes.get(i);
            boolean atLevel = areas.get().byCode(code).map(a -> a.level() == level).orElse(false);
            if (atLevel) {
                out.add(new AreaValue(code, values.get(i)));
            }
        }
        return out;
    }

    /** Background variables that name areas of a level (as the sample surveys and extracts call them). */
    static List<String> areaVariables(AreaLevel level) {
        return switch (level) {
            case REGION -> List.of("helseregion", "region");
            case COUNTY -> List.of("fylke");
            case MUNICIPALITY -> List.of("kommune", "kommunenr");
            default -> List.of();
        };
    }

    private List<IndicatorValue> surveyByLevel(Catalogue catalogue, Indicator indicator, AreaLevel level,
                                               List<String> codes, java.util.function.Supplier<List<String>> variables) {
        if (level == AreaLevel.NATION) {
            List<IndicatorValue> all = compute(catalogue, indicator, List.of());
            all.forEach(v -> codes.add("NO"));
            return all;
        }
        List<String> named = areaVariables(level);
        if (named.isEmpty()) {
            return List.of(); // no background variable names areas of this level (custom areas)
        }
        List<String> known = variables.get();
        Optional<String> variable = named.stream().filter(known::contains).findFirst();
        if (variable.isEmpty()) {
            return List.of();
        }
        List<IndicatorValue> out = new ArrayList<>();
        for (IndicatorValue v : compute(catalogue, indicator, List.of(variable.get()))) {
            String name = v.group().substring(v.group().indexOf('=') + 1);
            Optional<Area> area = areas.get().byCode(name).filter(a -> a.level() == level).or(() -> areas.get().byName(name, level));
            if (area.isPresent()) {
                codes.add(area.get().code());
                out.add(new IndicatorValue(v.indicatorCode(), v.period(), area.get().name(), "", v.value(), v.numerator(),
                        v.denominator(), v.n(), v.se(), v.ciLow(), v.ciHigh(), v.suppressed(), v.batches(), v.note(),
                        v.growthOneYear(), v.growthTwoYears()));
            }
        }
        return out;
    }

    private Optional<String> regionOf(String areaCode) {
        if (areaCode == null) {
            return Optional.empty();
        }
        return areas.get().byCode(areaCode).map(Area::regionCode).filter(r -> r != null && !r.isBlank());
    }

    // ---------------------------------------------------------------- composites

    /**
     * Each part's whole-population series side by side (group "del=CODE"), and an index (the
     * equally weighted mean of the parts) for the periods where every part has a value, only when
     * the parts share a unit.
     */
    private List<IndicatorValue> compositeValues(Catalogue catalogue, Indicator indicator) {
        List<Indicator> parts = catalogue.partsOf(indicator);
        List<IndicatorValue> out = new ArrayList<>();
        Map<Period, List<CompositePart>> perPeriod = new TreeMap<>();
        Map<Period, Set<Long>> indexBatches = new TreeMap<>();
        for (Indicator part : parts) {
            for (IndicatorValue v : compute(catalogue, part, List.of())) {
                if (!v.area().equals(IndicatorValue.NATIONAL) || !v.group().isEmpty()) {
                    continue;
                }
                out.add(new IndicatorValue(indicator.code(), v.period(), v.area(), "del=" + part.code(), v.value(),
                        v.numerator(), v.denominator(), v.n(), v.se(), v.ciLow(), v.ciHigh(), v.suppressed(),
                        v.batches(), part.name(), v.growthOneYear(), v.growthTwoYears()));
                if (v.value() != null) {
                    perPeriod.computeIfAbsent(v.period(), p -> new ArrayList<>())
                            .add(new CompositePart(part.code(), part.unit(), v.value(), 1.0));
                    indexBatches.computeIfAbsent(v.period(), p -> new TreeSet<>()).addAll(v.batchIds());
                }
            }
        }
        boolean sameUnit = parts.stream().map(Indicator::unit).distinct().count() == 1;
        if (sameUnit && !parts.isEmpty() && parts.get(0).unit() == Unit.PERCENT) {
            perPeriod.forEach((period, list) -> {
                if (list.size() == parts.size()) {
                    CompositeIndex.of(list).ifPresent(index -> out.add(new IndicatorValue(indicator.code(), period,
                            IndicatorValue.NATIONAL, "", index, null, null, null, null, null, null, false,
                            indexBatches.getOrDefault(period, Set.of()).stream().map(String::valueOf)
                                    .collect(Collectors.joining(" ")),
                            "Indeks: likt vektet gjennomsnitt av " + parts.size() + " deler")));
                }
            });
        }
        return out;
    }

    /**
     * Recomputes every indicator of the catalogue and replaces the stored values in one
     * transaction, so readers see either the old or the new set, never a mix.
     *
     * @return the number of values stored per indicator code
     */
    public Map<String, Integer> recomputeAll(Catalogue catalogue) {
        return recompute(catalogue, catalogue.indicators());
    }

    /**
     * Recomputes the given indicators and every indicator built on them (an average of shares or
     * a composite whose parts include one, and so on up), in one transaction like
     * {@link #recomputeAll}; the others keep their stored values.
     *
     * @return the number of values stored per recomputed indicator code
     */
    public Map<String, Integer> recompute(Catalogue catalogue, Collection<String> codes) {
        Set<String> affected = new LinkedHashSet<>(codes);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Indicator i : catalogue.indicators()) {
                if (!affected.contains(i.code()) && i.parts().stream().anyMatch(affected::contains)) {
                    affected.add(i.code());
                    grew = true;
                }
            }
        }
        return recompute(catalogue, catalogue.indicators().stream().filter(i -> affected.contains(i.code())).toList());
    }

    private Map<String, Integer> recompute(Catalogue catalogue, List<Indicator> indicators) {
        // what the values are computed from, recorded with them: stale values are noticed on open
        String from = recordsDataVersion
                ? tx.inTransaction(dsl -> new no.framdrift.store.BatchIntegrity(dsl).dataFingerprint()) : null;
        Map<String, List<IndicatorValue>> all = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            all.put(i.code(), compute(catalogue, i, List.of()));
        }
        // Only indicators whose values changed since this process last stored them are rewritten
        // (the data folder is locked to this process, so nothing else writes them meanwhile).
        Map<String, Integer> changed = new LinkedHashMap<>();
        all.forEach((code, values) -> {
            int hash = values.hashCode();
            if (!Integer.valueOf(hash).equals(storedHashes.get(code))) {
                changed.put(code, hash);
            }
        });
        tx.run(dsl -> {
            no.framdrift.store.ComputedValueRepository repo = new no.framdrift.store.ComputedValueRepository(dsl);
            changed.keySet().forEach(code -> repo.replace(code, all.get(code)));
            no.framdrift.store.BatchIntegrity integrity = new no.framdrift.store.BatchIntegrity(dsl);
            if (from != null && !integrity.valuesComputedFrom().map(from::equals).orElse(false)) {
                integrity.setValuesComputedFrom(from);
            }
        });
        storedHashes.putAll(changed);
        Map<String, Integer> counts = new LinkedHashMap<>();
        all.forEach((code, values) -> counts.put(code, values.size()));
        return counts;
    }

    /**
     * The example batches' numbers: a value drawn from any of them is example data and is marked
     * "Eksempeldata" wherever it shows.
     */
    public Set<Long> sampleBatchIds() {
        return tx.inTransaction(dsl -> new no.framdrift.store.ImportBatchRepository(dsl).sampleIds());
    }

    /** Whether any of the values is drawn from an example batch. */
    public boolean anySample(Collection<IndicatorValue> values) {
        Set<Long> sample = sampleBatchIds();
        return !sample.isEmpty() && values.stream().anyMatch(v -> v.drawsOn(sample));
    }

    /** The stored values of one indicator (as of the last recompute). */
    public List<IndicatorValue> stored(String code) {
        return tx.inTransaction(dsl -> new no.framdrift.store.ComputedValueRepository(dsl).values(code));
    }

    /**
     * The background variables the imported survey answers of an indicator (and, for an average of
     * shares, of its parts) can be broken down by, sorted by name; empty for registry kinds. These
     * are the names {@link #compute} accepts in {@code by}.
     */
    public List<String> backgroundVariables(Indicator indicator) {
        if (indicator.kind() != IndicatorKind.SURVEY_SHARE && indicator.kind() != IndicatorKind.AVERAGE_OF_SHARES) {
            return List.of();
        }
        List<String> codes = new ArrayList<>(indicator.parts());
        codes.add(indicator.code());
        Set<String> names = new TreeSet<>();
        // the answer cells of one background cell share its map (SurveyCell.background): each map's
        // names once, not once per answer cell (~19,000 maps against ~440,000 cells for a
        // million-respondent survey: a third of `values --by`'s main thread before, issue 16)
        Set<Map<String, String>> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        // through the cache: `values --by` and the values tab ask for the names, then for the values
        for (String c : codes) {
            for (SurveyCell cell : surveyCells(c)) {
                if (seen.add(cell.background())) {
                    names.addAll(cell.background().keySet());
                }
            }
        }
        return List.copyOf(names);
    }

    /** The indicator kinds that have values of their own (the rest get theirs from parts). */
    public static boolean hasOwnData(IndicatorKind kind) {
        return kind != IndicatorKind.COMPOSITE;
    }

    static <T> List<T> listOf(Collection<T> c) {
        return new ArrayList<>(c);
    }
}
