package no.framdrift.stats;

/**
 * Settings for progress.
 *
 * @param tolerance        how far behind the path still counts as on track, in the ambition's
 *                         scale (percentage points for percentages); up to twice this is "at risk"
 * @param projectionPoints how many of the latest points (after the last series break) the trend
 *                         is fitted to
 */
public record ProgressSettings(double tolerance, int projectionPoints) {

    public static final ProgressSettings DEFAULTS = new ProgressSettings(2.0, 5);

    public ProgressSettings {
        if (!(tolerance >= 0) || projectionPoints < 2) {
            throw new IllegalArgumentException("tolerance must be ≥ 0 and the trend needs at least two points");
        }
    }
}
