package no.framdrift.app.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.framdrift.app.Workspace;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.IndicatorValue;
import no.framdrift.domain.Period;
import no.framdrift.stats.ProgressSettings;
import org.junit.jupiter.api.Test;

/** Overview cards drawn from the example batches say so; real data and a composite's real parts do not. */
class OverviewSampleMarkTest {

    private static final Catalogue CATALOGUE = Workspace.sampleCatalogue();

    private static IndicatorValue value(String code, String batches) {
        return new IndicatorValue(code, Period.year(2024), IndicatorValue.NATIONAL, "", 0.52, null, null, 1500L, 0.01,
                null, null, false, batches, null);
    }

    private static Overview load(Map<String, List<IndicatorValue>> values, Set<Long> sample) {
        return new CatalogueOverviewService(() -> CATALOGUE, c -> values.getOrDefault(c, List.of()), c -> List.of(),
                ProgressSettings.DEFAULTS, () -> sample).load(LocalDate.of(2026, 2, 10));
    }

    @Test
    void aCardIsMarkedWhenItsValuesComeFromAnExampleBatch() {
        Map<String, List<IndicatorValue>> values = Map.of("EPJ_KVALITET", List.of(value("EPJ_KVALITET", "3")),
                "TILLIT", List.of(value("TILLIT", "7")), "DIGIHELSE", List.of(value("DIGIHELSE", "3 8")));

        Overview mixed = load(values, Set.of(3L));
        assertThat(mixed.tile("EPJ_KVALITET").orElseThrow().sample()).isTrue();
        assertThat(mixed.tile("TILLIT").orElseThrow().sample()).isFalse();
        // a composite whose part is (in part) example data is marked as a whole
        assertThat(mixed.tile("HELSENORGE_TILGJENGELIGHET").orElseThrow().sample()).isTrue();

        Overview realOnly = load(values, Set.of());
        assertThat(realOnly.tile("EPJ_KVALITET").orElseThrow().sample()).isFalse();
        assertThat(realOnly.tile("HELSENORGE_TILGJENGELIGHET").orElseThrow().sample()).isFalse();
    }
}
