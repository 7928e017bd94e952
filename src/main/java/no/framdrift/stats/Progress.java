package no.framdrift.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import no.framdrift.domain.Ambition;
import no.framdrift.domain.Period;
import no.framdrift.domain.SeriesBreak;

/**
 * Whether an indicator is on its way to its ambition: the gap between the latest value and the
 * {@link AmbitionPath} at that period, and a least-squares projection over the latest points after
 * the last series break (a break restarts the trend: levels before it measure something else).
 */
public final class Progress {

    /** Years beyond which a projection is "not at this pace" rather than a year. */
    private static final int LAST_YEAR = 2200;

    private final boolean higherIsBetter;
    private final ProgressSettings settings;

    public Progress(boolean higherIsBetter, ProgressSettings settings) {
        this.higherIsBetter = higherIsBetter;
        this.settings = settings;
    }

    /**
     * Progress of the series (any order; NaN values ignored) along the path. {@code path} may be
     * null when the indicator has no baseline value: the status is then NO_DATA, but the trend is
     * still reported.
     */
    public ProgressReport assess(List<SeriesPoint> series, AmbitionPath path, Collection<SeriesBreak> breaks) {
        List<SeriesPoint> points = new ArrayList<>(series);
        points.removeIf(p -> Double.isNaN(p.value()));
        points.sort(Comparator.comparing(SeriesPoint::period));
        if (points.isEmpty()) {
            Optional<Ambition> ambition = path == null ? Optional.empty()
                    : path.ambitions().stream().filter(Ambition::isSet).findFirst()
                            .or(() -> path.ambitions().stream().findFirst());
            return new ProgressReport(ambition, Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                    ProgressStatus.NO_DATA, Optional.empty(), OptionalDouble.empty(), OptionalInt.empty(), false);
        }
        SeriesPoint latest = points.get(points.size() - 1);
        Optional<Trend> trend = Trend.fit(trendPoints(points, latest.period(), breaks));
        Optional<Ambition> ambition = path == null ? Optional.empty() : path.governingAmbition(latest.period());

        OptionalDouble projected = ambition.isPresent() && trend.isPresent()
                ? OptionalDouble.of(trend.get().valueAt(TimeAxis.ofAmbitionYear(ambition.get().year())))
                : OptionalDouble.empty();

        if (path == null) {
            return new ProgressReport(ambition, Optional.of(latest), OptionalDouble.empty(), OptionalDouble.empty(),
                    ProgressStatus.NO_DATA, trend, projected, OptionalInt.empty(), false);
        }
        if (ambition.isEmpty() || !ambition.get().isSet()) {
            return new ProgressReport(ambition, Optional.of(latest), OptionalDouble.empty(), OptionalDouble.empty(),
                    ProgressStatus.AMBITION_NOT_SET, trend, projected, OptionalInt.empty(), false);
        }
        double target = ambition.get().target();
        boolean reached = meets(latest.value(), target);
        OptionalDouble planned = path.plannedAt(latest.period());
        if (planned.isEmpty()) {
            // The latest value lies before the baseline: nothing to judge yet.
            return new ProgressReport(ambition, Optional.of(latest), planned, OptionalDouble.empty(),
                    ProgressStatus.NO_DATA, trend, projected, reachYear(latest, target, trend, reached), reached);
        }
        double gap = latest.value() - planned.getAsDouble();
        return new ProgressReport(ambition, Optional.of(latest), planned, OptionalDouble.of(gap), status(gap), trend,
                projected, reachYear(latest, target, trend, reached), reached);
    }

    /** The status for a gap (latest − planned), respecting the indicator's direction. */
    public ProgressStatus status(double gap) {
        double behind = higherIsBetter ? -gap : gap;
        double tolerance = settings.tolerance();
        if (behind <= tolerance + 1e-12) {
            return ProgressStatus.ON_TRACK;
        }
        if (behind <= 2 * tolerance + 1e-12) {
            return ProgressStatus.AT_RISK;
        }
        return ProgressStatus.OFF_TRACK;
    }

    /** The points the trend is fitted to: after the latest break, the last {@code projectionPoints}. */
    List<SeriesPoint> trendPoints(List<SeriesPoint> sorted, Period latest, Collection<SeriesBreak> breaks) {
        Optional<Period> lastBreak = SeriesBreaks.latestUpTo(latest, breaks);
        List<SeriesPoint> since = sorted.stream()
                .filter(p -> lastBreak.isEmpty() || SeriesBreaks.onOrAfter(p.period(), lastBreak.get()))
                .toList();
        int from = Math.max(0, since.size() - settings.projectionPoints());
        return since.subList(from, since.size());
    }

    private OptionalInt reachYear(SeriesPoint latest, double target, Optional<Trend> trend, boolean reached) {
        if (reached) {
            return OptionalInt.of(latest.period().year());
        }
        if (trend.isEmpty()) {
            return OptionalInt.empty();
        }
        double slope = trend.get().slopePerYear();
        boolean towardTarget = higherIsBetter ? slope > 0 : slope < 0;
        if (!towardTarget) {
            return OptionalInt.empty();
        }
        double when = (target - trend.get().intercept()) / slope;
        int year = Math.max(TimeAxis.yearReaching(when), latest.period().year());
        return year > LAST_YEAR ? OptionalInt.empty() : OptionalInt.of(year);
    }

    private boolean meets(double value, double target) {
        return higherIsBetter ? value >= target : value <= target;
    }
}
