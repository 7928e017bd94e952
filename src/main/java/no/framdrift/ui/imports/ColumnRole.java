package no.framdrift.ui.imports;

import java.util.List;
import no.framdrift.domain.ImportKind;

/** What one column of an extract is, in the wizard's mapping step; which roles exist depends on the kind. */
public enum ColumnRole {
    IGNORE, YEAR, DATE, WEIGHT, BACKGROUND, QUESTION,
    PERIOD, AREA, NUMERATOR, DENOMINATOR, INDICATOR, FLAG,
    UNIT_ID, UNIT_NAME, USES, POPULATION;

    /** The roles a column can have in an extract of this kind (JSON-stat has no columns to map). */
    public static List<ColumnRole> forKind(ImportKind kind) {
        if (kind == null) {
            return List.of(IGNORE);
        }
        return switch (kind) {
            case SURVEY -> List.of(IGNORE, YEAR, DATE, WEIGHT, BACKGROUND, QUESTION);
            case REGISTRY -> List.of(IGNORE, PERIOD, AREA, NUMERATOR, DENOMINATOR, INDICATOR, FLAG);
            case UNITS -> List.of(IGNORE, PERIOD, UNIT_ID, UNIT_NAME, USES, POPULATION, AREA);
            case JSON_STAT -> List.of(IGNORE);
        };
    }
}
