package no.framdrift.ui.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import no.framdrift.app.BackgroundTasks;
import no.framdrift.app.Workspace;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.IndicatorValue;
import no.framdrift.domain.Period;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import no.framdrift.ui.shell.Language;
import no.framdrift.ui.shell.Messages;

class ValuesViewModelTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private TestData.Batches batches;
    private ValuesViewModel vm;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder); // the test data replace every batch
        batches = TestData.replaceWithTestData(workspace);
        vm = new ValuesViewModel(workspace, Messages.of(Language.NORWEGIAN_BOKMAL), BackgroundTasks.sameThread());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Indicator indicator(String code) {
        return workspace.catalogue().load().indicator(code).orElseThrow();
    }

    private ValuesViewModel.Row row(String period, String breakdown) {
        return vm.rows().stream().filter(r -> r.period().equals(period) && r.breakdown().equals(breakdown)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + period + " / " + breakdown + " in " + vm.rows()));
    }

    private IndicatorValue stored2024() {
        return workspace.values().stored("EPJ_KVALITET").stream()
                .filter(v -> v.period().equals(Period.year(2024)) && v.group().isEmpty()).findFirst().orElseThrow();
    }

    @Test
    void theWholeSampleShowsEachYearsShareIntervalNAndProvenance() {
        vm.show(indicator("EPJ_KVALITET"));

        assertThat(vm.rows()).extracting(ValuesViewModel.Row::period).containsExactly("2023", "2024");
        assertThat(vm.breakdownHeaderProperty().get()).isEqualTo("Utvalg");
        ValuesViewModel.Row r = row("2024", "Hele utvalget");
        // 298.2 / 516.3 = 57.76 %; 507 valid answers (the 25 "Vet ikke" are not counted)
        assertThat(r.value()).isEqualTo("58 %");
        assertThat(r.n()).isEqualTo("507");
        IndicatorValue v = stored2024();
        assertThat(v.ciLow()).isLessThan(0.5776).isGreaterThan(0.5);
        assertThat(v.ciHigh()).isGreaterThan(0.5776).isLessThan(0.65);
        assertThat(r.interval()).isEqualTo(Math.round(v.ciLow() * 100) + "–" + Math.round(v.ciHigh() * 100) + " %");
        assertThat(r.tooltip()).isEqualTo("Teller: 298,2\nNevner: 516,3\nStandardfeil: "
                + String.format(Locale.ROOT, "%.1f", v.se() * 100).replace('.', ',') + " prosentpoeng\n"
                + "Kilde: import " + batches.survey2024());
    }

    @Test
    void theBreakdownsAreTheBackgroundVariablesAndTheirPairAndShowSubgroupsWithSuppression() {
        vm.show(indicator("EPJ_KVALITET"));
        assertThat(vm.breakdowns()).extracting(ValuesViewModel.Breakdown::label)
                .containsExactly("Hele utvalget", "Profesjon", "Region", "Profesjon × Region");
        assertThat(vm.granularities()).containsExactly(Period.Granularity.YEAR);

        vm.breakdownProperty().set(vm.breakdowns().get(1));

        assertThat(vm.breakdownHeaderProperty().get()).isEqualTo("Profesjon");
        assertThat(vm.rows()).extracting(ValuesViewModel.Row::breakdown)
                .containsExactlyInAnyOrder("Jordmor", "Lege", "Sykepleier", "Jordmor", "Lege", "Sykepleier");
        // Lege 2024: (0.9·80 + 1.2·55) / (0.9·130 + 1.2·90) = 138 / 225 = 61.3 %, n = 220
        assertThat(row("2024", "Lege").value()).isEqualTo("61 %");
        assertThat(row("2024", "Lege").n()).isEqualTo("220");
        ValuesViewModel.Row jordmor = row("2024", "Jordmor");
        assertThat(jordmor.value()).isEqualTo(":");
        assertThat(jordmor.interval()).isEmpty();
        assertThat(jordmor.n()).isEqualTo("17");
        assertThat(jordmor.tooltip()).startsWith("Prikket: for få svar");

        vm.breakdownProperty().set(vm.breakdowns().get(3));
        assertThat(vm.breakdownHeaderProperty().get()).isEqualTo("Profesjon × Region");
        assertThat(row("2024", "Lege × Helse Nord").n()).isEqualTo("90");
        // 55 / 90 (one weight within the cell)
        assertThat(row("2024", "Lege × Helse Nord").value()).isEqualTo("61 %");
    }

    @Test
    void copyingASurveyTableGivesPerCentNumbersWithADecimalCommaForExcel() {
        vm.show(indicator("EPJ_KVALITET"));
        vm.breakdownProperty().set(vm.breakdowns().get(1));
        IndicatorValue lege = workspace.values().compute(workspace.catalogue().load(), indicator("EPJ_KVALITET"),
                List.of("profesjon")).stream()
                .filter(v -> v.period().equals(Period.year(2024)) && v.group().equals("profesjon=Lege")).findFirst()
                .orElseThrow();

        String[] lines = vm.copyText().split("\n", -1);

        assertThat(lines[0]).isEqualTo("Periode\tProfesjon\tVerdi (%)\tNedre 95 % (%)\tØvre 95 % (%)\tn\tMerknad");
        assertThat(lines).contains("2024\tJordmor\t:\t\t\t17\t");
        assertThat(lines).contains("2024\tLege\t61,3\t" + oneDecimal(lege.ciLow() * 100) + "\t"
                + oneDecimal(lege.ciHigh() * 100) + "\t220\t");
        assertThat(lines).hasSize(1 + 6 + 1); // header, six rows, and the empty string after the last newline
    }

    @Test
    void inEnglishPeriodsAndTheNationReadInEnglish() {
        vm = new ValuesViewModel(workspace, Messages.of(Language.ENGLISH), BackgroundTasks.sameThread());
        vm.show(indicator("HELSEDATA"));
        vm.granularityProperty().set(Period.Granularity.HALF_YEAR);
        // the same value as "1. halvår 2025" / "Nasjonalt" in bokmål
        assertThat(row("H1 2025", "National").value()).isEqualTo("244");
        assertThat(vm.rows()).extracting(ValuesViewModel.Row::period).noneMatch(p -> p.contains("halvår"));
    }

    @Test
    void aCountHasGranularitiesStartsAtItsQuarterAndCopiesExactly() {
        vm.show(indicator("HELSEDATA"));
        assertThat(vm.breakdowns()).extracting(ValuesViewModel.Breakdown::label).containsExactly("Områder");
        assertThat(vm.granularities()).containsExactly(Period.Granularity.QUARTER, Period.Granularity.HALF_YEAR,
                Period.Granularity.YEAR);
        assertThat(vm.granularityProperty().get()).isEqualTo(Period.Granularity.QUARTER);
        assertThat(vm.rows()).hasSize(10);

        vm.granularityProperty().set(Period.Granularity.HALF_YEAR);

        ValuesViewModel.Row h1 = row("1. halvår 2025", "Nasjonalt");
        assertThat(h1.value()).isEqualTo("244");
        assertThat(h1.growthOneYear()).isEqualTo("+33 %");
        assertThat(h1.growthTwoYears()).isEqualTo("+46 %");
        assertThat(h1.tooltip()).isEqualTo("Teller: 244\nKilde: import " + batches.registry());
        assertThat(vm.copyText()).isEqualTo("""
                Periode\tOmråde\tAntall\tVekst 1 år (%)\tVekst 2 år (%)\tMerknad
                1. halvår 2023\tNasjonalt\t167\t\t\t
                2. halvår 2023\tNasjonalt\t105\t\t\t
                1. halvår 2024\tNasjonalt\t183\t9,6\t\t
                2. halvår 2024\tNasjonalt\t130\t23,8\t\t
                1. halvår 2025\tNasjonalt\t244\t33,3\t46,1\t
                """);

        vm.granularityProperty().set(Period.Granularity.YEAR);
        assertThat(row("2025", "Nasjonalt").note()).isEqualTo("Ufullstendig periode (2 av 4)");
    }

    @Test
    void anIndicatorWithoutDataSaysSoAndReloadPicksUpARecompute() {
        vm.show(indicator("PLL"));
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("Ingen beregnede verdier ennå. Importer data for indikatoren.");

        vm.show(indicator("HELSEDATA"));
        workspace.transactor().run(dsl -> new no.framdrift.store.RegistryValueRepository(dsl).insertAll(
                batches.registry(), List.of(new no.framdrift.domain.RegistryValue(0, "HELSEDATA", Period.quarter(2025, 3),
                        "NO", no.framdrift.domain.AreaLevel.NATION, 99.0, null, null))));
        workspace.recomputeAll();
        vm.reload();
        assertThat(row("Q3 2025", "Nasjonalt").value()).isEqualTo("99");
    }

    private static String oneDecimal(double x) {
        return String.format(Locale.ROOT, "%.1f", x).replace('.', ',');
    }
}
