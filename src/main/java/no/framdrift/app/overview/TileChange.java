package no.framdrift.app.overview;

import java.util.Objects;
import no.framdrift.domain.Period;
import no.framdrift.stats.Change;

/**
 * The change of a tile's value since the previous period of its series.
 *
 * @param from          the previous period
 * @param to            the latest period
 * @param amount        percentage points for shares (0.45 → 0.52 is +7), per cent for counts
 * @param unit          whether {@code amount} is in points or per cent
 * @param direction     UP / DOWN, or UNCHANGED; for a tested survey change UNCHANGED also when the
 *                      change lies within the margin of error (as {@link Change#direction()} reads it)
 * @param marginTested  true when both values carry a standard error and the z test was done
 * @param outsideMargin |z| &gt; 1.959964 ("utenfor feilmarginen"); false when not tested
 * @param comparable    false when a series break lies between the two periods; then nothing is
 *                      said about direction or margin
 */
public record TileChange(
        Period from,
        Period to,
        double amount,
        AmountUnit unit,
        Change.Direction direction,
        boolean marginTested,
        boolean outsideMargin,
        boolean comparable) {

    /** How {@link #amount} is measured. */
    public enum AmountUnit {
        PERCENTAGE_POINTS,
        PERCENT
    }

    public TileChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
    }
}
