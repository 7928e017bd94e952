package no.framdrift.ui.chart;

import no.framdrift.app.SampleWorkspaces;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javax.imageio.ImageIO;
import no.framdrift.app.BackgroundTasks;
import no.framdrift.app.Workspace;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.IndicatorValue;
import no.framdrift.domain.Period;
import no.framdrift.report.chart.ChartPoint;
import no.framdrift.report.chart.ChartSeries;
import no.framdrift.report.chart.ExportSize;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import no.framdrift.ui.shell.Language;
import no.framdrift.ui.shell.Messages;

/** The Diagram tab's choices, memory and export, without a window, on the sample workspace. */
class ChartViewModelTest {

    @TempDir
    static Path data;

    @TempDir
    Path out;

    static Workspace ws;
    Preferences node;
    ChartPreferences prefs;
    ChartViewModel vm;

    @BeforeAll
    static void open() {
        ws = SampleWorkspaces.open(data);
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    @BeforeEach
    void viewModel() {
        node = Preferences.userRoot().node("no/framdrift/ui-test/" + UUID.randomUUID());
        prefs = new ChartPreferences(node);
        vm = newViewModel();
    }

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    private ChartViewModel newViewModel() {
        return new ChartViewModel(ws, Messages.of(Language.NORWEGIAN_BOKMAL), BackgroundTasks.sameThread(), prefs);
    }

    private static Indicator indicator(String code) {
        return ws.catalogue().load().indicator(code).orElseThrow();
    }

    @Test
    void pllShowsEveryAreaAndTheChosenAreasAndRangeAreRememberedPerIndicator() {
        vm.show(indicator("PLL"));
        assertThat(vm.choices()).containsExactly("Nasjonalt", "Bergensområdet", "Helse Nord");
        assertThat(vm.specProperty().get().series()).hasSize(3);
        assertThat(vm.periods()).first().isEqualTo(Period.month(2025, 4));
        assertThat(vm.periods()).last().isEqualTo(Period.month(2025, 10));

        vm.chosen().add("Helse Nord");
        vm.fromProperty().set(Period.month(2025, 8));
        vm.labelsProperty().set(false);
        ChartSeries only = vm.specProperty().get().series().get(0);
        assertThat(vm.specProperty().get().series()).hasSize(1);
        assertThat(only.name()).isEqualTo("Helse Nord (N= 489 103)");
        assertThat(only.labelled()).isFalse();
        IndicatorValue oct = ws.values().stored("PLL").stream().filter(v -> v.area().equals("Helse Nord")
                && v.period().equals(Period.month(2025, 10))).findFirst().orElseThrow();
        assertThat(only.points()).extracting(ChartPoint::period).containsExactly(Period.month(2025, 8),
                Period.month(2025, 9), Period.month(2025, 10));
        assertThat(only.pointAt(Period.month(2025, 10)).orElseThrow().value()).isEqualTo(oct.value());

        // another indicator has its own choices; coming back restores PLL's
        vm.show(indicator("EPJ_KVALITET"));
        assertThat(vm.chosen()).isEmpty();
        assertThat(vm.fromProperty().get()).isNull();
        ChartViewModel later = newViewModel();
        later.show(indicator("PLL"));
        assertThat(later.chosen()).containsExactly("Helse Nord");
        assertThat(later.fromProperty().get()).isEqualTo(Period.month(2025, 8));
        assertThat(later.labelsProperty().get()).isFalse();
        assertThat(later.specProperty().get().series()).hasSize(1);
    }

    /** Decision 0015: the chart on screen speaks the window's language; what is exported or copied stays Norwegian. */
    @Test
    void inAnEnglishWindowTheChartIsEnglishAndTheExportedOneNorwegian() {
        ChartViewModel english = new ChartViewModel(ws, Messages.of(Language.ENGLISH), BackgroundTasks.sameThread(),
                prefs);
        english.show(indicator("PLL"));
        var shown = english.specProperty().get();
        assertThat(shown.series()).extracting(ChartSeries::name).contains("National (N = 5,594,340)");
        assertThat(shown.ambitions()).extracting(no.framdrift.report.chart.AmbitionLine::label)
                .contains("Ambition 2026 (25%)");
        assertThat(shown.sourceLine()).contains("Source: Reseptformidleren");
        var published = english.published().orElseThrow();
        assertThat(published.series()).extracting(ChartSeries::name).contains("Nasjonalt (N= 5 594 340)");
        assertThat(published.ambitions()).extracting(no.framdrift.report.chart.AmbitionLine::label)
                .contains("Ambisjon 2026 (25 %)");
        assertThat(published.sourceLine()).contains("Kilde: Reseptformidleren");
        // the choices are the areas' own names, whatever the language
        assertThat(english.choices()).contains("Nasjonalt");
    }

    @Test
    void intervalsCanBeSwitchedOffForASurvey() {
        vm.show(indicator("EPJ_KVALITET"));
        assertThat(vm.specProperty().get().series().get(0).points()).allMatch(ChartPoint::hasInterval);
        vm.intervalsProperty().set(false);
        assertThat(vm.specProperty().get().series().get(0).points()).noneMatch(ChartPoint::hasInterval);
        assertThat(prefs.choices("EPJ_KVALITET").intervals()).isFalse();
    }

    @Test
    void surveySubgroupsAreTheEnginesDomainsAndTheBreakdownIsRemembered() {
        vm.show(indicator("EPJ_KVALITET"));
        assertThat(vm.breakdowns()).isNotEmpty();
        String by = vm.breakdowns().get(0);
        vm.breakdownProperty().set(by);
        List<IndicatorValue> domains = ws.values().compute(ws.catalogue().load(), indicator("EPJ_KVALITET"), List.of(by));
        List<String> groups = domains.stream().map(v -> v.group().substring(v.group().indexOf('=') + 1)).distinct().toList();
        assertThat(groups).hasSizeGreaterThan(1);
        assertThat(vm.choices()).containsExactlyElementsOf(groups);
        // each subgroup's legend carries its N in the latest year ("30-39 (N= 605 i 2024)")
        assertThat(vm.specProperty().get().series()).extracting(x -> x.name().replaceAll(" \\(N= .*\\)$", ""))
                .containsExactlyElementsOf(groups);
        for (IndicatorValue v : domains) {
            String name = v.group().substring(v.group().indexOf('=') + 1);
            ChartSeries s = vm.specProperty().get().series().stream()
                    .filter(x -> x.name().replaceAll(" \\(N= .*\\)$", "").equals(name)).findFirst()
                    .orElseThrow();
            ChartPoint p = s.pointAt(v.period()).orElseThrow();
            assertThat(p.value()).isEqualTo(v.value());
            assertThat(p.suppressed()).isEqualTo(v.suppressed());
        }
        vm.chosen().add(groups.get(0));
        assertThat(vm.specProperty().get().series()).hasSize(1);

        ChartViewModel later = newViewModel();
        later.show(indicator("EPJ_KVALITET"));
        assertThat(later.breakdownProperty().get()).isEqualTo(by);
        assertThat(later.chosen()).containsExactly(groups.get(0));
        later.breakdownProperty().set(null);
        // the survey legend carries the latest year's N, as the README promises
        assertThat(later.specProperty().get().series()).extracting(ChartSeries::name).singleElement()
                .asString().matches("Alle \\(N= [\\d\u00a0\u202f ]+ i \\d{4}\\)");
    }

    @Test
    void anIndicatorWithoutValuesSaysSo() {
        vm.show(indicator("BEHOVSSTYRT_POLIKLINIKK"));
        assertThat(vm.specProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).isEqualTo("Indikatoren har ingen verdier å vise ennå.");
    }

    @Test
    void exportWritesTheChartAndExportAgainUsesTheRememberedFileAndSize() throws Exception {
        vm.show(indicator("DDFL"));
        assertThat(vm.exportAgain(p -> { }, e -> { })).as("nothing exported yet").isFalse();
        Path png = out.resolve("ddfl.png");
        Path[] written = new Path[1];
        vm.export(png, new ExportSize(800, 450, 2.0), p -> written[0] = p, e -> { throw new AssertionError(e); });
        assertThat(written[0]).isEqualTo(png);
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(List.of(img.getWidth(), img.getHeight())).containsExactly(1600, 900);

        assertThat(png.toFile().delete()).isTrue();
        ChartViewModel again = newViewModel();
        again.show(indicator("DDFL"));
        assertThat(again.exportAgain(p -> written[0] = p, e -> { throw new AssertionError(e); })).isTrue();
        img = ImageIO.read(png.toFile());
        assertThat(List.of(img.getWidth(), img.getHeight())).containsExactly(1600, 900);
        assertThat(prefs.lastFolder()).contains(out.toAbsolutePath());
    }
}
