package no.framdrift.report.deck;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.framdrift.domain.Catalogue;

/**
 * What the report deck shows: the catalogue (goal areas, indicators, future indicators) for the
 * overview and the detail tables, and one page per indicator with data. The app layer fills it
 * from the store and the compute engine.
 *
 * @param title   the title slide's heading, e.g. "Nasjonale e-helseindikatorer"
 * @param date    the date in the footer and on the title slide
 * @param version the deck's version, e.g. "v.0.9"
 */
public record DeckModel(Catalogue catalogue, String title, LocalDate date, String version, List<IndicatorPage> pages) {

    public DeckModel {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(date, "date");
        title = title == null || title.isBlank() ? "Oversikt over indikatorer" : title;
        version = version == null ? "" : version;
        pages = pages == null ? List.of() : List.copyOf(pages);
    }
}
