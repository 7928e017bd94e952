package no.framdrift.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator's definition as the steward keeps it. Parts of a composite are indicators of their
 * own whose {@code parent} names the composite.
 */
public record Indicator(
        String code,
        String goal,
        String parent,
        String name,
        String measures,
        String about,
        List<String> sources,
        Status status,
        Frequency frequency,
        IndicatorKind kind,
        Unit unit,
        int decimals,
        boolean higherIsBetter,
        String valueLabel,
        TimeAggregation timeAggregation,
        Baseline baseline,
        List<Ambition> ambitions,
        List<SeriesBreak> seriesBreaks,
        List<String> parts,
        String note,
        Boolean publish) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        sources = sources == null ? List.of() : List.copyOf(sources);
        ambitions = ambitions == null ? List.of() : List.copyOf(ambitions);
        seriesBreaks = seriesBreaks == null ? List.of() : List.copyOf(seriesBreaks);
        parts = parts == null ? List.of() : List.copyOf(parts);
        timeAggregation = timeAggregation == null ? TimeAggregation.defaultFor(kind) : timeAggregation;
        unit = unit == null ? Unit.PERCENT : unit;
    }

    /** An indicator without an explicit publication choice: published when Klar. */
    public Indicator(String code, String goal, String parent, String name, String measures, String about,
                     List<String> sources, Status status, Frequency frequency, IndicatorKind kind, Unit unit, int decimals,
                     boolean higherIsBetter, String valueLabel, TimeAggregation timeAggregation, Baseline baseline,
                     List<Ambition> ambitions, List<SeriesBreak> seriesBreaks, List<String> parts, String note) {
        this(code, goal, parent, name, measures, about, sources, status, frequency, kind, unit, decimals, higherIsBetter,
                valueLabel, timeAggregation, baseline, ambitions, seriesBreaks, parts, note, null);
    }

    /**
     * Whether the published site and open data include it: the steward's "Publiser" choice, or,
     * when none was made ({@code publish} null), on for Klar and off otherwise.
     */
    public boolean isPublished() {
        return publish != null ? publish : publishedByDefault(status);
    }

    /** The "Publiser" default of a status: on for Klar only. */
    public static boolean publishedByDefault(Status status) {
        return status == Status.KLAR;
    }

    public Optional<String> parentCode() {
        return Optional.ofNullable(parent);
    }

    public Optional<Baseline> baselineValue() {
        return Optional.ofNullable(baseline);
    }

    public boolean isComposite() {
        return kind == IndicatorKind.COMPOSITE || !parts.isEmpty();
    }

    /** The ambition for the given year, if any. */
    public Optional<Ambition> ambitionFor(int year) {
        return ambitions.stream().filter(a -> a.year() == year).findFirst();
    }

    /** The last ambition (usually 2030). */
    public Optional<Ambition> finalAmbition() {
        return ambitions.stream().max((a, b) -> Integer.compare(a.year(), b.year()));
    }

    /** "Ambisjon: XX % i 2030" or "Ambisjon: 25 % i 2026". */
    public String ambitionSummary() {
        return finalAmbition()
                .map(a -> "Ambisjon: " + (a.isSet() ? NorwegianFormat.number(a.target(), decimals)
                        + (unit == Unit.PERCENT ? " %" : "") : "XX" + (unit == Unit.PERCENT ? " %" : ""))
                        + " i " + a.year())
                .orElse("Ambisjon: ikke satt");
    }

    /** Field-by-field view used for change history (field name → shown value). */
    public Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("goal", goal);
        f.put("parent", parent);
        f.put("name", name);
        f.put("measures", measures);
        f.put("about", about);
        f.put("sources", String.join("; ", sources));
        f.put("status", status == null ? null : status.name());
        f.put("frequency", frequency == null ? null : frequency.name());
        f.put("kind", kind == null ? null : kind.name());
        f.put("unit", unit.name());
        f.put("decimals", Integer.toString(decimals));
        f.put("higherIsBetter", Boolean.toString(higherIsBetter));
        f.put("valueLabel", valueLabel);
        f.put("timeAggregation", timeAggregation.name());
        f.put("baseline", baseline == null ? null : baseline.period() + ": " + baseline.text());
        List<String> amb = new ArrayList<>();
        for (Ambition a : ambitions) {
            amb.add(a.year() + "=" + (a.isSet() ? NorwegianFormat.number(a.target(), decimals) : "XX"));
        }
        f.put("ambitions", String.join(", ", amb));
        List<String> br = new ArrayList<>();
        for (SeriesBreak b : seriesBreaks) {
            br.add(b.period() + ": " + b.note());
        }
        f.put("seriesBreaks", String.join(" | ", br));
        f.put("parts", String.join(", ", parts));
        f.put("note", note);
        // the steward's explicit choice only: a status change alone is not a change of "Publiser"
        f.put("publish", publish == null ? null : publish.toString());
        return f;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Copy-with helper for editors; the record itself stays immutable. */
    public static final class Builder {
        private String code, goal, parent, name, measures, about, valueLabel, note;
        private List<String> sources, parts;
        private Status status;
        private Frequency frequency;
        private IndicatorKind kind;
        private Unit unit;
        private int decimals;
        private boolean higherIsBetter;
        private TimeAggregation timeAggregation;
        private Baseline baseline;
        private List<Ambition> ambitions;
        private List<SeriesBreak> seriesBreaks;
        private Boolean publish;

        private Builder(Indicator i) {
            code = i.code; goal = i.goal; parent = i.parent; name = i.name; measures = i.measures;
            about = i.about; sources = i.sources; status = i.status; frequency = i.frequency;
            kind = i.kind; unit = i.unit; decimals = i.decimals; higherIsBetter = i.higherIsBetter;
            valueLabel = i.valueLabel; timeAggregation = i.timeAggregation; baseline = i.baseline;
            ambitions = i.ambitions; seriesBreaks = i.seriesBreaks; parts = i.parts; note = i.note;
            publish = i.publish;
        }

        public Builder code(String v) { code = v; return this; }
        public Builder goal(String v) { goal = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder measures(String v) { measures = v; return this; }
        public Builder about(String v) { about = v; return this; }
        public Builder sources(List<String> v) { sources = v; return this; }
        public Builder status(Status v) { status = v; return this; }
        public Builder frequency(Frequency v) { frequency = v; return this; }
        public Builder kind(IndicatorKind v) { kind = v; return this; }
        public Builder unit(Unit v) { unit = v; return this; }
        public Builder decimals(int v) { decimals = v; return this; }
        public Builder higherIsBetter(boolean v) { higherIsBetter = v; return this; }
        public Builder valueLabel(String v) { valueLabel = v; return this; }
        public Builder timeAggregation(TimeAggregation v) { timeAggregation = v; return this; }
        public Builder baseline(Baseline v) { baseline = v; return this; }
        public Builder ambitions(List<Ambition> v) { ambitions = v; return this; }
        public Builder seriesBreaks(List<SeriesBreak> v) { seriesBreaks = v; return this; }
        public Builder parts(List<String> v) { parts = v; return this; }
        public Builder note(String v) { note = v; return this; }
        public Builder publish(Boolean v) { publish = v; return this; }

        public Indicator build() {
            return new Indicator(code, goal, parent, name, measures, about, sources, status, frequency, kind, unit,
                    decimals, higherIsBetter, valueLabel, timeAggregation, baseline, ambitions, seriesBreaks,
                    parts, note, publish);
        }
    }
}
