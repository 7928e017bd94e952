package no.framdrift.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the workspace lives: {@code --data-dir}, else {@code FRAMDRIFT_DATA_DIR}, else the
 * platform's per-user application data folder (never the install folder, so upgrades keep data).
 */
public final class DataFolder {

    public static final String ENV = "FRAMDRIFT_DATA_DIR";

    private DataFolder() {
    }

    public static Path resolve(Optional<Path> option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path resolve(Optional<Path> option, Map<String, String> env, String osName, String home) {
        if (option.isPresent()) {
            return option.get().toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        return platformDefault(env, osName, home);
    }

    static Path platformDefault(Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.getOrDefault("LOCALAPPDATA", Path.of(home, "AppData", "Local").toString());
            return Path.of(local, "Framdrift");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Framdrift");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("framdrift");
    }
}
