package no.framdrift.ui.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import no.framdrift.app.Workspace;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import no.framdrift.ui.shell.Language;
import no.framdrift.ui.shell.Messages;

class CatalogueTreeViewModelTest {

    private final Catalogue catalogue = Workspace.sampleCatalogue();
    private CatalogueTreeViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new CatalogueTreeViewModel(Messages.of(Language.NORWEGIAN_BOKMAL));
        vm.catalogueProperty().set(catalogue);
    }

    @Test
    void goalAreasComeFirstOverarchingThenMaal1To5ThenTheFutureIndicators() {
        List<CatalogueNode> roots = vm.roots();
        assertThat(roots).extracting(CatalogueNode::label).containsExactly(
                "Kvalitet og sammenheng i tjenestene", "Bærekraftig helse- og omsorgssektor", "Innovasjonskraft",
                "Mål 1: Aktiv medvirkning i egen og næres helse", "Mål 2: Enklere arbeidshverdag",
                "Mål 3: Helsedata til fornying og forbedring", "Mål 4: Tilgjengelig informasjon og styrket samhandling",
                "Mål 5: Samarbeid og virkemidler som styrker gjennomføringskraft",
                "Foreslåtte fremtidige indikatorer");
        assertThat(roots.get(8).children()).hasSize(catalogue.futureIndicators().size()).hasSize(8);
        assertThat(all(roots, CatalogueNode.Kind.INDICATOR)).hasSize(catalogue.indicators().size());
    }

    @Test
    void aCompositeExpandsToItsPartsWithTheirStatus() {
        CatalogueNode helsenorge = find(vm.roots(), "HELSENORGE_TILGJENGELIGHET");
        assertThat(helsenorge.status()).isEqualTo(Status.KLAR);
        assertThat(helsenorge.children()).extracting(CatalogueNode::code)
                .containsExactly("DIGIHELSESTASJON", "DIGIHELSE", "DDFL");
    }

    @Test
    void searchByPartCodeKeepsItsCompositeAndGoalButNotTheSiblings() {
        vm.filterProperty().set("ddfl");
        assertThat(vm.roots()).extracting(CatalogueNode::code).containsExactly("KVALITET");
        CatalogueNode goal = vm.roots().get(0);
        assertThat(goal.children()).extracting(CatalogueNode::code).containsExactly("HELSENORGE_TILGJENGELIGHET");
        assertThat(goal.children().get(0).children()).extracting(CatalogueNode::code).containsExactly("DDFL");
    }

    @Test
    void searchBySourceFindsEveryIndicatorWithThatSource() {
        vm.filterProperty().set("Innbyggerundersøkelsen");
        List<String> expected = catalogue.indicators().stream()
                .filter(i -> i.sources().contains("Innbyggerundersøkelsen")).map(i -> i.code()).toList();
        assertThat(expected).isNotEmpty();
        assertThat(all(vm.roots(), CatalogueNode.Kind.INDICATOR)).extracting(CatalogueNode::code)
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(vm.roots()).extracting(CatalogueNode::kind).doesNotContain(CatalogueNode.Kind.FUTURE_SECTION);
    }

    @Test
    void searchByNameIsCaseInsensitiveAndANonMatchGivesAnEmptyTree() {
        vm.filterProperty().set("LEGEMIDDELLISTE");
        assertThat(all(vm.roots(), CatalogueNode.Kind.INDICATOR)).extracting(CatalogueNode::code).containsExactly("PLL");
        vm.filterProperty().set("finnes ikke xyz");
        assertThat(vm.roots()).isEmpty();
        vm.filterProperty().set("");
        assertThat(vm.roots()).hasSize(9);
    }

    static List<CatalogueNode> all(List<CatalogueNode> nodes, CatalogueNode.Kind kind) {
        List<CatalogueNode> out = new ArrayList<>();
        for (CatalogueNode n : nodes) {
            if (n.kind() == kind) {
                out.add(n);
            }
            out.addAll(all(n.children(), kind));
        }
        return out;
    }

    static CatalogueNode find(List<CatalogueNode> nodes, String code) {
        return all(nodes, CatalogueNode.Kind.INDICATOR).stream().filter(n -> n.code().equals(code)).findFirst()
                .orElseThrow();
    }
}
