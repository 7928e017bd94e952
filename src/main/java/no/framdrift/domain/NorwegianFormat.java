package no.framdrift.domain;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Norwegian number format as the deck writes it: decimal comma and a space as thousands
 * separator ("5 594 340", "12,1 %"). The JDK's nb-NO locale uses a no-break space, which
 * PowerPoint and Excel users do not type; a plain space reads the same and pastes cleanly.
 */
public final class NorwegianFormat {

    public static final Locale LOCALE = Locale.forLanguageTag("nb-NO");

    private NorwegianFormat() {
    }

    public static String number(double value, int decimals) {
        return number(value, decimals, LOCALE);
    }

    /**
     * A number as a language writes it: English with decimal point and comma thousands
     * ("5,594,340", "12.1"), anything else as Norwegian. For the window in English; what is
     * published stays Norwegian (decision 0015).
     */
    public static String number(double value, int decimals, Locale locale) {
        boolean english = isEnglish(locale);
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(english ? Locale.ENGLISH : LOCALE);
        symbols.setDecimalSeparator(english ? '.' : ',');
        symbols.setGroupingSeparator(english ? ',' : ' ');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(decimals > 0 ? "#,##0." + "0".repeat(decimals) : "#,##0", symbols);
        // Half away from zero, as Excel and the published figures round.
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A fraction 0–1 shown as a percentage: 0.121 → "12,1 %". */
    public static String percentOfFraction(double fraction, int decimals) {
        return number(fraction * 100.0, decimals) + " %";
    }

    /** A fraction 0–1 as a percentage in a language: "12,1 %" in Norwegian, "12.1%" in English. */
    public static String percentOfFraction(double fraction, int decimals, Locale locale) {
        return number(fraction * 100.0, decimals, locale) + (isEnglish(locale) ? "%" : " %");
    }

    /** English is the one other language; anything else reads as Norwegian. */
    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
