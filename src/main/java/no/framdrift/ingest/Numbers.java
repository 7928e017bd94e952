package no.framdrift.ingest;

import java.util.OptionalDouble;

/** STAND-IN until the readers branch is merged. */
public final class Numbers {
    private Numbers() {
    }

    /** Empty for a blank cell; NumberFormatException if not a number. */
    public static OptionalDouble parse(String text, char decimalSeparator) {
        if (text == null || text.isBlank()) {
            return OptionalDouble.empty();
        }
        String t = text.trim().replace(" ", "").replace("\u00a0", "");
        if (decimalSeparator == ',') {
            t = t.replace(',', '.');
        }
        return OptionalDouble.of(Double.parseDouble(t));
    }
}
