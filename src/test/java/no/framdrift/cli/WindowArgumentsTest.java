package no.framdrift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Which launcher arguments open the window, as the installed launcher and file manager pass them. */
class WindowArgumentsTest {

    @Test
    void noArgumentsOrOnlyTheDataFolderOpenTheWindow() {
        assertThat(RootCommand.opensWindow(new String[0])).isTrue();
        assertThat(RootCommand.opensWindow(new String[] {"--data-dir", "/tmp/indicators"})).isTrue();
        assertThat(RootCommand.opensWindow(new String[] {"--data-dir=/tmp/d"})).isTrue();
    }

    @Test
    void aCommandRunsTheCommandLine() {
        assertThat(RootCommand.opensWindow(new String[] {"indicators"})).isFalse();
        assertThat(RootCommand.opensWindow(new String[] {"--data-dir", "/tmp/d", "indicators"})).isFalse();
        assertThat(RootCommand.opensWindow(new String[] {"--version"})).isFalse();
    }

    @Test
    void aDoubleClickedCatalogueFileOpensTheWindowWithThatFile() {
        String[] args = {"/home/anne/Nedlastinger/katalog 2026.Framdrift.json"};

        assertThat(RootCommand.opensWindow(args)).isTrue();
        assertThat(RootCommand.catalogueFileArgument(args))
                .contains(Path.of("/home/anne/Nedlastinger/katalog 2026.Framdrift.json"));
    }

    @Test
    void anOrdinaryJsonFileIsNotTakenForACatalogue() {
        String[] args = {"eksport.json"};

        assertThat(RootCommand.opensWindow(args)).isFalse();
        assertThat(RootCommand.catalogueFileArgument(args)).isEmpty();
    }

    @Test
    void theDataFolderIsNotMistakenForACatalogueFile() {
        String[] args = {"--data-dir", "/tmp/x.framdrift.json"};

        assertThat(RootCommand.catalogueFileArgument(args)).isEmpty();
    }
}
