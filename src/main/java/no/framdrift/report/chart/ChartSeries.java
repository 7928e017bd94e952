package no.framdrift.report.chart;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.framdrift.domain.Period;

/**
 * A named series, e.g. "Bergensområdet (N= 475 472)": the name is the legend text as the steward
 * wants it read. {@code labelled} asks for data labels on its points (the layout may still drop a
 * label that would overlap another).
 */
public record ChartSeries(String name, SeriesRole role, List<ChartPoint> points, boolean labelled) {

    public ChartSeries {
        Objects.requireNonNull(name, "name");
        role = role == null ? SeriesRole.ACTUAL : role;
        points = points == null ? List.of() : List.copyOf(points);
    }

    public static ChartSeries actual(String name, List<ChartPoint> points) {
        return new ChartSeries(name, SeriesRole.ACTUAL, points, true);
    }

    public static ChartSeries path(String name, List<ChartPoint> points) {
        return new ChartSeries(name, SeriesRole.PATH, points, false);
    }

    public static ChartSeries projection(String name, List<ChartPoint> points) {
        return new ChartSeries(name, SeriesRole.PROJECTION, points, false);
    }

    public Optional<ChartPoint> pointAt(Period period) {
        return points.stream().filter(p -> p.period().equals(period)).findFirst();
    }

    public boolean dashed() {
        return role != SeriesRole.ACTUAL;
    }
}
