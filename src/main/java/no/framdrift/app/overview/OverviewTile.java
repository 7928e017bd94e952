package no.framdrift.app.overview;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import no.framdrift.domain.Frequency;
import no.framdrift.domain.IndicatorKind;
import no.framdrift.domain.Period;
import no.framdrift.domain.Status;
import no.framdrift.domain.Unit;
import no.framdrift.stats.ProgressStatus;

/**
 * One indicator on the overview, everything the tile shows already computed, so that the view
 * only formats and draws.
 *
 * @param code         indicator code
 * @param name         indicator name
 * @param goalCode     the goal area it belongs to
 * @param status       Klar / Under arbeid / Avvent
 * @param kind         how the value is computed
 * @param unit         PERCENT (values are fractions 0–1) or COUNT
 * @param decimals     decimals to show
 * @param higherIsBetter whether a rise is good news (colours the arrow)
 * @param latestValue  the latest national whole-population value; null when there is none, or when
 *                     it is suppressed ({@code latestPeriod} is then still set and the view shows ":")
 * @param latestPeriod the latest period with a national value (null when there is no data)
 * @param sparkline    the last periods up to {@code latestPeriod}, oldest first; null = gap (missing
 *                     or suppressed)
 * @param change       change since the previous period; null when there is no previous value
 * @param progress     status against the ambition path
 * @param parts        tiles of a composite's parts, in the composite's order
 * @param sources      data sources
 * @param frequency    how often new data arrive
 * @param sample       its values are (in part) example data: the card says "Eksempeldata"
 */
public record OverviewTile(
        String code,
        String name,
        String goalCode,
        Status status,
        IndicatorKind kind,
        Unit unit,
        int decimals,
        boolean higherIsBetter,
        Double latestValue,
        Period latestPeriod,
        List<Double> sparkline,
        TileChange change,
        ProgressStatus progress,
        List<OverviewTile> parts,
        List<String> sources,
        Frequency frequency,
        boolean sample) {

    /** A tile of real data. */
    public OverviewTile(String code, String name, String goalCode, Status status, IndicatorKind kind, Unit unit,
                        int decimals, boolean higherIsBetter, Double latestValue, Period latestPeriod,
                        List<Double> sparkline, TileChange change, ProgressStatus progress, List<OverviewTile> parts,
                        List<String> sources, Frequency frequency) {
        this(code, name, goalCode, status, kind, unit, decimals, higherIsBetter, latestValue, latestPeriod, sparkline,
                change, progress, parts, sources, frequency, false);
    }

    public OverviewTile {
        Objects.requireNonNull(code, "code");
        name = name == null ? code : name;
        unit = unit == null ? Unit.PERCENT : unit;
        // nulls are meaningful here (gaps), so List.copyOf cannot be used
        sparkline = sparkline == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(sparkline));
        progress = progress == null ? ProgressStatus.NO_DATA : progress;
        parts = parts == null ? List.of() : List.copyOf(parts);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public Optional<Double> latest() {
        return Optional.ofNullable(latestValue);
    }

    public Optional<Period> latestPeriodIfAny() {
        return Optional.ofNullable(latestPeriod);
    }

    public Optional<TileChange> changeIfAny() {
        return Optional.ofNullable(change);
    }

    public boolean hasData() {
        return latestPeriod != null;
    }

    /** This tile and its parts (depth first). */
    public Stream<OverviewTile> selfAndParts() {
        return Stream.concat(Stream.of(this), parts.stream().flatMap(OverviewTile::selfAndParts));
    }
}
