package no.framdrift.app.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import no.framdrift.domain.Ambition;
import no.framdrift.domain.Assessment;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Frequency;
import no.framdrift.domain.GoalArea;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.IndicatorValue;
import no.framdrift.domain.Period;
import no.framdrift.domain.Period.Granularity;
import no.framdrift.domain.Unit;
import no.framdrift.stats.AmbitionPath;
import no.framdrift.stats.Change;
import no.framdrift.stats.ChangeTest;
import no.framdrift.stats.Progress;
import no.framdrift.stats.ProgressSettings;
import no.framdrift.stats.ProgressStatus;
import no.framdrift.stats.SeriesBreaks;
import no.framdrift.stats.SeriesPoint;
import no.framdrift.stats.SurveyShare;
import no.framdrift.app.catalogue.CatalogueService;
import no.framdrift.app.values.IndicatorProgress;

/**
 * The overview from the catalogue and the stored values: one tile per top-level indicator (parts
 * inside their composite), from the national whole-population values only.
 *
 * <p>Choices a steward should know:
 * <ul>
 *   <li>The series shown is the granularity whose latest value is the most recent; on a tie the one
 *       matching the indicator's frequency (months for løpende, quarters, years), else the finer.</li>
 *   <li>The change compares the latest value with the one before it in that series. Shares change in
 *       percentage points, counts in per cent. When both values carry a standard error the z test of
 *       {@link ChangeTest} decides whether it is outside the margin of error; a series break between
 *       the two makes them not comparable.</li>
 *   <li>Progress uses {@link Progress} with ambition targets in per cent (shares × 100). The path
 *       starts at the baseline's value; when the baseline is missing or has no value among the
 *       national values, it starts at the first value of the series shown.</li>
 * </ul>
 * Values are read once per indicator per load; nothing here touches JavaFX.
 */
public final class CatalogueOverviewService implements OverviewService {

    /** Periods in a tile's sparkline. */
    static final int SPARKLINE_PERIODS = 8;

    private final Supplier<Catalogue> catalogue;
    private final Function<String, List<IndicatorValue>> values;
    private final Function<String, List<Assessment>> assessments;
    private final ProgressSettings settings;
    private final Supplier<java.util.Set<Long>> sampleBatches;

    /** The composition root's constructor: the catalogue and assessments from the workspace, values from the value store. */
    public CatalogueOverviewService(CatalogueService catalogue, Function<String, List<IndicatorValue>> values) {
        this(catalogue::load, values, catalogue::assessments, ProgressSettings.DEFAULTS);
    }

    /** As above, marking the tiles whose values come from the example batches ({@code sampleBatches}). */
    public CatalogueOverviewService(CatalogueService catalogue, Function<String, List<IndicatorValue>> values,
            Supplier<java.util.Set<Long>> sampleBatches) {
        this(catalogue::load, values, catalogue::assessments, ProgressSettings.DEFAULTS, sampleBatches);
    }

    public CatalogueOverviewService(Supplier<Catalogue> catalogue, Function<String, List<IndicatorValue>> values,
            Function<String, List<Assessment>> assessments, ProgressSettings settings) {
        this(catalogue, values, assessments, settings, java.util.Set::of);
    }

