package no.framdrift.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import no.framdrift.domain.NorwegianFormat;
import no.framdrift.domain.Period;
import no.framdrift.domain.Texts;
import no.framdrift.domain.Unit;

/**
 * Everything one chart shows, built once from computed values and drawn by every renderer (screen,
 * PNG, SVG, PDF and the native PowerPoint chart), so they cannot drift apart.
 *
 * @param kind       which of the seed's chart kinds
 * @param title      the chart title, e.g. "Pasientens legemiddelliste"
 * @param valueLabel what a value is, e.g. "Andel helt eller ganske enig" (subtitle and axis label)
 * @param unit       {@link Unit#PERCENT}: values are fractions 0–1 shown as "12,1 %"; {@link Unit#COUNT}: counts
 * @param decimals   decimals of data labels (of the percentage for shares)
 * @param series     the series in legend order; the first actual series is the one labelled first
 * @param ambitions  ambition lines; one not set draws no line but a note
 * @param breaks     series breaks, marked between the periods and explained in footnotes
 * @param valueRange hint for the value axis
 * @param source     "Kilde: …" (the prefix is added when missing)
 * @param notes      footnotes shown under the chart
 * @param status     progress in words ("I rute", "Risiko", "Ikke i rute", "Ambisjon ikke satt"), or null
 * @param panels     for {@link ChartKind#SMALL_MULTIPLES}: one spec per part
 * @param mark       a warning drawn visibly on the chart, e.g. "Eksempeldata – ikke offisielle tall"
 *                   for values drawn from the example data; null for none
 * @param locale     the language the chart is written in: numbers, period labels and the texts the
 *                   renderer adds. Norwegian for everything published (decision 0015); the window's
 *                   language for the Diagram tab
 */
