package no.framdrift.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Sufficient statistics of one survey cell: the respondents of one survey year who gave one answer
 * to one question and share one combination of background variables. Every share, standard error
 * and subgroup estimate is computed exactly from count, Σw and Σw² of such cells.
 *
 * @param question   the question (source column) within the indicator; an indicator may average several
 * @param answer     the answer label; "" for a blank answer
 * @param positive   the answer counts in the indicator's numerator
 * @param valid      the answer counts in the denominator (false for blank and e.g. "Vet ikke")
 * @param background background variable → value, e.g. {profesjon=Lege, region=Helse Vest}
 */
public record SurveyCell(long batchId, String indicatorCode, String question, int year, String answer, boolean positive,
                         boolean valid, Map<String, String> background, long respondents, double sumW, double sumW2) {

    public SurveyCell {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        background = background(background);
    }

    /**
     * The background map a cell keeps: sorted by key and unmodifiable. A map that is already one is
     * kept as it is, so the cells of one background cell (every answer and question of it) share a
     * single map and its {@link #backgroundKey} text instead of a copy each (a million-respondent
     * survey has ~440,000 answer cells but only ~19,000 background cells).
     */
    public static Map<String, String> background(Map<String, String> background) {
        return background instanceof Background b ? b : new Background(background);
    }

    /** An unmodifiable, key-sorted background map that knows its canonical text. */
    private static final class Background extends java.util.AbstractMap<String, String> {
        private final Map<String, String> sorted;
        private String key;

        Background(Map<String, String> background) {
            this.sorted = java.util.Collections.unmodifiableMap(new TreeMap<>(background));
        }

        @Override
        public java.util.Set<Entry<String, String>> entrySet() {
            return sorted.entrySet();
        }

        @Override
        public String get(Object k) {
            return sorted.get(k);
        }

        @Override
        public boolean containsKey(Object k) {
            return sorted.containsKey(k);
        }

        @Override
        public int size() {
            return sorted.size();
        }

        String key() {
            String k = key;
            if (k == null) {
                k = canonicalText(sorted);
                key = k;
            }
            return k;
        }
    }

    /** Canonical text of a background cell: keys sorted, "key=value|key=value"; '|', '=' and '\' are escaped. */
    public static String backgroundKey(Map<String, String> background) {
        return background instanceof Background b ? b.key() : canonicalText(background);
    }

    private static String canonicalText(Map<String, String> background) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(background).entrySet()) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append(escape(e.getKey())).append('=').append(escape(e.getValue()));
        }
        return sb.toString();
    }

    public static Map<String, String> parseBackground(String key) {
        Map<String, String> m = new LinkedHashMap<>();
        if (key == null || key.isEmpty()) {
            return m;
        }
        StringBuilder cur = new StringBuilder();
        String k = null;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '\\' && i + 1 < key.length()) {
                cur.append(key.charAt(++i));
            } else if (c == '=' && k == null) {
                k = cur.toString();
                cur.setLength(0);
            } else if (c == '|') {
                m.put(k, cur.toString());
                k = null;
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        m.put(k, cur.toString());
        return m;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("=", "\\=");
    }
}
