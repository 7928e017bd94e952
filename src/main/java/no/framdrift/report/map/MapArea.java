package no.framdrift.report.map;

import java.util.Objects;

/**
 * One area on a map: its value (a fraction for shares), or suppressed (":", never a number), or no
 * data. The texts are formatted by whoever builds the map, so the map, its tooltip and its table
 * say the same.
 *
 * @param valueText "12,1 %", ":" or "" for no data
 * @param detail    the interval or n behind the value ("95 %-intervall 48–56 %", "n = 23"); may be empty
 */
public record MapArea(String code, String name, Double value, boolean suppressed, String valueText, String detail) {

    /** What the map shows for an area. */
    public enum State { VALUE, SUPPRESSED, NO_DATA }

    public MapArea {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (suppressed) {
            value = null; // a suppressed cell never carries its number
            valueText = ":";
        }
        valueText = valueText == null ? "" : valueText;
        detail = detail == null ? "" : detail;
    }

    public static MapArea noData(String code, String name) {
        return new MapArea(code, name, null, false, "", "");
    }

    public State state() {
        if (suppressed) {
            return State.SUPPRESSED;
        }
        return value == null ? State.NO_DATA : State.VALUE;
    }
}
