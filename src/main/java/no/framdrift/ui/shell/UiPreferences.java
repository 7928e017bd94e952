package no.framdrift.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the window remembers between runs (size, position, divider, language, last folder), in
 * {@code java.util.prefs} node {@value #NODE}. Tests pass their own node so they never touch the
 * steward's settings.
 */
public final class UiPreferences {

    public static final String NODE = "no/framdrift/ui";

    /** Window bounds as last seen; {@code maximized} restores over the bounds. */
    public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {
    }

    private final Preferences node;

    public UiPreferences(Preferences node) {
        this.node = node;
    }

    public static UiPreferences user() {
        return new UiPreferences(Preferences.userRoot().node(NODE));
    }

    public Optional<WindowGeometry> window() {
        double w = node.getDouble("window.width", -1);
        double h = node.getDouble("window.height", -1);
        if (w <= 0 || h <= 0) {
            return Optional.empty();
        }
        return Optional.of(new WindowGeometry(node.getDouble("window.x", 0), node.getDouble("window.y", 0), w, h,
                node.getBoolean("window.maximized", false)));
    }

    public void window(WindowGeometry g) {
        node.putDouble("window.x", g.x());
        node.putDouble("window.y", g.y());
        node.putDouble("window.width", g.width());
        node.putDouble("window.height", g.height());
        node.putBoolean("window.maximized", g.maximized());
        flush();
    }

    public double divider() {
        return node.getDouble("divider", 0.33);
    }

    public void divider(double position) {
        node.putDouble("divider", position);
        flush();
    }

    public Language language() {
        return Language.fromName(node.get("language", Language.NORWEGIAN_BOKMAL.name()));
    }

    public void language(Language language) {
        node.put("language", language.name());
        flush();
    }

    /** The saved import profile last used for files with these headers ({@code key}: a digest of the header set). */
    public Optional<String> importProfileFor(String key) {
        return Optional.ofNullable(node.get("importProfile." + key, null));
    }

    public void importProfileFor(String key, String profile) {
        node.put("importProfile." + key, profile);
        flush();
    }

    /** The folder of the last file chosen, if it still exists. */
    public Optional<Path> lastFolder() {
        String s = node.get("lastFolder", null);
        if (s == null) {
            return Optional.empty();
        }
        Path p = Path.of(s);
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }

    public void lastFolder(Path folder) {
        if (folder != null) {
            node.put("lastFolder", folder.toAbsolutePath().toString());
            flush();
        }
    }

    /** Forgets everything (tests). */
    /** The team database last connected to with "husk" ticked: its URL and user, never a password. */
    public Optional<String[]> teamDatabase() {
        String url = node.get("team.url", null);
        return url == null ? Optional.empty() : Optional.of(new String[] {url, node.get("team.user", "")});
    }

    public void teamDatabase(String url, String user) {
        if (url == null) {
            node.remove("team.url");
            node.remove("team.user");
        } else {
            node.put("team.url", url);
            node.put("team.user", user == null ? "" : user);
        }
    }

    public void clear() {
        try {
            node.clear();
            node.flush();
        } catch (BackingStoreException e) {
            // nothing to clear is as good as cleared
        }
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // a settings file that cannot be written only costs the steward the window size
        }
    }
}
