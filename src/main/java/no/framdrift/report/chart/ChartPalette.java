package no.framdrift.report.chart;

import java.awt.Color;

/**
 * Okabe–Ito colours: distinguishable with the common colour-vision deficiencies and still apart
 * when printed in grey (the order starts with the darkest pair, blue and vermillion). Dashed
 * series add a second cue besides colour.
 */
public final class ChartPalette {

    private static final Color[] SERIES = {
            new Color(0x00, 0x72, 0xB2), // blue
            new Color(0xD5, 0x5E, 0x00), // vermillion
            new Color(0x00, 0x9E, 0x73), // bluish green
            new Color(0xCC, 0x79, 0xA7), // reddish purple
            new Color(0xE6, 0x9F, 0x00), // orange
            new Color(0x56, 0xB4, 0xE9), // sky blue
            new Color(0x4D, 0x4D, 0x4D), // dark grey
    };

    /** The ambition line and its label. */
    public static final Color AMBITION = new Color(0x22, 0x22, 0x22);
    /** The path to the ambition. */
    public static final Color PATH = new Color(0x66, 0x66, 0x66);
    /** The projection. */
    public static final Color PROJECTION = new Color(0xD5, 0x5E, 0x00);
    public static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    public static final Color TEXT = new Color(0x22, 0x22, 0x22);
    public static final Color MUTED_TEXT = new Color(0x55, 0x55, 0x55);
    /** The "Eksempeldata" mark: a dark red that reads as a warning and prints dark in grey. */
    public static final Color SAMPLE_MARK = new Color(0xB0, 0x1E, 0x1E);

    private ChartPalette() {
    }

    /** The colour of the n-th actual series (0-based). */
    public static Color series(int n) {
        return SERIES[Math.floorMod(n, SERIES.length)];
    }

    /** The colour a series of the given role and actual-series index is drawn with. */
    public static Color of(SeriesRole role, int actualIndex) {
        return switch (role) {
            case ACTUAL -> series(actualIndex);
            case PATH -> PATH;
            case PROJECTION -> PROJECTION;
        };
    }

    /** Status in words, coloured: on track green, at risk orange, off track vermillion, else grey. */
    public static Color status(String status) {
        if (status == null) {
            return MUTED_TEXT;
        }
        String s = status.toLowerCase(java.util.Locale.ROOT);
        // Norwegian as published, English in an English window
        if (s.contains("ikke i rute") || s.contains("off track")) {
            return new Color(0xB3, 0x4A, 0x00);
        }
        if (s.contains("i rute") || s.contains("on track")) {
            return new Color(0x00, 0x7A, 0x59);
        }
        if (s.contains("risiko") || s.contains("at risk")) {
            return new Color(0x9A, 0x6A, 0x00);
        }
        return MUTED_TEXT;
    }

    public static String hex(Color c) {
        return String.format(java.util.Locale.ROOT, "%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }
}
