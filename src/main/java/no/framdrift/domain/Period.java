package no.framdrift.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a year, a half-year, a quarter or a month. The canonical text is
 * "2025", "2025H1", "2025Q3" or "2025-10"; {@link #parse} also accepts the spellings found in
 * registry extracts ("okt.25", "2025M10", "2025K3", "Q3 2025", "2. kvartal 2025").
 */
public record Period(Granularity granularity, int year, int index) implements Comparable<Period> {

    /** Period length, from the longest to the shortest. */
    public enum Granularity {
        YEAR(1), HALF_YEAR(2), QUARTER(4), MONTH(12);

        private final int perYear;

        Granularity(int perYear) {
            this.perYear = perYear;
        }

        public int perYear() {
            return perYear;
        }

        public int months() {
            return 12 / perYear;
        }
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("mars", 3),
            Map.entry("apr", 4), Map.entry("april", 4), Map.entry("mai", 5), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("juni", 6), Map.entry("jul", 7), Map.entry("juli", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("okt", 10),
            Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("des", 12), Map.entry("dec", 12));

    private static final String[] MONTH_ABBR = {"jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt",
            "nov", "des"};

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern HALF = Pattern.compile("(\\d{4})\\s*[-_ ]?\\s*[Hh]([12])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})\\s*[-_ ]?\\s*[QqKk]([1-4])");
    private static final Pattern QUARTER_FIRST = Pattern.compile("[QqKk]([1-4])\\s*[-_ ]?\\s*(\\d{4})");
    private static final Pattern QUARTER_WORDS = Pattern.compile("([1-4])\\.?\\s*kvartal\\s*(\\d{4})");
    private static final Pattern HALF_WORDS = Pattern.compile("([12])\\.?\\s*halvår\\s*(\\d{4})");
    private static final Pattern MONTH_NUM = Pattern.compile("(\\d{4})\\s*[-/Mm.]\\s*(\\d{1,2})");
    private static final Pattern MONTH_NUM_FIRST = Pattern.compile("(\\d{1,2})[./-](\\d{4})");
    private static final Pattern MONTH_NAME = Pattern.compile("([a-zæøå]{3,5})\\.?\\s*[-' ]?\\s*(\\d{2}|\\d{4})");

    public Period {
        Objects.requireNonNull(granularity, "granularity");
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (index < 1 || index > granularity.perYear()) {
            throw new IllegalArgumentException("index out of range: " + index);
        }
    }

    public static Period year(int year) {
        return new Period(Granularity.YEAR, year, 1);
    }

    public static Period half(int year, int half) {
        return new Period(Granularity.HALF_YEAR, year, half);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(Granularity.QUARTER, year, quarter);
    }

    public static Period month(int year, int month) {
        return new Period(Granularity.MONTH, year, month);
    }

    public static Period of(LocalDate date) {
        return month(date.getYear(), date.getMonthValue());
    }

    /** Parses any of the accepted spellings, or empty if the text is not a period. */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            Matcher m;
            if ((m = YEAR.matcher(t)).matches()) {
                return Optional.of(year(Integer.parseInt(m.group(1))));
            }
            if ((m = HALF.matcher(t)).matches()) {
                return Optional.of(half(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if ((m = QUARTER.matcher(t)).matches()) {
                return Optional.of(quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if ((m = QUARTER_FIRST.matcher(t)).matches()) {
                return Optional.of(quarter(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
            if ((m = QUARTER_WORDS.matcher(t)).matches()) {
                return Optional.of(quarter(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
            if ((m = HALF_WORDS.matcher(t)).matches()) {
                return Optional.of(half(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
            if ((m = MONTH_NUM.matcher(t)).matches()) {
                return Optional.of(month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if ((m = MONTH_NUM_FIRST.matcher(t)).matches()) {
                return Optional.of(month(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
            if ((m = MONTH_NAME.matcher(t)).matches()) {
                Integer month = MONTHS.get(m.group(1));
                if (month == null) {
                    return Optional.empty();
                }
                int y = Integer.parseInt(m.group(2));
                return Optional.of(month(y < 100 ? 2000 + y : y, month));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    public static Period parseOrThrow(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("Ukjent periode: " + text));
    }

    /** Canonical text: "2025", "2025H1", "2025Q3", "2025-10". */
    public String code() {
        return switch (granularity) {
            case YEAR -> Integer.toString(year);
            case HALF_YEAR -> year + "H" + index;
            case QUARTER -> year + "Q" + index;
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", year, index);
        };
    }

    /** How the deck writes it: "2025", "1. halvår 2025", "Q3 2025", "okt.25". */
    /**
     * The label in a language: Norwegian "des.25", "1. halvår 2025"; English "Dec 25", "H1 2025".
     * Quarters and years read the same in both. Published outputs (deck, exported charts) use
     * {@link #label()}, the Norwegian one.
     */
    public String label(Locale locale) {
        if (locale == null || !"en".equals(locale.getLanguage())) {
            return label();
        }
        return switch (granularity) {
            case YEAR, QUARTER -> label();
            case HALF_YEAR -> "H" + index + " " + year;
            case MONTH -> ENGLISH_MONTH_ABBR[index - 1] + " " + String.format(Locale.ROOT, "%02d", year % 100);
        };
    }

    private static final String[] ENGLISH_MONTH_ABBR = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec"};

    public String label() {
        return switch (granularity) {
            case YEAR -> Integer.toString(year);
            case HALF_YEAR -> index + ". halvår " + year;
            case QUARTER -> "Q" + index + " " + year;
            case MONTH -> MONTH_ABBR[index - 1] + "." + String.format(Locale.ROOT, "%02d", year % 100);
        };
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, (index - 1) * granularity.months() + 1);
    }

    public YearMonth lastMonth() {
        return firstMonth().plusMonths(granularity.months() - 1L);
    }

    /** The period of the given (equal or longer) granularity that contains this one. */
    public Period enclosing(Granularity coarser) {
        if (coarser.perYear() > granularity.perYear()) {
            throw new IllegalArgumentException(coarser + " is finer than " + granularity);
        }
        int month = firstMonth().getMonthValue();
        return new Period(coarser, year, (month - 1) / coarser.months() + 1);
    }

    public boolean contains(Period other) {
        return !other.firstMonth().isBefore(firstMonth()) && !other.lastMonth().isAfter(lastMonth());
    }

    /** The same period a number of years earlier (for growth against earlier years). */
    public Period minusYears(int years) {
        return new Period(granularity, year - years, index);
    }

    public Period next() {
        return index < granularity.perYear() ? new Period(granularity, year, index + 1)
                : new Period(granularity, year + 1, 1);
    }

    public Period previous() {
        return index > 1 ? new Period(granularity, year, index - 1)
                : new Period(granularity, year - 1, granularity.perYear());
    }

    /** Position on a continuous time axis in years, at the middle of the period (2025Q3 → 2025.625). */
    public double midYear() {
        return year + (index - 0.5) / granularity.perYear();
    }

    /** End of the period on a continuous time axis in years (2025 → 2026.0, 2025Q3 → 2025.75). */
    public double endYear() {
        return year + (double) index / granularity.perYear();
    }

    @Override
    public int compareTo(Period o) {
        int c = firstMonth().compareTo(o.firstMonth());
        if (c != 0) {
            return c;
        }
        return Integer.compare(o.granularity.months(), granularity.months());
    }

    @Override
    public String toString() {
        return code();
    }
}
