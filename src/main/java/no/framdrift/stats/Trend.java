package no.framdrift.stats;

import java.util.List;
import java.util.Optional;

import no.framdrift.domain.Period;

/**
 * A least-squares straight line through series points on {@link TimeAxis}: value = intercept +
 * slope·t, t in years.
 *
 * @param slopePerYear change per year
 * @param intercept    value at t = 0 (only meaningful through {@link #valueAt})
 * @param points       how many points it was fitted to
 * @param first        the first period used
 * @param last         the last period used
 */
public record Trend(double slopePerYear, double intercept, int points, Period first, Period last) {

    public double valueAt(double time) {
        return intercept + slopePerYear * time;
    }

    /** Fits a line to the points (ordinary least squares); empty with fewer than two distinct times. */
    public static Optional<Trend> fit(List<SeriesPoint> points) {
        if (points.size() < 2) {
            return Optional.empty();
        }
        // Centre the times so that t² sums do not lose precision around t ≈ 2025.
        double meanT = 0;
        double meanV = 0;
        for (SeriesPoint p : points) {
            meanT += TimeAxis.of(p.period());
            meanV += p.value();
        }
        meanT /= points.size();
        meanV /= points.size();
        double sxx = 0;
        double sxy = 0;
        for (SeriesPoint p : points) {
            double dt = TimeAxis.of(p.period()) - meanT;
            sxx += dt * dt;
            sxy += dt * (p.value() - meanV);
        }
        if (sxx < 1e-12) {
            return Optional.empty();
        }
        double slope = sxy / sxx;
        return Optional.of(new Trend(slope, meanV - slope * meanT, points.size(),
                points.get(0).period(), points.get(points.size() - 1).period()));
    }
}
