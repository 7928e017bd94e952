package no.framdrift.report.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;
import no.framdrift.domain.NorwegianFormat;
import no.framdrift.domain.Unit;

/** Axis tick formats in the deck's Norwegian style ("10 %", "1 200", "apr.25"). */
public final class AxisFormats {

    private AxisFormats() {
    }

    /** Value axis: fractions as "10 %", counts with a space as thousands separator. */
    static NumberFormat values(Unit unit, double tick, java.util.Locale locale) {
        int decimals = unit == Unit.PERCENT ? (tick * 100 >= 1 - 1e-9 ? 0 : 1) : (tick >= 1 - 1e-9 ? 0 : 1);
        return new Fixed(v -> unit == Unit.PERCENT ? NorwegianFormat.percentOfFraction(v, decimals, locale)
                : NorwegianFormat.number(v, decimals, locale));
    }

    /** Category axis on index positions 0…n−1: the period label at whole numbers, nothing between. */
    static NumberFormat categories(List<String> labels) {
        // JFreeChart sizes its tick units by formatting the axis bounds (−0,5 and n−0,5); answering those
        // with the longest label makes it thin the labels before they collide.
        String longest = labels.stream().reduce("", (a, b) -> b.length() > a.length() ? b : a);
        return new Fixed(v -> {
            long i = Math.round(v);
            if (Math.abs(v - i) > 1e-6) {
                return longest;
            }
            return i < 0 || i >= labels.size() ? "" : labels.get((int) i);
        });
    }

    interface Formatter {
        String format(double v);
    }

    /** A NumberFormat for display only; JFreeChart's axes take NumberFormat. */
    private static final class Fixed extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final transient Formatter formatter;

        Fixed(Formatter formatter) {
            this.formatter = formatter;
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(formatter.format(number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            return null;
        }

        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
