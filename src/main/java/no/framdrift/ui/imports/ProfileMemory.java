package no.framdrift.ui.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The saved profile last used for a file with the same set of headers, so the wizard proposes it
 * next time. The window keeps it in the analyst's own preferences ({@code java.util.prefs}, see
 * {@link no.framdrift.ui.shell.UiPreferences#importProfileFor}): which profile one analyst reaches
 * for is a habit of that person, like the last folder, not shared data of the workspace (a team
 * workspace would otherwise let one colleague's choice change another's), and it needs no schema change.
 */
public interface ProfileMemory {

    ProfileMemory NONE = new ProfileMemory() {
        @Override
        public Optional<String> lastProfile(String headerKey) {
            return Optional.empty();
        }

        @Override
        public void remember(String headerKey, String profile) {
        }
    };

    Optional<String> lastProfile(String headerKey);

    void remember(String headerKey, String profile);

    /**
     * A short key for a set of headers, whatever their order, case or surrounding blanks (the
     * SHA-256 of the sorted names, 32 hex digits: a preferences key is at most 80 characters).
     */
    static String headerKey(List<String> headers) {
        TreeSet<String> sorted = new TreeSet<>();
        headers.forEach(h -> sorted.add(h.trim().toLowerCase(Locale.ROOT)));
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(String.join("\u0000", sorted).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
