package no.framdrift.ingest;

/**
 * A fast path for the plain numbers that fill most extracts ("1,269", "0.5", "130"): digits with
 * at most one decimal separator and at most 15 digits. The result is exactly what
 * {@code Double.parseDouble} gives (an integer below 2^53 divided by an exact power of ten is
 * correctly rounded). Anything else returns NaN and goes to {@link Numbers#parse}, which knows
 * every notation and gives the error messages.
 */
final class PlainNumber {

    private static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

    private PlainNumber() {
    }

    static double parse(String s, char decimalSeparator) {
        int n = s.length();
        if (n == 0 || n > 16) {
            return Double.NaN;
        }
        long mantissa = 0;
        int digits = 0;
        int decimals = -1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (c == decimalSeparator && decimals < 0 && digits > 0 && i < n - 1) {
                decimals = 0;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0 || digits > 15) {
            return Double.NaN;
        }
        return decimals <= 0 ? (double) mantissa : mantissa / POWERS[decimals];
    }
}
