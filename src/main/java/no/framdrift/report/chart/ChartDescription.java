package no.framdrift.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text alternative of a chart: a short title and a description that states the finding (the
 * latest value of each actual series and where it started, the ambition and the progress), not
 * "a line chart". One text serves every target: {@code <title>}/{@code <desc>} in SVG and on the
 * website, the picture description in PowerPoint and the PNG's text chunks, so a screen reader
 * hears what a sighted reader sees.
 *
 * @param title       the chart title ("Pasientens legemiddelliste")
 * @param description the finding in one or a few sentences, in Norwegian like the chart itself
 */
public record ChartDescription(String title, String description) {

    /** Series described one by one; more are summed up as "og N andre". */
    static final int SERIES_NAMED = 4;

    /** The text alternative of a chart (panels of a composite are described one after the other). */
    public static ChartDescription of(ChartSpec spec) {
        String title = spec.title().isBlank() ? "Diagram" : spec.title();
        List<String> sentences = new ArrayList<>();
        if (spec.panels().isEmpty()) {
            describe(spec, sentences, "");
        } else {
            for (ChartSpec panel : spec.panels()) {
                describe(panel, sentences, panel.title().isBlank() ? "" : panel.title() + ": ");
            }
        }
        if (sentences.isEmpty()) {
            sentences.add("Diagrammet har ingen verdier å vise.");
        }
        spec.sourceLine().ifPresent(s -> sentences.add(s + "."));
        return new ChartDescription(title, String.join(" ", sentences));
    }

    /** Title and description in one line, for a picture description field. */
    public String text() {
        return title + ". " + description;
    }

    private static void describe(ChartSpec spec, List<String> out, String prefix) {
        String what = spec.valueLabel() == null || spec.valueLabel().isBlank() ? "" : spec.valueLabel() + ": ";
        List<String> parts = new ArrayList<>();
        int actual = 0;
        int more = 0;
        for (ChartSeries s : spec.series()) {
            if (s.role() != SeriesRole.ACTUAL) {
                continue;
            }
            Optional<String> said = seriesFinding(spec, s);
            if (said.isEmpty()) {
                continue;
            }
            if (actual < SERIES_NAMED) {
                parts.add(said.get());
            } else {
                more++;
            }
            actual++;
        }
        if (!parts.isEmpty()) {
            out.add(prefix + what + String.join("; ", parts) + (more > 0 ? "; og " + more + " serier til" : "") + ".");
        } else if (!prefix.isEmpty()) {
            out.add(prefix + "ingen verdier.");
        }
        for (AmbitionLine a : spec.ambitions()) {
            out.add(a.isSet() ? (a.label() == null || a.label().isBlank()
                    ? "Ambisjon " + a.year() + ": " + spec.format(a.value()) : a.label()) + "."
                    : "Ambisjonen for " + a.year() + " er ikke satt ennå.");
        }
        if (spec.status() != null && !spec.status().isBlank()) {
            out.add("Framdrift: " + spec.status() + ".");
        }
        for (BreakMark b : spec.breaks()) {
            out.add("Brudd i tidsserien fra " + b.period().label() + ".");
        }
    }

    /** "Nasjonalt 10,6 % i okt.25 (fra 8,0 % i jan.25)", or empty when the series has no value to show. */
    private static Optional<String> seriesFinding(ChartSpec spec, ChartSeries s) {
        List<ChartPoint> shown = s.points().stream().filter(p -> p.drawable().isPresent()).toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        ChartPoint last = shown.get(shown.size() - 1);
        StringBuilder b = new StringBuilder(s.name()).append(' ').append(spec.format(last.value()))
                .append(" i ").append(last.period().label());
        if (last.hasInterval()) {
            b.append(" (95 %-intervall ").append(spec.format(last.low())).append("–").append(spec.format(last.high())).append(')');
        }
        if (shown.size() > 1) {
            ChartPoint first = shown.get(0);
            b.append(", fra ").append(spec.format(first.value())).append(" i ").append(first.period().label());
        }
        return Optional.of(b.toString());
    }
}
