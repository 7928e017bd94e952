package no.framdrift.app.values;

import java.util.List;
import no.framdrift.domain.IndicatorValue;

/**
 * The values of one indicator as CSV, the one format {@code values CODE --format csv} prints and
 * the published site and open-data zip write: shares as fractions 0–1 with dot decimals, empty for
 * not applicable, and a suppressed cell as ":" with no number in any column.
 */
public final class ValuesCsv {

    public static final List<String> COLUMNS = List.of("period", "area", "group", "value", "numerator", "denominator",
            "n", "se", "ci_low", "ci_high", "suppressed", "batch", "growth_1y", "growth_2y", "note", "incomplete", "sample");

    private ValuesCsv() {
    }

    public static String header() {
        return String.join(",", COLUMNS);
    }

    /**
     * One value's line; {@code sampleBatches} are the workspace's example batches (the column
     * {@code sample} says whether the value draws on any of them).
     */
    public static String row(IndicatorValue v, java.util.Set<Long> sampleBatches) {
        return String.join(",", text(v.period().code()), text(v.area()), text(v.group()),
                v.suppressed() ? ":" : number(v.value()), number(v.numerator()), number(v.denominator()),
                v.n() == null ? "" : v.n().toString(), number(v.se()), number(v.ciLow()), number(v.ciHigh()),
                Boolean.toString(v.suppressed()), text(v.batches()), number(v.growthOneYear()),
                number(v.growthTwoYears()), text(v.note()), Boolean.toString(v.isIncompletePeriod()),
                Boolean.toString(v.drawsOn(sampleBatches)));
    }

    /** The header and one line per value, each ending in a line break. */
    public static String of(List<IndicatorValue> values, java.util.Set<Long> sampleBatches) {
        StringBuilder b = new StringBuilder(header()).append('\n');
        for (IndicatorValue v : values) {
            b.append(row(v, sampleBatches)).append('\n');
        }
        return b.toString();
    }

    /** Dot decimals, no exponent for whole numbers; empty for none. */
    public static String number(Double d) {
        if (d == null || d.isNaN()) {
            return "";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return Double.toString(d);
    }

    /** A field quoted when it holds a comma, a quote or a line break; never the start of a formula. */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            // a text cell never starts a spreadsheet formula (issue 18; OWASP "CSV injection")
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
