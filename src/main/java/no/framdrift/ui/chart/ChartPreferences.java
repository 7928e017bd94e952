package no.framdrift.ui.chart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import no.framdrift.domain.Period;
import no.framdrift.report.chart.ExportSize;

/**
 * What the Diagram tab remembers: per indicator the chosen areas or parts, period range,
 * intervals and labels; and the last chart export (file, size, scale) for Ctrl+E. Kept in
 * {@code java.util.prefs} node {@value #NODE}; tests pass their own node.
 */
public final class ChartPreferences {

    public static final String NODE = "no/framdrift/ui/charts";
    /** Separates names in one preference value; never typed in an area or part name. */
    private static final String SEP = "\u001f";

    /** The choices of one indicator's chart. */
    public record Choices(Set<String> series, Period from, Period to, boolean intervals, boolean labels,
                          String breakdown) {
        public static final Choices DEFAULTS = new Choices(Set.of(), null, null, true, true, null);
    }

    /** The last export: where, and at which size and scale. */
    public record LastExport(Path file, ExportSize size) {
    }

    private final Preferences node;

    public ChartPreferences(Preferences node) {
        this.node = node;
    }

    public static ChartPreferences user() {
        return new ChartPreferences(Preferences.userRoot().node(NODE));
    }

    public Choices choices(String code) {
        Preferences n = node.node("indicator").node(key(code));
        String series = n.get("series", "");
        Set<String> set = series.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(series.split(SEP)));
        return new Choices(set, Period.parse(n.get("from", "")).orElse(null), Period.parse(n.get("to", "")).orElse(null),
                n.getBoolean("intervals", true), n.getBoolean("labels", true),
                n.get("breakdown", "").isEmpty() ? null : n.get("breakdown", ""));
    }

    public void choices(String code, Choices c) {
        Preferences n = node.node("indicator").node(key(code));
        n.put("series", String.join(SEP, c.series()));
        n.put("from", c.from() == null ? "" : c.from().code());
        n.put("to", c.to() == null ? "" : c.to().code());
        n.putBoolean("intervals", c.intervals());
        n.putBoolean("labels", c.labels());
        n.put("breakdown", c.breakdown() == null ? "" : c.breakdown());
        flush();
    }

    public Optional<LastExport> lastExport() {
        String file = node.get("export.file", null);
        if (file == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LastExport(Path.of(file), new ExportSize(node.getInt("export.width", 1600),
                    node.getInt("export.height", 900), node.getDouble("export.scale", 2.0))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void lastExport(LastExport e) {
        node.put("export.file", e.file().toAbsolutePath().toString());
        node.putInt("export.width", e.size().width());
        node.putInt("export.height", e.size().height());
        node.putDouble("export.scale", e.size().scale());
        flush();
    }

    /** The size last exported at, else 1600 × 900 at 2× (sharp on slides and high-density screens). */
    public ExportSize lastSize() {
        return lastExport().map(LastExport::size).orElse(ExportSize.SCREEN_2X);
    }

    /** The folder of the last chart or report export, if it still exists. */
    public Optional<Path> lastFolder() {
        return Optional.ofNullable(node.get("export.folder", null)).map(Path::of).filter(Files::isDirectory);
    }

    public void lastFolder(Path folder) {
        if (folder != null) {
            node.put("export.folder", folder.toAbsolutePath().toString());
            flush();
        }
    }

    /** Node names may not hold "/" and are at most 80 characters; indicator codes are short, but be safe. */
    private static String key(String code) {
        String k = code.replace('/', '_');
        return k.length() > 80 ? k.substring(0, 80) : k;
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // settings that cannot be written only cost the presenter their last choices
        }
    }
}
