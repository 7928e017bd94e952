package no.framdrift.ui.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicBoolean;
import no.framdrift.app.Workspace;
import no.framdrift.domain.Catalogue;
import no.framdrift.ui.shell.Language;
import no.framdrift.ui.shell.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The steward's snags of issue 15, on the form and the history, without a window. */
class StewardEditingTest {

    @TempDir
    static Path folder;

    private static Workspace workspace;
    private Catalogue catalogue;
    private IndicatorEditorViewModel vm;

    @BeforeAll
    static void openOnce() {
        workspace = Workspace.open(folder);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @BeforeEach
    void form() {
        catalogue = workspace.catalogue().load();
        vm = new IndicatorEditorViewModel(workspace.catalogue(), Messages.of(Language.NORWEGIAN_BOKMAL));
        vm.load(catalogue, catalogue.indicator("PLL").orElseThrow());
    }

    @Test
    void aNewIndicatorsFormIsNotRedBeforeAnythingIsTyped() {
        vm.startNew(catalogue, "KVALITET");
        assertThat(vm.problems()).isEmpty();
        assertThat(vm.canSaveProperty().get()).isFalse(); // still not saveable: no code, no name
        vm.codeProperty().set("PLL"); // a code in use is named as soon as it is typed
        assertThat(vm.problems()).containsKey(IndicatorEditorViewModel.CODE).doesNotContainKey(IndicatorEditorViewModel.NAME);
        vm.nameProperty().set("x");
        vm.nameProperty().set("");
        assertThat(vm.problems()).containsKey(IndicatorEditorViewModel.NAME);
    }

    @Test
    void undoOnANewIndicatorLeavesTheNewIndicatorMode() {
        AtomicBoolean left = new AtomicBoolean();
        vm.setOnLeftNew(() -> left.set(true));
        vm.startNew(catalogue, "KVALITET");
        vm.nameProperty().set("Ny test");
        vm.revert();
        assertThat(left).isTrue();
        assertThat(vm.codeEditableProperty().get()).isFalse();
        assertThat(vm.isDirty()).isFalse();
    }

    @Test
    void clearingTheNameKeepsTheSavedNameAsTitleAndInTheLeavePrompt() {
        vm.nameProperty().set("");
        assertThat(vm.displayName()).isEqualTo("Pasientens legemiddelliste");
        vm.startNew(catalogue, "KVALITET");
        assertThat(vm.displayName()).isEqualTo("Ny indikator");
        vm.nameProperty().set("Test");
        assertThat(vm.displayName()).isEqualTo("Test");
    }

    @Test
    void theAmbitionsTextFollowsItsTargetUnlessTheStewardWroteTheirOwn() {
        AmbitionRow y2030 = vm.ambitions().stream().filter(a -> a.yearProperty().get().equals("2030")).findFirst()
                .orElseThrow();
        y2030.targetProperty().set("80");
        assertThat(y2030.textProperty().get()).isEqualTo("80 % i 2030");
        y2030.targetProperty().set("");
        assertThat(y2030.textProperty().get()).isEqualTo("XX % i 2030");
        y2030.textProperty().set("Minst fire av fem");
        y2030.targetProperty().set("85");
        assertThat(y2030.textProperty().get()).isEqualTo("Minst fire av fem");
    }

    @Test
    void historyShowsAnAmbitionChangeInWords() {
        AmbitionRow y2030 = vm.ambitions().stream().filter(a -> a.yearProperty().get().equals("2030")).findFirst()
                .orElseThrow();
        y2030.targetProperty().set("80");
        assertThat(vm.save()).isTrue();
        HistoryViewModel history = new HistoryViewModel(workspace.catalogue(), Messages.of(Language.NORWEGIAN_BOKMAL),
                ZoneId.of("Europe/Oslo"));
        history.show("PLL");
        assertThat(history.rows()).anySatisfy(r -> {
            assertThat(r.field()).isEqualTo("Ambisjon 2030");
            assertThat(r.oldValue()).isEqualTo("ikke satt");
            assertThat(r.newValue()).isEqualTo("80 %");
        });
        assertThat(history.rows()).noneMatch(r -> r.oldValue().contains("2030=") || r.newValue().contains("2030="));
    }

    @Test
    void changedWordsOfALongTextAreFound() {
        String before = "Måler andelen av befolkningen som har fått opprettet en PLL.";
        String after = "Måler andelen av innbyggerne som har fått opprettet en PLL i år.";
        assertThat(WordDiff.changedWords(after, before)).containsExactly("innbyggerne", "PLL", "i", "år.");
        assertThat(WordDiff.changedWords(before, after)).containsExactly("befolkningen", "PLL.");
        assertThat(String.join("", WordDiff.parts(after, before).stream().map(WordDiff.Part::text).toList()))
                .isEqualTo(after);
    }
}
