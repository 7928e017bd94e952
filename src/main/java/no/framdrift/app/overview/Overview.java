package no.framdrift.app.overview;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where every indicator stands on a given day: the goal areas with their tiles, and what is due
 * for update, latest first.
 */
public record Overview(LocalDate asOf, List<OverviewSection> sections, List<DueItem> due) {

    public static final Overview EMPTY = new Overview(LocalDate.of(2000, 1, 1), List.of(), List.of());

    public Overview {
        Objects.requireNonNull(asOf, "asOf");
        sections = sections == null ? List.of() : List.copyOf(sections);
        due = due == null ? List.of() : List.copyOf(due);
    }

    /** Codes of indicators whose data or assessment is overdue (not merely due this period). */
    public Set<String> overdueCodes() {
        return due.stream().filter(DueItem::overdue).map(DueItem::indicatorCode).collect(Collectors.toUnmodifiableSet());
    }

    /** The tile of an indicator (top level or part), if shown. */
    public Optional<OverviewTile> tile(String code) {
        return sections.stream().flatMap(s -> s.tiles().stream()).flatMap(OverviewTile::selfAndParts)
                .filter(t -> t.code().equals(code)).findFirst();
    }
}
