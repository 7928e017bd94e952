package no.framdrift.stats;

import no.framdrift.domain.Period;

/**
 * The change in a survey share between two years (independent samples).
 *
 * @param from           the earlier period
 * @param to             the later period
 * @param shareFrom      p₁, fraction 0–1
 * @param shareTo        p₂, fraction 0–1
 * @param points         p₂ − p₁ in percentage points
 * @param z              (p₂ − p₁)/√(SE₁² + SE₂²)
 * @param outsideMargin  |z| &gt; 1.959964: "utenfor feilmarginen"
 * @param comparable     false when a series break lies in (from, to]
 * @param suppressed     true when either share is suppressed; then nothing may be said about it
 */
public record Change(
        Period from,
        Period to,
        double shareFrom,
        double shareTo,
        double points,
        double z,
        boolean outsideMargin,
        boolean comparable,
        boolean suppressed) {

    /** Up, down or no change outside the margin of error. */
    public Direction direction() {
        if (!outsideMargin) {
            return Direction.UNCHANGED;
        }
        return points > 0 ? Direction.UP : Direction.DOWN;
    }

    /** How a change reads. */
    public enum Direction {
        UP, DOWN, UNCHANGED
    }
}
