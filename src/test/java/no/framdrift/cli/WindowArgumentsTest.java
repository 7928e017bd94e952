package no.framdrift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Which launcher arguments open the window, as the installed launcher and file manager pass them. */
class WindowArgumentsTest {

    @Test
    void noArgumentsOrOnlyTheDataFolderOpenTheWindow() {
        assertThat(FramdriftCommand.opensWindow(new String[0])).isTrue();
        assertThat(FramdriftCommand.opensWindow(new String[] {"--data-dir", "/tmp/indicators"})).isTrue();
        assertThat(FramdriftCommand.opensWindow(new String[] {"--data-dir=/tmp/d"})).isTrue();
    }

    @Test
    void aCommandRunsTheCommandLine() {
        assertThat(FramdriftCommand.opensWindow(new String[] {"indicators"})).isFalse();
        assertThat(FramdriftCommand.opensWindow(new String[] {"--data-dir", "/tmp/d", "indicators"})).isFalse();
        assertThat(FramdriftCommand.opensWindow(new String[] {"--version"})).isFalse();
    }

    @Test
    void aDoubleClickedCatalogueFileOpensTheWindowWithThatFile() {
        String[] args = {"/home/anne/Nedlastinger/katalog 2026.Framdrift.json"};

        assertThat(FramdriftCommand.opensWindow(args)).isTrue();
        assertThat(FramdriftCommand.catalogueFileArgument(args))
                .contains(Path.of("/home/anne/Nedlastinger/katalog 2026.Framdrift.json"));
    }

    @Test
    void anOrdinaryJsonFileIsNotTakenForACatalogue() {
        String[] args = {"eksport.json"};

        assertThat(FramdriftCommand.opensWindow(args)).isFalse();
        assertThat(FramdriftCommand.catalogueFileArgument(args)).isEmpty();
    }

    @Test
    void theDataFolderIsNotMistakenForACatalogueFile() {
        String[] args = {"--data-dir", "/tmp/x.framdrift.json"};

        assertThat(FramdriftCommand.catalogueFileArgument(args)).isEmpty();
    }
}
