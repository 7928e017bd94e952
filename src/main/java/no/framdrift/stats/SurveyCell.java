package no.framdrift.stats;

import java.util.Map;
import java.util.Objects;

/**
 * Sufficient statistics of one cell of a survey year and question: the valid answers of the
 * respondents sharing one combination of background variables ({@code groups}, e.g.
 * profession=Lege, region=Helse Nord), split by whether the answer is in the indicator's numerator.
 * Respondent rows are never stored; these cells carry all that the estimates need.
 *
 * @param groups   background variable → value for this cell
 * @param positive true for the answers counted in the numerator (e.g. "helt eller ganske enig")
 * @param count    number of valid answers in the cell
 * @param sumW     Σ w over those answers (equal to count when the extract has no weights)
 * @param sumW2    Σ w² over those answers
 */
public record SurveyCell(Map<String, String> groups, boolean positive, long count, double sumW, double sumW2) {

    public SurveyCell {
        groups = groups == null ? Map.of() : Map.copyOf(groups);
        if (count < 0 || sumW < 0 || sumW2 < 0 || Double.isNaN(sumW) || Double.isNaN(sumW2)) {
            throw new IllegalArgumentException("a survey cell needs count, Σw and Σw² ≥ 0");
        }
    }

    /** An unweighted cell: every weight is 1. */
    public static SurveyCell unweighted(Map<String, String> groups, boolean positive, long count) {
        return new SurveyCell(groups, positive, count, count, count);
    }

    /** True when every weight in the cell is 1 (Σw = Σw² = count). */
    public boolean isUnweighted() {
        return sumW == count && sumW2 == count;
    }

    public String group(String variable) {
        return groups.get(Objects.requireNonNull(variable));
    }
}