    public CatalogueOverviewService(Supplier<Catalogue> catalogue, Function<String, List<IndicatorValue>> values,
            Function<String, List<Assessment>> assessments, ProgressSettings settings,
            Supplier<java.util.Set<Long>> sampleBatches) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.values = Objects.requireNonNull(values, "values");
        this.assessments = Objects.requireNonNull(assessments, "assessments");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sampleBatches = Objects.requireNonNull(sampleBatches, "sampleBatches");
    }

    @Override
    public Overview load(LocalDate today) {
        Catalogue c = catalogue.get();
        Map<String, List<IndicatorValue>> byCode = new HashMap<>();
        for (Indicator i : c.indicators()) {
            List<IndicatorValue> v = values.apply(i.code());
            byCode.put(i.code(), v == null ? List.of() : v);
        }
        List<OverviewSection> sections = new ArrayList<>();
        java.util.Set<Long> sample = sampleBatches.get();
        for (GoalArea goal : c.goals()) {
            List<OverviewTile> tiles = c.topLevelIn(goal.code()).stream().map(i -> tile(c, i, byCode, sample)).toList();
            sections.add(new OverviewSection(goal, tiles));
        }
        List<DueForUpdate.Entry> entries = new ArrayList<>();
        for (Indicator i : c.indicators()) {
            if (i.isComposite() && !c.partsOf(i).isEmpty()) {
                continue; // judged through its parts
            }
            Period latestData = byCode.get(i.code()).stream()
                    .filter(IndicatorValue::isWholePopulation)
                    .map(IndicatorValue::period).max(Comparator.naturalOrder()).orElse(null);
            entries.add(new DueForUpdate.Entry(i.code(), i.name(), i.status(),
                    i.frequency() == null ? Frequency.ARLIG : i.frequency(), latestData, latestAssessment(i.code())));
        }
        return new Overview(today, sections, DueForUpdate.asOf(today, entries));
    }

    private Period latestAssessment(String code) {
        List<Assessment> list = assessments.apply(code);
        if (list == null) {
            return null;
        }
        return list.stream().map(a -> Period.parse(a.period())).flatMap(Optional::stream)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    OverviewTile tile(Catalogue c, Indicator i, Map<String, List<IndicatorValue>> byCode) {
        return tile(c, i, byCode, java.util.Set.of());
    }

    OverviewTile tile(Catalogue c, Indicator i, Map<String, List<IndicatorValue>> byCode, java.util.Set<Long> sample) {
        List<IndicatorValue> national = byCode.getOrDefault(i.code(), List.of()).stream()
                .filter(v -> IndicatorValue.NATIONAL.equals(v.area()) && v.isWholePopulation())
                .toList();
        TreeMap<Period, IndicatorValue> series = series(national, i.frequency());
        List<OverviewTile> parts = c.partsOf(i).stream().map(p -> tile(c, p, byCode, sample)).toList();
        boolean isSample = byCode.getOrDefault(i.code(), List.of()).stream().anyMatch(v -> v.drawsOn(sample))
                || parts.stream().anyMatch(OverviewTile::sample);
        Period latest = series.isEmpty() ? null : series.lastKey();
        Double latestValue = latest == null ? null : series.get(latest).value();
        return new OverviewTile(i.code(), i.name(), i.goal(), i.status(), i.kind(), i.unit(), i.decimals(),
                i.higherIsBetter(), latestValue, latest, sparkline(series), change(i, series),
                progress(i, series, national), parts, i.sources(), i.frequency(), isSample);
    }

    /** The national series of one granularity (see the class comment for which). */
    static TreeMap<Period, IndicatorValue> series(List<IndicatorValue> national, Frequency frequency) {
        return IndicatorProgress.series(national, frequency);
    }

    static List<Double> sparkline(TreeMap<Period, IndicatorValue> series) {
        if (series.isEmpty()) {
            return List.of();
        }
        List<Double> out = new ArrayList<>();
        Period first = series.firstKey();
        Period p = series.lastKey();
        for (int k = 0; k < SPARKLINE_PERIODS && p.compareTo(first) >= 0; k++, p = p.previous()) {
            IndicatorValue v = series.get(p);
            out.add(0, v == null ? null : v.value());
        }
        return out;
    }

    static TileChange change(Indicator i, TreeMap<Period, IndicatorValue> series) {
        if (series.size() < 2) {
            return null;
        }
        Map.Entry<Period, IndicatorValue> last = series.lastEntry();
        Map.Entry<Period, IndicatorValue> before = series.lowerEntry(last.getKey());
        IndicatorValue v2 = last.getValue();
        IndicatorValue v1 = before.getValue();
        if (v1.value() == null || v2.value() == null) {
            return null; // a suppressed value says nothing about change
        }
        Period from = before.getKey();
        Period to = last.getKey();
        boolean comparable = !SeriesBreaks.between(from, to, i.seriesBreaks());
        if (i.unit() == Unit.PERCENT) {
            double points = (v2.value() - v1.value()) * 100.0;
            if (v1.se() != null && v2.se() != null) {
                Change tested = ChangeTest.between(from, share(v1), to, share(v2), i.seriesBreaks());
                return new TileChange(from, to, tested.points(), TileChange.AmountUnit.PERCENTAGE_POINTS,
                        tested.direction(), true, tested.outsideMargin(), tested.comparable());
            }
            return new TileChange(from, to, points, TileChange.AmountUnit.PERCENTAGE_POINTS,
                    direction(points, i.decimals()), false, false, comparable);
        }
        if (v1.value() == 0) {
            return null; // growth from zero has no per cent
        }
        double percent = (v2.value() / v1.value() - 1) * 100.0;
        return new TileChange(from, to, percent, TileChange.AmountUnit.PERCENT, direction(percent, 0), false, false,
                comparable);
    }

    /** The change test needs only the share and its standard error. */
    private static SurveyShare share(IndicatorValue v) {
        long n = v.n() == null ? 0 : v.n();
        return new SurveyShare(v.value(), v.se(), null, null, n, n, 0, 0, true, false);
    }

    /** Up or down as the reader will see it: a change that rounds to zero is no change. */
    private static Change.Direction direction(double amount, int decimals) {
        double scale = Math.pow(10, decimals);
        long rounded = Math.round(Math.abs(amount) * scale);
        if (rounded == 0) {
            return Change.Direction.UNCHANGED;
        }
        return amount > 0 ? Change.Direction.UP : Change.Direction.DOWN;
    }

    ProgressStatus progress(Indicator i, TreeMap<Period, IndicatorValue> series, List<IndicatorValue> national) {
        if (series.values().stream().allMatch(v -> v.value() == null)) {
            return ProgressStatus.NO_DATA;
        }
        if (i.ambitions().stream().noneMatch(Ambition::isSet)) {
            return ProgressStatus.AMBITION_NOT_SET;
        }
        // the same reckoning as the drafted assessment and the deck (IndicatorProgress)
        return new IndicatorProgress(settings).report(i, series, national).status();
    }

}
