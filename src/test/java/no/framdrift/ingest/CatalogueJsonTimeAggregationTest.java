package no.framdrift.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.IndicatorKind;
import no.framdrift.domain.TimeAggregation;
import org.junit.jupiter.api.Test;

/** The catalogue JSON's time aggregation: the shipped seed's choices, and files written before it had four kinds. */
class CatalogueJsonTimeAggregationTest {

    private static final Path SEED = Path.of("sample-data/catalogue.json");

    @Test
    void theSeedSaysHowEachIndicatorAggregatesAndWhy() throws Exception {
        Catalogue c = new CatalogueJson().read(Files.newInputStream(SEED));

        assertThat(c.indicator("PLL").orElseThrow().timeAggregation()).isEqualTo(TimeAggregation.END_OF_PERIOD);
        assertThat(c.indicator("HELSEDATA").orElseThrow().timeAggregation()).isEqualTo(TimeAggregation.SUM);
        assertThat(c.indicator("FULLMAKT").orElseThrow().timeAggregation()).isEqualTo(TimeAggregation.MEAN_OF_MONTHS);
        assertThat(c.indicator("KI_IBRUKTAKELSE_SPESIALIST").orElseThrow().timeAggregation())
                .isEqualTo(TimeAggregation.END_OF_PERIOD);
        for (Indicator i : c.indicators()) {
            assertThat(i.note()).as(i.code()).contains("Tidsaggregering " + i.timeAggregation().name() + ":");
            assertThat(i.timeAggregation().fits(i.kind())).as(i.code()).isTrue();
        }
    }

    @Test
    void anOlderFileWithQuarterAggregationStillReads() throws Exception {
        String old = Files.readString(SEED, StandardCharsets.UTF_8)
                .replace("\"timeAggregation\": \"END_OF_PERIOD\"", "\"timeAggregation\": \"RATIO_OF_SUMS\"")
                .replace("\"timeAggregation\": \"SUM\"", "\"timeAggregation\": \"RATIO_OF_SUMS\"")
                .replace("\"timeAggregation\"", "\"quarterAggregation\"");

        Catalogue c = new CatalogueJson().read(new ByteArrayInputStream(old.getBytes(StandardCharsets.UTF_8)));

        assertThat(c.indicator("FULLMAKT").orElseThrow().timeAggregation()).isEqualTo(TimeAggregation.MEAN_OF_MONTHS);
        assertThat(c.indicator("PLL").orElseThrow().timeAggregation()).isEqualTo(TimeAggregation.RATIO_OF_SUMS);
        // a count's ratio of sums was its sum
        assertThat(c.indicators()).filteredOn(i -> i.kind() == IndicatorKind.COUNT)
                .allSatisfy(i -> assertThat(i.timeAggregation()).isEqualTo(TimeAggregation.SUM));
    }
}
