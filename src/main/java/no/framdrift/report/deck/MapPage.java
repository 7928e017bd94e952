package no.framdrift.report.deck;

import java.util.Objects;
import no.framdrift.report.map.MapSpec;

/**
 * A map slide after an indicator's slides: the map as a picture and its data as a table in the
 * slide notes (for the presenter, and for anyone who cannot see the colours).
 */
public record MapPage(String indicatorCode, MapSpec map) {

    public MapPage {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(map, "map");
    }
}
