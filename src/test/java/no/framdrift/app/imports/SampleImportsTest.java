package no.framdrift.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.framdrift.domain.Period;
import no.framdrift.domain.RegistryValue;
import no.framdrift.domain.SurveyCell;
import no.framdrift.domain.UnitListEntry;
import no.framdrift.store.RegistryValueRepository;
import no.framdrift.store.SurveyCellRepository;
import no.framdrift.store.UnitListRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import no.framdrift.app.Workspace;

/**
 * A new data folder starts with the sample extracts imported, and the simple sums over what was
 * stored give the figures the seed publishes (the full statistics are the stats package's job).
 */
class SampleImportsTest {

    @TempDir
    static Path folder;
    static Workspace ws;

    @BeforeAll
    static void open() {
        ws = Workspace.open(folder, Workspace.Start.SAMPLE);
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    /** Σw·y / Σw over the valid answers of one question set, in per cent. */
    static double share(String indicator, int year) {
        List<SurveyCell> cells = ws.transactor().inTransaction(dsl -> new SurveyCellRepository(dsl).cells(indicator, year));
        return shareOf(cells);
    }

    static double shareOf(List<SurveyCell> cells) {
        double pos = cells.stream().filter(c -> c.valid() && c.positive()).mapToDouble(SurveyCell::sumW).sum();
        double all = cells.stream().filter(SurveyCell::valid).mapToDouble(SurveyCell::sumW).sum();
        return 100 * pos / all;
    }

    @Test
    void everySampleFileIsABatch() {
        assertThat(ws.imports().batches()).hasSize(SampleImports.entries().size()).hasSize(10);
        assertThat(ws.imports().profileNames()).contains("helsepersonellundersokelsen", "pll", "ddfl");
        assertThat(ws.imports().batches()).allSatisfy(b -> {
            assertThat(b.sha256()).hasSize(64);
            assertThat(b.rowsSkipped()).isZero();
        });
    }

    @Test
    void healthPersonnelSurveyGivesTheSeedsShares() {
        assertThat(Math.round(share("EPJ_KVALITET", 2024))).isEqualTo(52);
        assertThat(Math.round(share("EPJ_EFFEKTIV", 2024))).isEqualTo(49);
        assertThat(Math.round(share("TILGANG_PASIENTINFO", 2024))).isEqualTo(34);
        assertThat(Math.round(share("EPJ_KVALITET", 2023))).isEqualTo(45);
        // the dip in 2023
        assertThat(share("EPJ_KVALITET", 2023)).isLessThan(share("EPJ_KVALITET", 2022));
        assertThat(share("EPJ_EFFEKTIV", 2023)).isLessThan(share("EPJ_EFFEKTIV", 2024));
        assertThat(share("TILGANG_PASIENTINFO", 2024)).isGreaterThan(share("TILGANG_PASIENTINFO", 2023));
        List<Integer> years = ws.transactor().inTransaction(dsl -> new SurveyCellRepository(dsl).years("ENKLERE_ARBEIDSHVERDAG"));
        assertThat(years).containsExactly(2021, 2022, 2023, 2024);
    }

    @Test
    void healthPersonnelCellsKeepBackgroundVariablesAndNoNeutralAnswerIn2021() {
        List<SurveyCell> y2021 = ws.transactor().inTransaction(dsl -> new SurveyCellRepository(dsl).cells("EPJ_KVALITET", 2021));
        assertThat(y2021).extracting(SurveyCell::answer).doesNotContain("Verken enig eller uenig").contains("Vet ikke", "Helt enig");
        assertThat(y2021.get(0).background()).containsOnlyKeys("profesjon", "arbeidssted", "helseregion", "fylke", "kjonn", "aldersgruppe");
        assertThat(y2021.stream().filter(c -> c.answer().equals("Vet ikke"))).allSatisfy(c -> assertThat(c.valid()).isFalse());
        long respondents = y2021.stream().mapToLong(SurveyCell::respondents).sum();
        assertThat(respondents).isEqualTo(2400);
    }

    @Test
    void citizensSurveyGivesTrust72In2024AndAboutTheSameIn2023() {
        assertThat(Math.round(share("TILLIT", 2024))).isEqualTo(72);
        assertThat(Math.round(share("TILLIT", 2023))).isEqualTo(71);
        assertThat(share("DIGITAL_KONTAKT", 2024)).isGreaterThan(share("DIGITAL_KONTAKT", 2021));
    }

    @Test
    void advisoryBoardPartsAre79And67AndTheMeanOfItsQuestions72() {
        Map<String, Double> byQuestion2025 = questionShares(2025);
        double relevans = mean(byQuestion2025, "RADSMODELL_RELEVANS");
        double anbefalinger = mean(byQuestion2025, "RADSMODELL_ANBEFALINGER");
        assertThat(Math.round(relevans)).isEqualTo(79);
        assertThat(Math.round(anbefalinger)).isEqualTo(67);
        double all2025 = byQuestion2025.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double all2024 = questionShares(2024).values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertThat(Math.round(all2025)).isEqualTo(72);
        assertThat(Math.round(all2024) - Math.round(all2025)).isEqualTo(4);
    }

    private static Map<String, Double> questionShares(int year) {
        Map<String, Double> out = new TreeMap<>();
        for (String part : List.of("RADSMODELL_RELEVANS", "RADSMODELL_ANBEFALINGER")) {
            List<SurveyCell> cells = ws.transactor().inTransaction(dsl -> new SurveyCellRepository(dsl).cells(part, year));
            cells.stream().collect(Collectors.groupingBy(SurveyCell::question)).forEach((q, cs) -> out.put(part + "/" + q, shareOf(cs)));
        }
        return out;
    }

    private static double mean(Map<String, Double> shares, String part) {
        return shares.entrySet().stream().filter(e -> e.getKey().startsWith(part + "/")).mapToDouble(Map.Entry::getValue)
                .average().orElseThrow();
    }

    private static List<RegistryValue> registry(String indicator, String area) {
        return ws.transactor().inTransaction(dsl -> new RegistryValueRepository(dsl).values(indicator, List.of(area), null, null));
    }

    @Test
    void pllMonthlySharesPerArea() {
        List<RegistryValue> national = registry("PLL", "NO");
        assertThat(national).extracting(v -> v.period().code())
                .containsExactly("2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09", "2025-10");
        assertThat(national).extracting(v -> Math.round(1000 * v.numerator() / v.denominator()) / 10.0)
                .containsExactly(1.0, 1.0, 1.1, 1.1, 1.2, 1.3, 1.5);
        assertThat(national).allSatisfy(v -> assertThat(v.denominator()).isEqualTo(5_594_340.0));
        RegistryValue bergen = registry("PLL", "BERGENSOMRADET").stream().filter(v -> v.period().equals(Period.month(2025, 9)))
                .findFirst().orElseThrow();
        assertThat(bergen.denominator()).isEqualTo(475_472.0);
        assertThat(Math.round(1000 * bergen.numerator() / bergen.denominator()) / 10.0).isEqualTo(12.1);
        RegistryValue nord = registry("PLL", "HN").stream().filter(v -> v.period().equals(Period.month(2025, 9)))
                .findFirst().orElseThrow();
        assertThat(nord.denominator()).isEqualTo(489_103.0);
        assertThat(Math.round(1000 * nord.numerator() / nord.denominator()) / 10.0).isEqualTo(5.2);
    }

    @Test
    void helsedataApplicationsFirstHalfYears() {
        List<RegistryValue> all = registry("HELSEDATA", "NO");
        double h1of2025 = sum(all, Period.half(2025, 1));
        double h1of2024 = sum(all, Period.half(2024, 1));
        double h1of2023 = sum(all, Period.half(2023, 1));
        assertThat(h1of2025).isEqualTo(244);
        assertThat(Math.round(100 * (h1of2025 / h1of2024 - 1))).isEqualTo(33);
        assertThat(Math.round(100 * (h1of2025 / h1of2023 - 1))).isEqualTo(46);
    }

    private static double sum(List<RegistryValue> values, Period within) {
        return values.stream().filter(v -> within.contains(v.period())).mapToDouble(RegistryValue::numerator).sum();
    }

    @Test
    void loginsOnBehalfOfOthersUnder10PercentMostOf2024AndAbove11InH1Of2025() {
        List<RegistryValue> all = registry("FULLMAKT", "NO");
        assertThat(all).hasSize(42);
        long under10in2024 = all.stream().filter(v -> v.period().year() == 2024)
                .filter(v -> v.numerator() / v.denominator() < 0.10).count();
        assertThat(under10in2024).isGreaterThanOrEqualTo(9);
        assertThat(all.stream().filter(v -> v.period().year() == 2025))
                .hasSize(6).allSatisfy(v -> assertThat(v.numerator() / v.denominator()).isGreaterThan(0.11));
    }

    @Test
    void ddflShareOfListPatients79_89_94() {
        assertThat(List.of(2023, 2024, 2025)).extracting(y -> Math.round(100 * weightedUse("DDFL", Period.year(y))))
                .containsExactly(79L, 89L, 94L);
    }

    @Test
    void unitListsForDigihelseAndWelfareTechnology() {
        List<UnitListEntry> digihelse = ws.transactor().inTransaction(dsl -> new UnitListRepository(dsl).entries("DIGIHELSE",
                Period.quarter(2025, 3)));
        assertThat(digihelse).hasSize(357);
        assertThat(digihelse.stream().mapToDouble(UnitListEntry::population).sum()).isEqualTo(5_594_340.0);
        assertThat(weightedUse("DIGIHELSESTASJON", Period.quarter(2025, 3))).isLessThan(weightedUse("DIGIHELSE", Period.quarter(2025, 3)));
        List<UnitListEntry> vft = ws.transactor().inTransaction(dsl -> new UnitListRepository(dsl).entries("VELFERDSTEKNOLOGI",
                Period.year(2024)));
        assertThat(vft.stream().filter(UnitListEntry::uses).count()).isEqualTo(293);
    }

    private static double weightedUse(String indicator, Period period) {
        List<UnitListEntry> e = ws.transactor().inTransaction(dsl -> new UnitListRepository(dsl).entries(indicator, period));
        double users = e.stream().filter(UnitListEntry::uses).mapToDouble(UnitListEntry::population).sum();
        return users / e.stream().mapToDouble(UnitListEntry::population).sum();
    }
}
