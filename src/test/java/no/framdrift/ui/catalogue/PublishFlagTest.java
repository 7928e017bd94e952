package no.framdrift.ui.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import no.framdrift.app.Workspace;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.Status;
import no.framdrift.ui.shell.Language;
import no.framdrift.ui.shell.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Publiser" checkbox of the Definisjon tab: follows the status until the steward chooses, then is kept. */
class PublishFlagTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private IndicatorEditorViewModel vm;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        vm = new IndicatorEditorViewModel(workspace.catalogue(), Messages.of(Language.NORWEGIAN_BOKMAL));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void load(String code) {
        Catalogue c = workspace.catalogue().load();
        vm.load(c, c.indicator(code).orElseThrow());
    }

    @Test
    void onForKlarOffOtherwiseAndFollowsTheStatusUntilChosen() {
        load("PLL");
        assertThat(vm.publishProperty().get()).isTrue();
        vm.statusProperty().set(Status.UNDER_ARBEID);
        assertThat(vm.publishProperty().get()).isFalse();
        // no choice made: nothing explicit is saved, the flag keeps following the status
        assertThat(vm.edited().publish()).isNull();
        load("DIGITAL_SAMHANDLING");
        assertThat(vm.publishProperty().get()).isFalse();
        assertThat(vm.isDirty()).isFalse();
    }

    @Test
    void theStewardsChoiceIsSavedAndKeptWhenTheStatusChanges() {
        load("DIGITAL_SAMHANDLING");
        vm.publishProperty().set(true);
        assertThat(vm.isDirty()).isTrue();
        assertThat(vm.save()).isTrue();
        Indicator saved = workspace.catalogue().load().indicator("DIGITAL_SAMHANDLING").orElseThrow();
        assertThat(saved.publish()).isTrue();
        assertThat(saved.isPublished()).isTrue();
        assertThat(workspace.catalogue().history("DIGITAL_SAMHANDLING"))
                .extracting(c -> c.field(), c -> c.newValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("publish", "true"));

        load("DIGITAL_SAMHANDLING");
        vm.statusProperty().set(Status.AVVENT);
        assertThat(vm.publishProperty().get()).isTrue();
        assertThat(vm.edited().publish()).isTrue();
    }
}
