package no.framdrift.ingest;

import java.util.OptionalDouble;

/**
 * Reads numbers as analysts' files write them: "1 234,5", "1234.5", "1.234,5", "12,1 %",
 * "−3" (Unicode minus, as Norwegian formatting writes it). A thousands separator (space,
 * no-break space, or the separator that is not the decimal one) is accepted only between
 * groups of three digits, so "12,5" read with decimal point is an error, not 125.
 */
public final class Numbers {

    private Numbers() {
    }

    /**
     * The value written in {@code text}; a trailing percent sign is dropped ("12,1 %" → 12.1).
     *
     * @return empty for null or blank text
     * @throws NumberFormatException when the text is not a number in this notation
     */
    public static OptionalDouble parse(String text, char decimalSeparator) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        String s = text.strip();
        if (s.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (decimalSeparator != ',' && decimalSeparator != '.') {
            throw new IllegalArgumentException("decimal separator must be ',' or '.'");
        }
        char grouping = decimalSeparator == ',' ? '.' : ',';
        int end = s.length();
        if (s.charAt(end - 1) == '%') {
            end--;
            while (end > 0 && isSpace(s.charAt(end - 1))) {
                end--;
            }
        }
        StringBuilder out = new StringBuilder(end + 1);
        int i = 0;
        if (i < end && (s.charAt(i) == '-' || s.charAt(i) == '\u2212' || s.charAt(i) == '+')) {
            if (s.charAt(i) != '+') {
                out.append('-');
            }
            i++;
        }
        // integer part, possibly grouped
        int digitsInGroup = 0;
        int groups = 0;
        char groupChar = 0;
        boolean anyDigit = false;
        for (; i < end; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
                digitsInGroup++;
                anyDigit = true;
            } else if (c == grouping || isSpace(c)) {
                boolean firstGroupOk = groups > 0 ? digitsInGroup == 3 : digitsInGroup >= 1 && digitsInGroup <= 3;
                char kind = isSpace(c) ? ' ' : c;
                if (!firstGroupOk || (groupChar != 0 && groupChar != kind)) {
                    throw bad(text);
                }
                groupChar = kind;
                groups++;
                digitsInGroup = 0;
            } else {
                break;
            }
        }
        if (groups > 0 && digitsInGroup != 3) {
            throw bad(text);
        }
        if (i < end && s.charAt(i) == decimalSeparator) {
            out.append('.');
            i++;
            for (; i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
                out.append(s.charAt(i));
                anyDigit = true;
            }
        }
        if (!anyDigit) {
            throw bad(text);
        }
        if (i < end && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            out.append('E');
            i++;
            if (i < end && (s.charAt(i) == '-' || s.charAt(i) == '+' || s.charAt(i) == '\u2212')) {
                out.append(s.charAt(i) == '+' ? '+' : '-');
                i++;
            }
            int start = i;
            for (; i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
                out.append(s.charAt(i));
            }
            if (i == start) {
                throw bad(text);
            }
        }
        if (i != end) {
            throw bad(text);
        }
        return OptionalDouble.of(Double.parseDouble(out.toString()));
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    private static NumberFormatException bad(String text) {
        // the text may be respondent data: callers put it in a FileProblem, never in a log
        return new NumberFormatException("ikke et tall");
    }
}
