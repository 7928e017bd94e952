package no.framdrift.ui.catalogue;

import java.util.Objects;
import no.framdrift.domain.AreaLevel;

/**
 * An area chosen in one tab of the indicator pane for another to show: the map sets it when an
 * area is clicked (or chosen with the keyboard), the Diagram tab shows that area's series. It
 * lives in the {@link IndicatorContext}, so neither tab uses the other's view.
 *
 * @param level the division the area belongs to (municipality, county, health region, custom)
 * @param code  the area's code ("46", "4601", "HN")
 * @param name  the area's name as the values carry it ("Vestland")
 */
public record SelectedArea(AreaLevel level, String code, String name) {

    public SelectedArea {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
