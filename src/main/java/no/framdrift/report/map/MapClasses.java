package no.framdrift.report.map;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.framdrift.domain.NorwegianFormat;

/**
 * The value classes of a choropleth: at most five equal steps with round bounds ("20–40 %"), and a
 * sequential single-direction scale from ColorBrewer's YlGnBu (light = low, dark = high), which
 * ColorBrewer marks safe for colour-blind readers and which stays ordered in grey print.
 *
 * @param percent values are fractions 0–1 shown as per cent
 */
public record MapClasses(List<MapClass> classes, boolean percent) {

    /** One class: values from {@code from} (inclusive) to {@code to} (exclusive, the last inclusive). */
    public record MapClass(double from, double to, Color colour, String label) {
    }

    /** ColorBrewer YlGnBu (Cynthia Brewer, Penn State; Apache-2.0 licensed scheme), per number of classes. */
    private static final String[][] YL_GN_BU = {
            {"41b6c4"},
            {"c7e9b4", "225ea8"},
            {"edf8b1", "7fcdbb", "2c7fb8"},
            {"ffffcc", "a1dab4", "41b6c4", "225ea8"},
            {"ffffcc", "a1dab4", "41b6c4", "2c7fb8", "253494"},
    };

    public static final int MAX_CLASSES = 5;

    public MapClasses {
        classes = List.copyOf(classes);
    }

    /** Classes for these values (fractions when {@code percent}); no classes when there are no values. */
    public static MapClasses of(Collection<Double> values, boolean percent) {
        return of(values, percent, NorwegianFormat.LOCALE);
    }

    /** Classes whose labels are written in a language: "20–40 %" in Norwegian, "20–40%" in English. */
    public static MapClasses of(Collection<Double> values, boolean percent, java.util.Locale locale) {
        List<Double> shown = values.stream().filter(v -> v != null && Double.isFinite(v))
                .map(v -> percent ? v * 100 : v).toList();
        if (shown.isEmpty()) {
            return new MapClasses(List.of(), percent);
        }
        double lo = shown.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double hi = shown.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        List<double[]> bounds = new ArrayList<>();
        int decimals;
        List<Double> distinct = shown.stream().map(v -> Math.rint(v * 1e6) / 1e6).distinct().sorted().toList();
        if (distinct.size() <= 2) {
            // one value, or two (a municipality uses a service or not: 0 % and 100 %): a class each
            distinct.forEach(v -> bounds.add(new double[] {v, v}));
            decimals = distinct.stream().allMatch(v -> v == Math.rint(v)) ? 0 : 1;
        } else {
            double step = niceStep(lo, hi);
            double start = Math.floor(lo / step + 1e-9) * step;
            int k = Math.max(1, (int) Math.ceil((hi - start) / step - 1e-9));
            for (int i = 0; i < k; i++) {
                bounds.add(new double[] {start + i * step, start + (i + 1) * step});
            }
            decimals = decimalsOf(step);
        }
        String[] colours = YL_GN_BU[bounds.size() - 1];
        List<MapClass> classes = new ArrayList<>();
        for (int i = 0; i < bounds.size(); i++) {
            double[] b = bounds.get(i);
            double scale = percent ? 100 : 1;
            classes.add(new MapClass(b[0] / scale, b[1] / scale, new Color(Integer.parseInt(colours[i], 16)),
                    label(b[0], b[1], decimals, percent, locale)));
        }
        return new MapClasses(classes, percent);
    }

    /** The smallest round step (1, 2, 2.5 or 5 × 10^k) that covers lo–hi in at most five classes. */
    static double niceStep(double lo, double hi) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(hi - lo)) - 2);
        for (int i = 0; i < 40; i++) {
            for (double m : new double[] {1, 2, 2.5, 5}) {
                double step = m * magnitude;
                double start = Math.floor(lo / step + 1e-9) * step;
                if (Math.ceil((hi - start) / step - 1e-9) <= MAX_CLASSES) {
                    return step;
                }
            }
            magnitude *= 10;
        }
        return hi - lo;
    }

    private static int decimalsOf(double step) {
        for (int d = 0; d < 4; d++) {
            double scaled = step * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-6) {
                return d;
            }
        }
        return 4;
    }

    private static String label(double from, double to, int decimals, boolean percent, java.util.Locale locale) {
        String unit = percent ? (NorwegianFormat.isEnglish(locale) ? "%" : " %") : "";
        if (Math.abs(to - from) < 1e-9) {
            return NorwegianFormat.number(from, decimals, locale) + unit;
        }
        return NorwegianFormat.number(from, decimals, locale) + "–" + NorwegianFormat.number(to, decimals, locale) + unit;
    }

    /** The class a value (fraction when percent) falls in; the top bound belongs to the last class. */
    public Optional<MapClass> classOf(Double value) {
        if (value == null || classes.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < classes.size(); i++) {
            MapClass c = classes.get(i);
            boolean last = i == classes.size() - 1;
            if (c.from() == c.to() ? Math.abs(value - c.from()) < 1e-8
                    : value >= c.from() - 1e-12 && (value < c.to() - 1e-12 || last)) {
                return Optional.of(c);
            }
        }
        return Optional.of(value < classes.get(0).from() ? classes.get(0) : classes.get(classes.size() - 1));
    }
}
