package no.framdrift.app.overview;

import java.util.List;
import java.util.Objects;
import no.framdrift.domain.GoalArea;

/** One goal area of the overview and its indicators' tiles, in catalogue order. */
public record OverviewSection(GoalArea goal, List<OverviewTile> tiles) {

    public OverviewSection {
        Objects.requireNonNull(goal, "goal");
        tiles = tiles == null ? List.of() : List.copyOf(tiles);
    }
}
