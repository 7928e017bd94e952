package no.framdrift.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import no.framdrift.app.SampleWorkspaces;
import no.framdrift.app.Workspace;
import no.framdrift.app.values.ValuesService;
import no.framdrift.domain.AreaLevel;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Period;
import no.framdrift.report.chart.ChartPoint;
import no.framdrift.report.chart.ChartSeries;
import no.framdrift.report.chart.ChartSpec;
import no.framdrift.report.map.MapArea;
import no.framdrift.report.map.MapCanvas;
import no.framdrift.ui.catalogue.IndicatorTabsOnStage;
import no.framdrift.ui.chart.ChartPreferences;
import no.framdrift.ui.chart.DiagramTab;
import no.framdrift.ui.map.MapTab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Kart and Diagram tabs as the window composes them (one shared context): a click on a county
 * of the map brings the Diagram tab to the front with that county's series beside Norway's, and
 * the area list with Enter does the same without a mouse.
 */
@ExtendWith(ApplicationExtension.class)
class MapToDiagramUiTest {

    @TempDir
    static Path data;

    static Workspace ws;
    private final Preferences node = Preferences.userRoot().node("no/framdrift/ui-test/" + UUID.randomUUID());
    private Stage stage;
    private TabPane tabs;

    @BeforeAll
    static void open() {
        ws = SampleWorkspaces.open(data);
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        tabs = IndicatorTabsOnStage.show(stage, ws, Language.NORWEGIAN_BOKMAL, "DIGIHELSE", context -> List.of(
                new DiagramTab(new ChartPreferences(node)).create(context), new MapTab().create(context)));
    }

    @AfterEach
    void tearDown(FxRobot robot) throws BackingStoreException {
        robot.interact(() -> stage.close());
        node.removeNode();
    }

    /** DIGIHELSE's value for a county in the newest quarter, as {@code values --by area --level fylke} gives it. */
    private static double countyValue(String code) {
        Catalogue c = ws.catalogue().load();
        return ws.values().byLevel(c, c.indicator("DIGIHELSE").orElseThrow(), AreaLevel.COUNTY).stream()
                .filter(v -> v.areaCode().equals(code) && v.value().period().equals(Period.quarter(2025, 3)))
                .map(ValuesService.AreaValue::value).findFirst().orElseThrow().value();
    }

    private static ChartSeries series(ChartSpec spec, String name) {
        return spec.series().stream().filter(s -> s.name().startsWith(name)).findFirst().orElseThrow(
                () -> new AssertionError("no series " + name + " in " + spec.series().stream().map(ChartSeries::name).toList()));
    }

    private static Double valueIn(ChartSeries s, Period p) {
        return s.points().stream().filter(pt -> pt.period().equals(p)).map(ChartPoint::value).findFirst().orElse(null);
    }

    private MapCanvas showCountyMap(FxRobot robot) throws Exception {
        robot.clickOn(robot.lookup(".tab-label").match((Label l) -> "Kart".equals(l.getText())).queryAs(Label.class));
        @SuppressWarnings("unchecked")
        ComboBox<AreaLevel> level = robot.lookup("#map-level").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !level.getItems().isEmpty());
        robot.interact(() -> level.setValue(AreaLevel.COUNTY));
        MapCanvas canvas = robot.lookup("#map-canvas").queryAs(MapCanvas.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> canvas.spec() != null && canvas.spec().areas().size() == 15 && canvas.pointOf("46").isPresent());
        return canvas;
    }

    private Tab selectedTab() {
        return tabs.getSelectionModel().getSelectedItem();
    }

    @SuppressWarnings("unchecked")
    private ChartSpec chartShown(FxRobot robot) throws Exception {
        Tab diagram = tabs.getTabs().get(1);
        var vm = (no.framdrift.ui.chart.ChartViewModel) diagram.getUserData();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.specProperty().get() != null);
        return vm.specProperty().get();
    }

    @Test
    void clickingVestlandOnTheMapShowsVestlandsSeriesInTheDiagramTab(FxRobot robot) throws Exception {
        MapCanvas canvas = showCountyMap(robot);
        MapArea vestland = canvas.spec().area("46").orElseThrow();
        assertThat(vestland.name()).isEqualTo("Vestland");
        Point2D inside = canvas.pointOf("46").orElseThrow();
        assertThat(canvas.areaAt(inside.getX(), inside.getY())).contains(vestland);

        robot.clickOn(canvas.localToScreen(inside));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(selectedTab().getId()).isEqualTo("tab-chart");
        ChartSpec chart = chartShown(robot);
        assertThat(chart.series()).extracting(ChartSeries::name).hasSize(2)
                .anySatisfy(n -> assertThat(n).startsWith("Nasjonalt"))
                .anySatisfy(n -> assertThat(n).startsWith("Vestland"));
        // the county's own share in the newest quarter, the same number the map coloured it by
        assertThat(valueIn(series(chart, "Vestland"), Period.quarter(2025, 3)))
                .isEqualTo(countyValue("46")).isEqualTo(vestland.value());
        @SuppressWarnings("unchecked")
        ComboBox<AreaLevel> levelBox = robot.lookup("#chart-area-level").queryAs(ComboBox.class);
        assertThat(levelBox.getValue()).isEqualTo(AreaLevel.COUNTY);
        assertThat(levelBox.isVisible()).isTrue();
    }

    @Test
    void choosingAnAreaInTheListAndPressingEnterShowsItWithoutAMouse(FxRobot robot) throws Exception {
        MapCanvas canvas = showCountyMap(robot);
        @SuppressWarnings("unchecked")
        ComboBox<MapArea> list = robot.lookup("#map-area").queryAs(ComboBox.class);
        // the list holds the map's areas by name, Bergensområdet (drawn on top) among them: Agder first, Østfold last
        assertThat(list.getItems()).extracting(MapArea::name).hasSize(16).contains("Bergensområdet")
                .startsWith("Agder").endsWith("Østfold");
        MapArea nordland = list.getItems().stream().filter(a -> a.code().equals("18")).findFirst().orElseThrow();
        robot.interact(() -> {
            list.setValue(nordland);
            list.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(selectedTab().getId()).isEqualTo("tab-chart");
        ChartSpec chart = chartShown(robot);
        assertThat(valueIn(series(chart, "Nordland"), Period.quarter(2025, 3))).isEqualTo(countyValue("18"))
                .isEqualTo(canvas.spec().area("18").orElseThrow().value());
        assertThat(chart.series()).extracting(ChartSeries::name).noneMatch(n -> n.startsWith("Vestland"));
    }
}