public record ChartSpec(
        ChartKind kind,
        String title,
        String valueLabel,
        Unit unit,
        int decimals,
        List<ChartSeries> series,
        List<AmbitionLine> ambitions,
        List<BreakMark> breaks,
        ValueRange valueRange,
        String source,
        List<String> notes,
        String status,
        List<ChartSpec> panels,
        String mark,
        Locale locale) {

    /** The mark on every chart drawn (in part) from the example workspace's fictional data. */
    public static final String SAMPLE_MARK = "Eksempeldata – ikke offisielle tall";

    /** A chart without a mark. */
    public ChartSpec(ChartKind kind, String title, String valueLabel, Unit unit, int decimals, List<ChartSeries> series,
                     List<AmbitionLine> ambitions, List<BreakMark> breaks, ValueRange valueRange, String source,
                     List<String> notes, String status, List<ChartSpec> panels) {
        this(kind, title, valueLabel, unit, decimals, series, ambitions, breaks, valueRange, source, notes, status, panels,
                null, Texts.NORWEGIAN);
    }

    /** A chart in Norwegian, as published. */
    public ChartSpec(ChartKind kind, String title, String valueLabel, Unit unit, int decimals, List<ChartSeries> series,
                     List<AmbitionLine> ambitions, List<BreakMark> breaks, ValueRange valueRange, String source,
                     List<String> notes, String status, List<ChartSpec> panels, String mark) {
        this(kind, title, valueLabel, unit, decimals, series, ambitions, breaks, valueRange, source, notes, status, panels,
                mark, Texts.NORWEGIAN);
    }

    /** The same chart with the given mark (null removes it). */
    public ChartSpec withMark(String newMark) {
        return new ChartSpec(kind, title, valueLabel, unit, decimals, series, ambitions, breaks, valueRange, source, notes,
                status, panels, newMark, locale);
    }

    /** The texts of the chart's language. */
    public Texts texts() {
        return Texts.of(locale);
    }

    /** The mark, when there is one. */
    public Optional<String> markIfAny() {
        return mark == null || mark.isBlank() ? Optional.empty() : Optional.of(mark);
    }

    public ChartSpec {
        Objects.requireNonNull(kind, "kind");
        title = title == null ? "" : title;
        unit = unit == null ? Unit.PERCENT : unit;
        series = series == null ? List.of() : List.copyOf(series);
        ambitions = ambitions == null ? List.of() : List.copyOf(ambitions);
        breaks = breaks == null ? List.of() : List.copyOf(breaks);
        valueRange = valueRange == null ? ValueRange.auto() : valueRange;
        notes = notes == null ? List.of() : List.copyOf(notes);
        panels = panels == null ? List.of() : List.copyOf(panels);
        locale = locale == null ? Texts.NORWEGIAN : locale;
        if (decimals < 0 || decimals > 4) {
            throw new IllegalArgumentException("decimals out of range: " + decimals);
        }
    }

    public static Builder builder(ChartKind kind, String title) {
        return new Builder(kind, title);
    }

    /** The periods on the category axis: every period of every series, in time order. */
    public List<Period> categories() {
        TreeSet<Period> periods = new TreeSet<>();
        for (ChartSeries s : series) {
            for (ChartPoint p : s.points()) {
                periods.add(p.period());
            }
        }
        return List.copyOf(periods);
    }

    /** A value as the deck writes it: "12,1 %" for a share 0.121, "5 594" for a count ("12.1%" in English). */
    public String format(double value) {
        return unit == Unit.PERCENT ? NorwegianFormat.percentOfFraction(value, decimals, locale)
                : NorwegianFormat.number(value, decimals, locale);
    }

    /** The data label of a point: its own label, else the formatted value; empty for a gap. */
    public Optional<String> labelOf(ChartPoint point) {
        if (point.drawable().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(point.label() != null ? point.label() : format(point.value()));
    }

    /** "Kilde: NHN / Reseptformidleren", or empty when no source was given. */
    public Optional<String> sourceLine() {
        return sourceLine(source, texts());
    }

    /** A source as a chart or map prints it: as given when it already says "Kilde"/"Source", else prefixed. */
    public static Optional<String> sourceLine(String source, Texts texts) {
        if (source == null || source.isBlank()) {
            return Optional.empty();
        }
        String s = source.strip();
        boolean prefixed = s.regionMatches(true, 0, "Kilde", 0, 5) || s.regionMatches(true, 0, "Source", 0, 6);
        return Optional.of(prefixed ? s : texts.format("chart.spec.source", s));
    }

    /**
     * Every footnote the chart must carry, in order: series breaks ("*" …), the steward's notes,
     * ambitions not set and suppressed values. The source comes separately ({@link #sourceLine()}).
     */
    public List<String> footnotes() {
        List<String> out = new ArrayList<>();
        for (BreakMark b : breaks) {
            if (b.footnote() != null && !b.footnote().isBlank()) {
                out.add(b.footnote().startsWith("*") ? b.footnote() : "*" + b.footnote());
            }
        }
        out.addAll(notes);
        for (AmbitionLine a : ambitions) {
            if (!a.isSet()) {
                out.add(texts().format("chart.spec.ambitionNotSetNote", String.valueOf(a.year())));
            }
        }
        boolean anySuppressed = allSeries().stream().flatMap(s -> s.points().stream()).anyMatch(ChartPoint::suppressed);
        if (anySuppressed) {
            out.add(texts().get("chart.spec.suppressedNote"));
        }
        return out;
    }

    /** The series of this chart and of its panels. */
    public List<ChartSeries> allSeries() {
        List<ChartSeries> all = new ArrayList<>(series);
        for (ChartSpec p : panels) {
            all.addAll(p.allSeries());
        }
        return all;
    }

    public List<AmbitionLine> ambitionsSet() {
        return ambitions.stream().filter(AmbitionLine::isSet).toList();
    }

    /** Builder, so callers name what they set; the record stays immutable. */
    public static final class Builder {
        private final ChartKind kind;
        private final String title;
        private String valueLabel;
        private Unit unit = Unit.PERCENT;
        private int decimals = 1;
        private final List<ChartSeries> series = new ArrayList<>();
        private final List<AmbitionLine> ambitions = new ArrayList<>();
        private final List<BreakMark> breaks = new ArrayList<>();
        private ValueRange valueRange = ValueRange.auto();
        private String source;
        private final List<String> notes = new ArrayList<>();
        private String status;
        private final List<ChartSpec> panels = new ArrayList<>();
        private String mark;
        private Locale locale = Texts.NORWEGIAN;

        private Builder(ChartKind kind, String title) {
            this.kind = kind;
            this.title = title;
        }

        public Builder valueLabel(String v) { valueLabel = v; return this; }
        public Builder unit(Unit v) { unit = v; return this; }
        public Builder decimals(int v) { decimals = v; return this; }
        public Builder series(ChartSeries v) { series.add(v); return this; }
        public Builder ambition(AmbitionLine v) { ambitions.add(v); return this; }
        public Builder seriesBreak(BreakMark v) { breaks.add(v); return this; }
        public Builder valueRange(ValueRange v) { valueRange = v; return this; }
        public Builder source(String v) { source = v; return this; }
        public Builder note(String v) { notes.add(v); return this; }
        public Builder status(String v) { status = v; return this; }
        public Builder panel(ChartSpec v) { panels.add(v); return this; }
        public Builder mark(String v) { mark = v; return this; }
        public Builder locale(Locale v) { locale = v; return this; }

        public ChartSpec build() {
            return new ChartSpec(kind, title, valueLabel, unit, decimals, series, ambitions, breaks, valueRange,
                    source, notes, status, panels, mark, locale);
        }
    }
}
