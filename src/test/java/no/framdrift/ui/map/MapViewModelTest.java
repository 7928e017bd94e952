package no.framdrift.ui.map;

import no.framdrift.app.SampleWorkspaces;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import no.framdrift.app.BackgroundTasks;
import no.framdrift.app.Workspace;
import no.framdrift.domain.AreaLevel;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Period;
import no.framdrift.report.map.MapArea;
import no.framdrift.ui.shell.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Kart tab's view model on the sample workspace, without a window. */
class MapViewModelTest {

    @TempDir
    static Path data;
    static Workspace ws;
    static Catalogue catalogue;

    @BeforeAll
    static void open() {
        ws = SampleWorkspaces.open(data);
        catalogue = ws.catalogue().load();
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    private MapViewModel vm() {
        return new MapViewModel(ws, Messages.of(no.framdrift.ui.shell.Language.NORWEGIAN_BOKMAL), BackgroundTasks.sameThread());
    }

    @Test
    void digihelseOffersEveryLevelAndDrawsTheNewestQuarter() {
        MapViewModel vm = vm();
        vm.load(catalogue.indicator("DIGIHELSE").orElseThrow());
        assertThat(vm.levels()).containsExactly(AreaLevel.MUNICIPALITY, AreaLevel.COUNTY, AreaLevel.REGION);
        assertThat(vm.level().get()).isEqualTo(AreaLevel.MUNICIPALITY);
        assertThat(vm.period().get()).isEqualTo(Period.quarter(2025, 3));
        assertThat(vm.spec().get().areas()).hasSize(357);

        vm.level().set(AreaLevel.COUNTY);
        assertThat(vm.spec().get().areas()).hasSize(15);
        MapArea vestland = vm.spec().get().area("46").orElseThrow();
        assertThat(vm.tooltip(vestland)).startsWith("Vestland: " + vestland.valueText() + "\n")
                .contains(" av ").contains("n = ");

        vm.period().set(Period.quarter(2024, 1));
        assertThat(vm.spec().get().subtitle()).isEqualTo("Fylker, 1. kvartal 2024");
    }

    @Test
    void anEnglishWindowDrawsTheMapInEnglishAndExportsItInNorwegian() throws Exception {
        MapViewModel vm = new MapViewModel(ws, Messages.of(no.framdrift.ui.shell.Language.ENGLISH),
                BackgroundTasks.sameThread());
        vm.load(catalogue.indicator("DIGIHELSE").orElseThrow());
        vm.level().set(AreaLevel.COUNTY);
        assertThat(vm.levelLabel(AreaLevel.COUNTY)).isEqualTo("Counties");
        assertThat(vm.periodLabel(vm.period().get())).isEqualTo("Q3 2025");
        var spec = vm.spec().get();
        assertThat(spec.locale().getLanguage()).isEqualTo("en");
        assertThat(spec.subtitle()).isEqualTo("Counties, Q3 2025");
        assertThat(spec.valueHeading()).isEqualTo("Share (%)");
        assertThat(spec.credit()).isEqualTo("Map data: © Kartverket (CC BY 4.0)");
        MapArea vestland = spec.area("46").orElseThrow();
        assertThat(vestland.valueText()).matches("\\d+(\\.\\d+)?%");
        assertThat(vm.tooltip(vestland)).startsWith("Vestland: " + vestland.valueText() + "\n").contains(" of ");

        // the export is the same map in Norwegian, as published
        var published = vm.published().orElseThrow();
        assertThat(published.subtitle()).isEqualTo("Fylker, 3. kvartal 2025");
        assertThat(published.area("46").orElseThrow().value()).isEqualTo(vestland.value());
        java.nio.file.Path svg = data.resolve("kart-en.svg");
        java.util.concurrent.atomic.AtomicReference<Object> result = new java.util.concurrent.atomic.AtomicReference<>();
        vm.export(svg, no.framdrift.report.chart.ExportSize.of(1600, 900), result::set, result::set);
        assertThat(result.get()).isEqualTo(svg);
        assertThat(java.nio.file.Files.readString(svg)).contains("Fylker, 3. kvartal 2025")
                .contains("Kartgrunnlag: © Kartverket (CC BY 4.0)").doesNotContain("Map data");
    }

    @Test
    void suppressedAreasSayPrikketAndAnIndicatorWithoutAreasSaysSo() {
        MapViewModel vm = vm();
        vm.load(catalogue.indicator("VELFERDSTEKNOLOGI").orElseThrow());
        vm.level().set(AreaLevel.COUNTY);
        MapArea oslo = vm.spec().get().area("03").orElseThrow();
        assertThat(vm.tooltip(oslo)).isEqualTo("Oslo: prikket (:), for lite tall");

        vm.load(catalogue.indicator("HELSEDATA").orElseThrow());
        assertThat(vm.levels()).isEmpty();
        assertThat(vm.spec().get()).isNull();
        assertThat(vm.message().get()).isEqualTo("Indikatoren har ingen verdier per kommune, fylke eller helseregion.");
    }
}
