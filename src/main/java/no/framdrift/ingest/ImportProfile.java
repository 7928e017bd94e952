package no.framdrift.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import no.framdrift.domain.ImportKind;

/**
 * How a file maps to indicators (see README, "Import profiles"). Exactly the section for the
 * profile's {@code kind} is used; the others are null.
 *
 * @param file optional overrides of what the reader detects (delimiter, decimal separator, charset, sheet)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportProfile(String name, ImportKind kind, String description, FileOptions file, Survey survey,
                            Registry registry, Units units, JsonStat jsonStat) {

    /** Overrides of the detected CSV format, and the XLSX sheet. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FileOptions(String delimiter, String decimalSeparator, String charset, String sheet) {
    }

    /**
     * One row per respondent.
     *
     * @param year       column with the survey year (or use {@code date})
     * @param date       column with the survey date (yyyy-mm-dd or dd.mm.yyyy); its year is the survey year
     * @param weight     column with the weight; null = every respondent weighs 1
     * @param background background variable name → column
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Survey(String year, String date, String weight, Map<String, String> background, List<Question> questions) {
    }

    /**
     * A question column that feeds an indicator.
     *
     * @param question  id of the question within the indicator (default: the column name)
     * @param codes     code → answer label, for extracts that hold codes (1–5, 9)
     * @param answers   every valid answer label, in scale order
     * @param positive  the answers that count in the numerator
     * @param excluded  answers outside the denominator (e.g. "Vet ikke"); a blank answer is always excluded
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Question(String column, String indicator, String question, Map<String, String> codes, List<String> answers,
                           List<String> positive, List<String> excluded) {
    }

    /**
     * Aggregated counts per area and period, or person-level rows counted per area and period.
     *
     * @param indicator       the indicator every row belongs to (or use {@code indicatorColumn})
     * @param period          column with the period ("2025-10", "okt.25", "2025M10", "2025K3", "2025Q3", "2025H1", "2025")
     * @param area            column with the area; null = every row is Norway
     * @param areaScheme      how the area column is written
     * @param numerator       column with the numerator (count)
     * @param denominator     column with the denominator
     * @param personLevel     each row is one person: rows are counted (denominator when {@code flag} is set)
     * @param flag            person level: column whose "yes" values count in the numerator
     * @param flagYes         values of {@code flag} meaning yes (default 1, ja, j, true, x)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Registry(String indicator, String indicatorColumn, String period, String area, AreaScheme areaScheme,
                           String numerator, String denominator, Boolean personLevel, String flag, List<String> flagYes) {
    }

    /**
     * Per period, which units use a service.
     *
     * @param uses        column saying whether the unit uses the service (ja/nei, 1/0, true/false, x/blank)
     * @param population  column with the unit's inhabitants or list patients (weights)
     * @param area        column with the unit's municipality (number or name), optional
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Units(String indicator, String period, String unitId, String unitName, String uses, String population,
                        String area, List<String> usesYes) {
    }

    /**
     * A JSON-stat dataset as numerators or denominators.
     *
     * @param dataset        label or 0-based index of the dataset in a bundle (default: the first)
     * @param areaDimension  dimension id holding areas (e.g. "Region"); null = Norway
     * @param timeDimension  dimension id holding periods (e.g. "Tid")
     * @param valueRole      NUMERATOR or DENOMINATOR
     * @param filter         dimension id → the category code to keep; values over other dimensions are summed
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record JsonStat(String indicator, String dataset, String areaDimension, AreaScheme areaScheme, String timeDimension,
                           ValueRole valueRole, Map<String, String> filter) {
    }

    /**
     * The file columns the profile reads (year, weight, questions, period, area, …), as written in
     * the profile; empty for JSON-stat, which has dimensions rather than columns.
     */
    public java.util.Set<String> columns() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        java.util.function.Consumer<String> add = c -> {
            if (c != null && !c.isBlank()) {
                out.add(c.trim());
            }
        };
        if (survey != null) {
            add.accept(survey.year());
            add.accept(survey.date());
            add.accept(survey.weight());
            if (survey.background() != null) {
                survey.background().values().forEach(add);
            }
            if (survey.questions() != null) {
                survey.questions().forEach(q -> add.accept(q.column()));
            }
        }
        if (registry != null) {
            for (String c : java.util.Arrays.asList(registry.indicatorColumn(), registry.period(), registry.area(),
                    registry.numerator(), registry.denominator(), registry.flag())) {
                add.accept(c);
            }
        }
        if (units != null) {
            for (String c : java.util.Arrays.asList(units.period(), units.unitId(), units.unitName(), units.uses(),
                    units.population(), units.area())) {
                add.accept(c);
            }
        }
        return out;
    }

    /** How areas are written in the area column. */
    public enum AreaScheme {
        /** Code or name of any known area. */
        ANY,
        MUNICIPALITY_NUMBER, MUNICIPALITY_NAME, COUNTY, REGION, CUSTOM
    }

    public enum ValueRole { NUMERATOR, DENOMINATOR }
}
