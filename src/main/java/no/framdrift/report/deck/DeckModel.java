package no.framdrift.report.deck;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.framdrift.domain.Catalogue;

/**
 * What the report deck shows: the catalogue (goal areas, indicators, future indicators) for the
 * overview and the detail tables, and one page per indicator with data. The app layer fills it
 * from the store and the compute engine. {@code maps} adds a map slide after the slides of each
 * indicator it names.
 *
 * @param title   the title slide's heading, e.g. "Nasjonale e-helseindikatorer"
 * @param date    the date in the footer and on the title slide
 * @param version the deck's version, e.g. "v.0.9"
 */
public record DeckModel(Catalogue catalogue, String title, LocalDate date, String version, List<IndicatorPage> pages,
                        List<MapPage> maps) {

    /** A deck without map slides. */
    public DeckModel(Catalogue catalogue, String title, LocalDate date, String version, List<IndicatorPage> pages) {
        this(catalogue, title, date, version, pages, List.of());
    }

    public DeckModel {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(date, "date");
        title = title == null || title.isBlank() ? "Oversikt over indikatorer" : title;
        version = version == null ? "" : version;
        pages = pages == null ? List.of() : List.copyOf(pages);
        maps = maps == null ? List.of() : List.copyOf(maps);
    }
}
