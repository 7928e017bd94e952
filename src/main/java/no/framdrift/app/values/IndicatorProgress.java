package no.framdrift.app.values;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import no.framdrift.domain.Frequency;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.IndicatorValue;
import no.framdrift.domain.Period;
import no.framdrift.domain.Period.Granularity;
import no.framdrift.domain.Unit;
import no.framdrift.stats.AmbitionPath;
import no.framdrift.stats.Progress;
import no.framdrift.stats.ProgressReport;
import no.framdrift.stats.ProgressSettings;
import no.framdrift.stats.SeriesPoint;

/**
 * Progress toward the ambition as every screen says it: the overview's tile, the drafted
 * assessment and the deck's "Framdrift mot 2030" all ask this one class, so they cannot disagree.
 * The series is the national, whole-population one of one granularity (the one reaching furthest,
 * the indicator's frequency breaking ties, complete periods only); the path runs from the baseline
 * when the series has it, else from the baseline period at another granularity, else from the
 * first point.
 */
public final class IndicatorProgress {

    private final ProgressSettings settings;

    public IndicatorProgress(ProgressSettings settings) {
        this.settings = settings;
    }

    /** The national whole-population values of an indicator. */
    public static List<IndicatorValue> national(List<IndicatorValue> values) {
        return values.stream().filter(v -> IndicatorValue.NATIONAL.equals(v.area()) && v.isWholePopulation())
                .toList();
    }

    /** The national series of one granularity (see the class comment for which), by period. */
    public static TreeMap<Period, IndicatorValue> series(List<IndicatorValue> national, Frequency frequency) {
        Map<Granularity, TreeMap<Period, IndicatorValue>> byGranularity = new HashMap<>();
        for (IndicatorValue v : national) {
            if (v.isIncompletePeriod()) {
                continue;
            }
            byGranularity.computeIfAbsent(v.period().granularity(), g -> new TreeMap<>()).putIfAbsent(v.period(), v);
        }
        Granularity preferred = frequency == null ? null : switch (frequency) {
            case LOPENDE -> Granularity.MONTH;
            case KVARTALSVIS -> Granularity.QUARTER;
            case ARLIG -> Granularity.YEAR;
        };
        return byGranularity.entrySet().stream()
                .max(Comparator.<Map.Entry<Granularity, TreeMap<Period, IndicatorValue>>, java.time.YearMonth>comparing(
                                e -> e.getValue().lastKey().lastMonth())
                        .thenComparing(e -> e.getKey() == preferred)
                        .thenComparing(e -> e.getKey().perYear()))
                .map(Map.Entry::getValue)
                .orElseGet(TreeMap::new);
    }

    /** The progress of an indicator from all its values (any area and group; the national series is used). */
    public ProgressReport report(Indicator indicator, List<IndicatorValue> values) {
        List<IndicatorValue> national = national(values);
        return report(indicator, series(national, indicator.frequency()), national);
    }

    /** The progress of a series already chosen by {@link #series}. */
    public ProgressReport report(Indicator i, TreeMap<Period, IndicatorValue> series, List<IndicatorValue> national) {
        double scale = i.unit() == Unit.PERCENT ? 100.0 : 1.0;
        List<SeriesPoint> points = new ArrayList<>();
        series.forEach((p, v) -> {
            if (v.value() != null) {
                points.add(new SeriesPoint(p, v.value() * scale));
            }
        });
        Progress progress = new Progress(i.higherIsBetter(), settings);
        if (points.isEmpty()) {
            List<no.framdrift.domain.Ambition> byYear = i.ambitions().stream()
                    .sorted(Comparator.comparingInt(no.framdrift.domain.Ambition::year)).toList();
            Optional<no.framdrift.domain.Ambition> ambition = byYear.stream()
                    .filter(no.framdrift.domain.Ambition::isSet).findFirst().or(() -> byYear.stream().findFirst());
            return new ProgressReport(ambition, Optional.empty(), java.util.OptionalDouble.empty(),
                    java.util.OptionalDouble.empty(), no.framdrift.stats.ProgressStatus.NO_DATA, Optional.empty(),
                    java.util.OptionalDouble.empty(), java.util.OptionalInt.empty(), false);
        }
        AmbitionPath path = AmbitionPath.from(i.baseline(), points, i.ambitions())
                .or(() -> baselineElsewhere(i, national, scale))
                .orElseGet(() -> new AmbitionPath(points.get(0).period(), points.get(0).value(), i.ambitions()));
        return progress.assess(points, path, i.seriesBreaks());
    }

    /** A baseline at another granularity than the series shown (e.g. the 2022 yearly mean of a quarterly series). */
    private static Optional<AmbitionPath> baselineElsewhere(Indicator i, List<IndicatorValue> national, double scale) {
        if (i.baseline() == null) {
            return Optional.empty();
        }
        return Period.parse(i.baseline().period()).flatMap(period -> national.stream()
                .filter(v -> v.period().equals(period) && v.value() != null)
                .findFirst()
                .map(v -> new AmbitionPath(period, v.value() * scale, i.ambitions())));
    }
}
