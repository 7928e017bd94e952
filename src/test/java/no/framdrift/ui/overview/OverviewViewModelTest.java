package no.framdrift.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import no.framdrift.app.overview.DueItem;
import no.framdrift.app.overview.OverviewService;
import no.framdrift.app.overview.OverviewTile;
import no.framdrift.domain.Status;
import org.junit.jupiter.api.Test;

/** The view model without a window: executors that run when the test says so. */
class OverviewViewModelTest {

    private final List<String> opened = new ArrayList<>();
    private final Executor sameThread = Runnable::run;

    private OverviewViewModel loaded() {
        OverviewViewModel vm = new OverviewViewModel(OverviewFixture::overview, () -> OverviewFixture.TODAY, sameThread,
                sameThread, opened::add);
        vm.refresh();
        return vm;
    }

    private static List<String> visible(OverviewViewModel vm) {
        return vm.getVisibleTiles().stream().map(OverviewTile::code).toList();
    }

    @Test
    void refreshShowsTheLoadedOverview() {
        OverviewViewModel vm = loaded();
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.getVisibleSections()).extracting(s -> s.goal().code()).containsExactly("KVALITET", "MAL2", "MAL3");
        assertThat(visible(vm)).containsExactly("PLL", "EPJ_KVALITET", "DIGITAL_PLUNDER_HEFT", "HELSEDATA");
        assertThat(vm.getSources()).containsExactly("Helsedataservice (FHI)", "Helsepersonellundersøkelsen",
                "Reseptformidleren");
        // PLL three months behind (okt.25), Helsedata two quarters (1. halvår 2025), EPJ's 2025 survey due now
        assertThat(vm.getDue()).extracting(DueItem::indicatorCode).containsExactly("PLL", "HELSEDATA", "EPJ_KVALITET");
        assertThat(vm.getDue()).extracting(DueItem::overdue).containsExactly(true, true, false);
    }

    @Test
    void goalFilter() {
        OverviewViewModel vm = loaded();
        vm.goalFilterProperty().set(OverviewFixture.MAL3);
        assertThat(visible(vm)).containsExactly("HELSEDATA");
        vm.goalFilterProperty().set(null);
        assertThat(visible(vm)).hasSize(4);
    }

    @Test
    void statusFilterLooksIntoParts() {
        OverviewViewModel vm = loaded();
        vm.statusFilterProperty().set(Status.UNDER_ARBEID);
        assertThat(visible(vm)).containsExactly("DIGITAL_PLUNDER_HEFT");
        vm.statusFilterProperty().set(Status.AVVENT);
        assertThat(visible(vm)).isEmpty();
        assertThat(vm.getVisibleSections()).isEmpty();
    }

    @Test
    void sourceFilter() {
        OverviewViewModel vm = loaded();
        vm.sourceFilterProperty().set("Helsepersonellundersøkelsen");
        assertThat(visible(vm)).containsExactly("EPJ_KVALITET", "DIGITAL_PLUNDER_HEFT");
    }

    @Test
    void onlyOverdueKeepsTheIndicatorsPastTheirDuePeriod() {
        OverviewViewModel vm = loaded();
        vm.onlyOverdueProperty().set(true);
        assertThat(visible(vm)).containsExactly("PLL", "HELSEDATA");
    }

    @Test
    void searchMatchesNameCodeSourceAndParts() {
        OverviewViewModel vm = loaded();
        vm.searchTextProperty().set("  legemiddel ");
        assertThat(visible(vm)).containsExactly("PLL");
        vm.searchTextProperty().set("RESPONSTID");
        assertThat(visible(vm)).containsExactly("DIGITAL_PLUNDER_HEFT");
        vm.searchTextProperty().set("fhi");
        assertThat(visible(vm)).containsExactly("HELSEDATA");
        vm.searchTextProperty().set("epj");
        vm.goalFilterProperty().set(OverviewFixture.MAL3);
        assertThat(visible(vm)).isEmpty();
    }

    @Test
    void openCallsTheCallbackWithTheCode() {
        OverviewViewModel vm = loaded();
        vm.open("EPJ_KVALITET");
        assertThat(opened).containsExactly("EPJ_KVALITET");
    }

    @Test
    void loadingRunsOnTheBackgroundExecutorAndShowsOnTheFxExecutor() {
        Deque<Runnable> background = new ArrayDeque<>();
        Deque<Runnable> fx = new ArrayDeque<>();
        List<LocalDate> asked = new ArrayList<>();
        OverviewService service = today -> {
            asked.add(today);
            return OverviewFixture.overview(today);
        };
        OverviewViewModel vm = new OverviewViewModel(service, () -> OverviewFixture.TODAY, background::add, fx::add,
                opened::add);
        vm.refresh();
        assertThat(asked).isEmpty();
        assertThat(vm.loadingProperty().get()).isTrue();
        background.poll().run();
        assertThat(asked).containsExactly(OverviewFixture.TODAY);
        assertThat(vm.getVisibleTiles()).isEmpty(); // not shown until the FX thread applies it
        fx.poll().run();
        assertThat(vm.getVisibleTiles()).hasSize(4);
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void anOlderSlowerLoadDoesNotReplaceANewerOne() {
        Deque<Runnable> background = new ArrayDeque<>();
        LocalDate[] day = {LocalDate.of(2025, 11, 27)};
        OverviewViewModel vm = new OverviewViewModel(OverviewFixture::overview, () -> day[0], background::add,
                Runnable::run, opened::add);
        vm.refresh();
        day[0] = OverviewFixture.TODAY;
        vm.refresh();
        background.pollLast().run();
        background.pollLast().run();
        assertThat(vm.getOverview().asOf()).isEqualTo(OverviewFixture.TODAY);
    }

    @Test
    void aFailedLoadKeepsTheLastOverviewAndSaysWhy() {
        boolean[] fail = {false};
        OverviewService service = today -> {
            if (fail[0]) {
                throw new IllegalStateException("Databasen er låst");
            }
            return OverviewFixture.overview(today);
        };
        OverviewViewModel vm = new OverviewViewModel(service, () -> OverviewFixture.TODAY, sameThread, sameThread,
                opened::add);
        vm.refresh();
        fail[0] = true;
        vm.refresh();
        assertThat(vm.errorProperty().get()).isEqualTo("Databasen er låst");
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.getVisibleTiles()).hasSize(4);
    }
}
