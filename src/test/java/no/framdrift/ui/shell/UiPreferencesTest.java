package no.framdrift.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiPreferencesTest {

    private final Preferences node = Preferences.userRoot().node("no/framdrift/ui-test/" + UUID.randomUUID());
    private final UiPreferences prefs = new UiPreferences(node);

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void windowGeometryLanguageDividerAndFolderAreRemembered(@TempDir Path folder) {
        assertThat(prefs.window()).isEmpty();
        assertThat(prefs.language()).isEqualTo(Language.NORWEGIAN_BOKMAL);

        prefs.window(new UiPreferences.WindowGeometry(40, 60, 1300, 850, true));
        prefs.language(Language.ENGLISH);
        prefs.divider(0.28);
        prefs.lastFolder(folder);

        UiPreferences again = new UiPreferences(node);
        assertThat(again.window()).contains(new UiPreferences.WindowGeometry(40, 60, 1300, 850, true));
        assertThat(again.language()).isEqualTo(Language.ENGLISH);
        assertThat(again.divider()).isEqualTo(0.28);
        assertThat(again.lastFolder()).contains(folder.toAbsolutePath());
    }

    @Test
    void aRememberedFolderThatIsGoneIsForgotten(@TempDir Path folder) {
        prefs.lastFolder(folder.resolve("slettet"));
        assertThat(prefs.lastFolder()).isEmpty();
    }
}
