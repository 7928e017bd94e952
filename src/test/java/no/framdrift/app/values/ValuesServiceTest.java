package no.framdrift.app.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.framdrift.domain.AreaDirectory;
import no.framdrift.domain.AreaLevel;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.ImportBatch;
import no.framdrift.domain.ImportKind;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.IndicatorValue;
import no.framdrift.domain.Period;
import no.framdrift.domain.TimeAggregation;
import no.framdrift.domain.RegistryValue;
import no.framdrift.domain.SurveyCell;
import no.framdrift.domain.UnitListEntry;
import no.framdrift.stats.SuppressionSettings;
import no.framdrift.store.Database;
import no.framdrift.store.ImportBatchRepository;
import no.framdrift.store.RegistryValueRepository;
import no.framdrift.store.SurveyCellRepository;
import no.framdrift.store.Transactor;
import no.framdrift.store.UnitListRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import no.framdrift.app.Workspace;

/** Hand-worked values for every kind, computed from data put straight into a real H2 file. */
class ValuesServiceTest {

    @TempDir
    Path dir;

    Database db;
    Transactor tx;
    ValuesService values;
    Catalogue catalogue = Workspace.sampleCatalogue();

    @BeforeEach
    void open() {
        db = Database.open(dir);
        tx = new Transactor(db.dsl());
        values = new ValuesService(tx, AreaDirectory::standard, SuppressionSettings.DEFAULTS);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long batch(ImportKind kind) {
        return tx.inTransaction(dsl -> new ImportBatchRepository(dsl).insert(new ImportBatch(0, kind, "test.csv", 1,
                "sha", "CSV", "test", Instant.now(), 1, 1, 0)));
    }

    private Indicator indicator(String code) {
        return catalogue.indicator(code).orElseThrow();
    }

    private static SurveyCell cell(long batch, String code, int year, String answer, boolean positive, boolean valid,
                                   Map<String, String> bg, long n) {
        return new SurveyCell(batch, code, "q1", year, answer, positive, valid, bg, n, n, n);
    }

    @Test
    void surveyShareWithTaylorStandardErrorAndLogitInterval() {
        long b = batch(ImportKind.SURVEY);
        List<SurveyCell> cells = List.of(
                cell(b, "EPJ_KVALITET", 2024, "Helt enig", true, true, Map.of("profesjon", "Lege"), 20),
                cell(b, "EPJ_KVALITET", 2024, "Ganske enig", true, true, Map.of("profesjon", "Sykepleier"), 32),
                cell(b, "EPJ_KVALITET", 2024, "Helt uenig", false, true, Map.of("profesjon", "Lege"), 10),
                cell(b, "EPJ_KVALITET", 2024, "Helt uenig", false, true, Map.of("profesjon", "Sykepleier"), 38),
                // "Vet ikke" is not a valid answer: it counts nowhere
                cell(b, "EPJ_KVALITET", 2024, "Vet ikke", false, false, Map.of("profesjon", "Lege"), 7));
        tx.run(dsl -> new SurveyCellRepository(dsl).insertAll(b, cells));

        List<IndicatorValue> year = values.compute(catalogue, indicator("EPJ_KVALITET"), List.of());
        assertThat(year).singleElement().satisfies(v -> {
            assertThat(v.period()).isEqualTo(Period.year(2024));
            assertThat(v.value()).isCloseTo(0.52, within(1e-12));
            assertThat(v.n()).isEqualTo(100L);
            // SE² = n/(n−1)·[52·0.48² + 48·0.52²]/100²
            assertThat(v.se()).isCloseTo(0.05021167315686783, within(1e-12));
            // logit(0.52) ± t(0.975, 99)·SE/(0.52·0.48), back-transformed
            double t = 1.984216952;
            double l = Math.log(0.52 / 0.48);
            double half = t * 0.05021167315686783 / (0.52 * 0.48);
            assertThat(v.ciLow()).isCloseTo(1 / (1 + Math.exp(-(l - half))), within(1e-8));
            assertThat(v.ciHigh()).isCloseTo(1 / (1 + Math.exp(-(l + half))), within(1e-8));
            assertThat(v.batches()).isEqualTo(Long.toString(b));
        });

        List<IndicatorValue> byProfession = values.compute(catalogue, indicator("EPJ_KVALITET"), List.of("profesjon"));
        assertThat(byProfession).extracting(IndicatorValue::group)
                .containsExactly("profesjon=Lege", "profesjon=Sykepleier");
        IndicatorValue lege = byProfession.get(0);
        // the Lege domain has 30 valid answers: shown (threshold 30), with the year's n in the SE
        assertThat(lege.suppressed()).isFalse();
        assertThat(lege.value()).isCloseTo(20.0 / 30, within(1e-12));
        double p = 20.0 / 30;
        double se = Math.sqrt(100.0 / 99 * (20 * Math.pow(1 - p, 2) + 10 * p * p) / (30.0 * 30));
        assertThat(lege.se()).isCloseTo(se, within(1e-12));
    }

    @Test
    void theBackgroundVariablesAreEveryNameAnyBatchBreaksTheAnswersDownBy() {
        long first = batch(ImportKind.SURVEY);
        long second = batch(ImportKind.SURVEY);
        tx.run(dsl -> new SurveyCellRepository(dsl).insertAll(first, List.of(
                cell(first, "EPJ_KVALITET", 2023, "Helt enig", true, true, Map.of("profesjon", "Lege", "region", "Helse Vest"), 20),
                cell(first, "EPJ_KVALITET", 2023, "Helt uenig", false, true, Map.of("profesjon", "Lege", "region", "Helse Vest"), 10),
                cell(first, "EPJ_KVALITET", 2023, "Helt enig", true, true, Map.of("profesjon", "Sykepleier", "region", "Helse Nord"), 15))));
        // a later survey asks for age instead of region
        tx.run(dsl -> new SurveyCellRepository(dsl).insertAll(second, List.of(
                cell(second, "EPJ_KVALITET", 2024, "Helt enig", true, true, Map.of("profesjon", "Lege", "alder", "30-39"), 25),
                cell(second, "EPJ_KVALITET", 2024, "Helt uenig", false, true, Map.of("alder", "40-49", "profesjon", "Lege"), 5))));

        assertThat(values.backgroundVariables(indicator("EPJ_KVALITET"))).containsExactly("alder", "profesjon", "region");
        // a registry indicator has none
        assertThat(values.backgroundVariables(indicator("PLL"))).isEmpty();
    }

    @Test
    void smallSurveyCellsAreSuppressedAndCarryNoNumber() {
        long b = batch(ImportKind.SURVEY);
        tx.run(dsl -> new SurveyCellRepository(dsl).insertAll(b, List.of(
                cell(b, "TILLIT", 2024, "Enig", true, true, Map.of("region", "Helse Nord"), 20),
                cell(b, "TILLIT", 2024, "Uenig", false, true, Map.of("region", "Helse Nord"), 9),
                cell(b, "TILLIT", 2024, "Enig", true, true, Map.of("region", "Helse Vest"), 60),
                cell(b, "TILLIT", 2024, "Uenig", false, true, Map.of("region", "Helse Vest"), 20))));
        List<IndicatorValue> byRegion = values.compute(catalogue, indicator("TILLIT"), List.of("region"));
        IndicatorValue nord = byRegion.stream().filter(v -> v.group().equals("region=Helse Nord")).findFirst().orElseThrow();
        assertThat(nord.suppressed()).isTrue();
        assertThat(nord.value()).isNull();
        assertThat(nord.ciLow()).isNull();
        IndicatorValue vest = byRegion.stream().filter(v -> v.group().equals("region=Helse Vest")).findFirst().orElseThrow();
        assertThat(vest.value()).isCloseTo(0.75, within(1e-12));
    }

    private static RegistryValue reg(long b, String code, Period p, String area, AreaLevel level, Double num, Double den) {
        return new RegistryValue(b, code, p, area, level, num, den, null);
    }

    @Test
    void eachIndicatorAggregatesOverTimeAsItsDefinitionSays() {
        long b = batch(ImportKind.REGISTRY);
        List<RegistryValue> rows = new ArrayList<>();
        double[][] months = {{10, 100}, {60, 200}, {20, 100}};
        for (String code : List.of("BEHOVSSTYRT_POLIKLINIKK", "FULLMAKT", "PLL")) {
            for (int m = 0; m < 3; m++) {
                rows.add(reg(b, code, Period.month(2025, m + 1), "NO", AreaLevel.NATION, months[m][0], months[m][1]));
            }
        }
        tx.run(dsl -> new RegistryValueRepository(dsl).insertAll(b, rows));
        IndicatorValue flowQ1 = quarter(values.compute(catalogue, indicator("BEHOVSSTYRT_POLIKLINIKK"), List.of()));
        IndicatorValue fullmaktQ1 = quarter(values.compute(catalogue, indicator("FULLMAKT"), List.of()));
        IndicatorValue pllQ1 = quarter(values.compute(catalogue, indicator("PLL"), List.of()));
        // a flow: Σ numerators / Σ denominators = 90 / 400
        assertThat(indicator("BEHOVSSTYRT_POLIKLINIKK").timeAggregation()).isEqualTo(TimeAggregation.RATIO_OF_SUMS);
        assertThat(flowQ1.value()).isCloseTo(0.225, within(1e-12));
        assertThat(flowQ1.numerator()).isEqualTo(90.0);
        assertThat(flowQ1.denominator()).isEqualTo(400.0);
        assertThat(flowQ1.area()).isEqualTo("Nasjonalt");
        // logins on behalf of others: the quarter is the mean of its months (0.1 + 0.3 + 0.2) / 3
        assertThat(fullmaktQ1.value()).isCloseTo(0.2, within(1e-12));
        // PLL is a stock: the quarter is March, 20 / 100
        assertThat(indicator("PLL").timeAggregation()).isEqualTo(TimeAggregation.END_OF_PERIOD);
        assertThat(pllQ1.value()).isCloseTo(0.2, within(1e-12));
        assertThat(pllQ1.numerator()).isEqualTo(20.0);
        assertThat(pllQ1.denominator()).isEqualTo(100.0);
        assertThat(pllQ1.isIncompletePeriod()).isFalse();
    }

    @Test
    void pllIsItsLastMonthAndAnIncompletePeriodSaysWhichMonthItShows() {
        long b = batch(ImportKind.REGISTRY);
        // the sample extract's Bergensområdet, July to October 2025
        double[][] months = {{7, 50115}, {8, 53960}, {9, 57580}, {10, 63808}};
        List<RegistryValue> rows = new ArrayList<>();
        for (double[] m : months) {
            rows.add(reg(b, "PLL", Period.month(2025, (int) m[0]), "BERGENSOMRADET", AreaLevel.CUSTOM, m[1], 475472.0));
        }
        tx.run(dsl -> new RegistryValueRepository(dsl).insertAll(b, rows));
        List<IndicatorValue> vs = values.compute(catalogue, indicator("PLL"), List.of());
        IndicatorValue q3 = vs.stream().filter(v -> v.period().equals(Period.quarter(2025, 3))).findFirst().orElseThrow();
        assertThat(q3.value()).isCloseTo(57580.0 / 475472.0, within(1e-12)).isCloseTo(0.1211, within(0.0001));
        assertThat(q3.isIncompletePeriod()).isFalse();
        IndicatorValue q4 = vs.stream().filter(v -> v.period().equals(Period.quarter(2025, 4))).findFirst().orElseThrow();
        assertThat(q4.value()).isCloseTo(63808.0 / 475472.0, within(1e-12));
        assertThat(q4.note()).isEqualTo("Ufullstendig periode (1 av 3): verdien er for okt.25, siste måned med data");
        IndicatorValue year = vs.stream().filter(v -> v.period().equals(Period.year(2025))).findFirst().orElseThrow();
        assertThat(year.isIncompletePeriod()).isTrue();
        assertThat(year.note()).contains("4 av 12", "okt.25");
        IndicatorValue h2 = vs.stream().filter(v -> v.period().equals(Period.half(2025, 2))).findFirst().orElseThrow();
        assertThat(h2.isIncompletePeriod()).isTrue();
    }

    private static IndicatorValue quarter(List<IndicatorValue> vs) {
        return vs.stream().filter(v -> v.period().equals(Period.quarter(2025, 1))).findFirst().orElseThrow();
    }

    @Test
    void municipalitiesAddUpToCustomAreasAndRegions() {
        long b = batch(ImportKind.REGISTRY);
        Period sep = Period.month(2025, 9);
        tx.run(dsl -> new RegistryValueRepository(dsl).insertAll(b, List.of(
                reg(b, "PLL", sep, "4601", AreaLevel.MUNICIPALITY, 40000.0, 290000.0),
                reg(b, "PLL", sep, "4627", AreaLevel.MUNICIPALITY, 2000.0, 30000.0),
                reg(b, "PLL", sep, "1804", AreaLevel.MUNICIPALITY, 3000.0, 53000.0))));
        List<IndicatorValue> vs = values.compute(catalogue, indicator("PLL"), List.of()).stream()
                .filter(v -> v.period().equals(sep)).toList();
        IndicatorValue bergen = vs.stream().filter(v -> v.area().equals("Bergensområdet")).findFirst().orElseThrow();
        assertThat(bergen.value()).isCloseTo(42000.0 / 320000.0, within(1e-12));
        IndicatorValue nord = vs.stream().filter(v -> v.area().equals("Helse Nord")).findFirst().orElseThrow();
        assertThat(nord.value()).isCloseTo(3000.0 / 53000.0, within(1e-12));
        IndicatorValue national = vs.stream().filter(v -> v.area().equals("Nasjonalt")).findFirst().orElseThrow();
        assertThat(national.value()).isCloseTo(45000.0 / 373000.0, within(1e-12));
    }

    @Test
    void countsAreSumsWithGrowthAgainstOneAndTwoYearsEarlier() {
        long b = batch(ImportKind.REGISTRY);
        double[][] halfYears = {{2023, 80, 87}, {2024, 90, 93}, {2025, 120, 124}};
        List<RegistryValue> rows = new ArrayList<>();
        for (double[] y : halfYears) {
            rows.add(reg(b, "HELSEDATA", Period.quarter((int) y[0], 1), "NO", AreaLevel.NATION, y[1], null));
            rows.add(reg(b, "HELSEDATA", Period.quarter((int) y[0], 2), "NO", AreaLevel.NATION, y[2], null));
        }
        tx.run(dsl -> new RegistryValueRepository(dsl).insertAll(b, rows));
        IndicatorValue h1 = values.compute(catalogue, indicator("HELSEDATA"), List.of()).stream()
                .filter(v -> v.period().equals(Period.half(2025, 1))).findFirst().orElseThrow();
        assertThat(h1.value()).isEqualTo(244.0);
        assertThat(h1.growthOneYear()).isCloseTo((244.0 / 183 - 1) * 100, within(1e-9));
        assertThat(h1.growthTwoYears()).isCloseTo((244.0 / 167 - 1) * 100, within(1e-9));
        assertThat(Math.round(h1.growthOneYear())).isEqualTo(33);
        assertThat(Math.round(h1.growthTwoYears())).isEqualTo(46);
    }

    @Test
    void smallRegistryCountsAreSuppressed() {
        long b = batch(ImportKind.REGISTRY);
        tx.run(dsl -> new RegistryValueRepository(dsl).insertAll(b, List.of(
                reg(b, "PLL", Period.month(2025, 4), "1804", AreaLevel.MUNICIPALITY, 3.0, 53000.0))));
        IndicatorValue v = values.compute(catalogue, indicator("PLL"), List.of()).stream()
                .filter(x -> x.period().equals(Period.month(2025, 4)) && x.area().equals("Bodø")).findFirst().orElseThrow();
        assertThat(v.suppressed()).isTrue();
        assertThat(v.value()).isNull();
        assertThat(v.numerator()).isNull();
    }

    @Test
    void populationWeightedAvailabilityShareOfUnitsAndCompositeIndex() {
        long b = batch(ImportKind.UNITS);
        Period y = Period.year(2025);
        List<UnitListEntry> units = List.of(
                new UnitListEntry(b, "DDFL", y, "A", "Legekontor A", "4601", true, 100.0),
                new UnitListEntry(b, "DDFL", y, "B", "Legekontor B", "1804", true, 300.0),
                new UnitListEntry(b, "DDFL", y, "C", "Legekontor C", "1804", false, 100.0),
                new UnitListEntry(b, "DIGIHELSE", y, "4601", "Bergen", "4601", true, 300.0),
                new UnitListEntry(b, "DIGIHELSE", y, "1804", "Bodø", "1804", false, 100.0),
                new UnitListEntry(b, "DIGIHELSESTASJON", y, "4601", "Bergen", "4601", false, 300.0),
                new UnitListEntry(b, "DIGIHELSESTASJON", y, "1804", "Bodø", "1804", true, 100.0));
        tx.run(dsl -> new UnitListRepository(dsl).insertAll(b, units));
        IndicatorValue ddfl = national(values.compute(catalogue, indicator("DDFL"), List.of()));
        assertThat(ddfl.value()).isCloseTo(0.8, within(1e-12));
        assertThat(ddfl.numerator()).isEqualTo(400.0);
        assertThat(ddfl.denominator()).isEqualTo(500.0);
        IndicatorValue nord = values.compute(catalogue, indicator("DDFL"), List.of()).stream()
                .filter(v -> v.area().equals("Helse Nord")).findFirst().orElseThrow();
        assertThat(nord.value()).isCloseTo(0.75, within(1e-12));

        List<IndicatorValue> composite = values.compute(catalogue, indicator("HELSENORGE_TILGJENGELIGHET"), List.of());
        assertThat(composite).extracting(IndicatorValue::group)
                .containsExactlyInAnyOrder("del=DIGIHELSESTASJON", "del=DIGIHELSE", "del=DDFL", "");
        IndicatorValue index = composite.stream().filter(v -> v.group().isEmpty()).findFirst().orElseThrow();
        // equally weighted mean of 0.25, 0.75 and 0.8
        assertThat(index.value()).isCloseTo((0.25 + 0.75 + 0.8) / 3, within(1e-12));
    }

    private static IndicatorValue national(List<IndicatorValue> vs) {
        return vs.stream().filter(v -> v.area().equals("Nasjonalt") && v.group().isEmpty()).findFirst().orElseThrow();
    }

    @Test
    void averageOfSharesIsTheMeanOverEveryQuestionOfEveryPart() {
        long b = batch(ImportKind.SURVEY);
        List<SurveyCell> cells = new ArrayList<>();
        // part 1: two questions at 80 % and 78 %; part 2: three questions at 70 %, 66 % and 65 %
        int[][] part1 = {{80, 20}, {78, 22}};
        int[][] part2 = {{70, 30}, {66, 34}, {65, 35}};
        for (int i = 0; i < part1.length; i++) {
            cells.add(new SurveyCell(b, "RADSMODELL_RELEVANS", "q" + i, 2025, "Enig", true, true, Map.of(), part1[i][0], part1[i][0], part1[i][0]));
            cells.add(new SurveyCell(b, "RADSMODELL_RELEVANS", "q" + i, 2025, "Uenig", false, true, Map.of(), part1[i][1], part1[i][1], part1[i][1]));
        }
        for (int i = 0; i < part2.length; i++) {
            cells.add(new SurveyCell(b, "RADSMODELL_ANBEFALINGER", "q" + i, 2025, "Enig", true, true, Map.of(), part2[i][0], part2[i][0], part2[i][0]));
            cells.add(new SurveyCell(b, "RADSMODELL_ANBEFALINGER", "q" + i, 2025, "Uenig", false, true, Map.of(), part2[i][1], part2[i][1], part2[i][1]));
        }
        tx.run(dsl -> new SurveyCellRepository(dsl).insertAll(b, cells));
        assertThat(national(values.compute(catalogue, indicator("RADSMODELL_RELEVANS"), List.of())).value())
                .isCloseTo(0.79, within(1e-12));
        assertThat(national(values.compute(catalogue, indicator("RADSMODELL_ANBEFALINGER"), List.of())).value())
                .isCloseTo(0.67, within(1e-12));
        assertThat(national(values.compute(catalogue, indicator("RADSMODELL"), List.of())).value())
                .isCloseTo((0.80 + 0.78 + 0.70 + 0.66 + 0.65) / 5, within(1e-12));
    }

    @Test
    void recomputeStoresEveryIndicatorInOneGo() {
        long b = batch(ImportKind.REGISTRY);
        tx.run(dsl -> new RegistryValueRepository(dsl).insertAll(b, List.of(
                reg(b, "PLL", Period.month(2025, 10), "NO", AreaLevel.NATION, 83915.0, 5594340.0))));
        Map<String, Integer> counts = values.recomputeAll(catalogue);
        assertThat(counts).containsKey("TILLIT");
        List<IndicatorValue> stored = values.stored("PLL");
        assertThat(stored).filteredOn(v -> v.period().equals(Period.month(2025, 10))).singleElement()
                .satisfies(v -> assertThat(v.value()).isCloseTo(83915.0 / 5594340.0, within(1e-12)));
        assertThat(stored).containsExactlyInAnyOrderElementsOf(values.compute(catalogue, indicator("PLL"), List.of()));
    }
}
