package no.framdrift.app.overview;

import no.framdrift.app.SampleWorkspaces;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.IndicatorValue;
import no.framdrift.domain.Period;
import no.framdrift.stats.Change;
import no.framdrift.stats.ProgressSettings;
import no.framdrift.stats.ProgressStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import no.framdrift.app.Workspace;

class CatalogueOverviewServiceTest {

    private static final LocalDate FEB_10_2026 = LocalDate.of(2026, 2, 10);
    private static final Catalogue SAMPLE = Workspace.sampleCatalogue();

    private final Map<String, List<IndicatorValue>> values = new HashMap<>();

    private void add(String code, String period, Double value, Double se) {
        add(code, period, IndicatorValue.NATIONAL, value, se, false);
    }

    private void add(String code, String period, String area, Double value, Double se, boolean suppressed) {
        values.computeIfAbsent(code, c -> new ArrayList<>()).add(new IndicatorValue(code, Period.parseOrThrow(period),
                area, "", value, null, null, 1500L, se, null, null, suppressed, "test", null));
    }

    private Overview load() {
        return new CatalogueOverviewService(() -> SAMPLE, c -> values.getOrDefault(c, List.of()), c -> List.of(),
                ProgressSettings.DEFAULTS).load(FEB_10_2026);
    }

    @Test
    void surveyShareRiseBeyondTheMarginOfError() {
        add("EPJ_KVALITET", "2023", 0.45, 0.012);
        add("EPJ_KVALITET", "2024", 0.52, 0.011);
        OverviewTile tile = load().tile("EPJ_KVALITET").orElseThrow();

        assertThat(tile.latestValue()).isEqualTo(0.52);
        assertThat(tile.latestPeriod()).isEqualTo(Period.year(2024));
        TileChange change = tile.change();
        // z = 0.07 / √(0.012² + 0.011²) = 4.30
        assertThat(change.amount()).isCloseTo(7.0, within(1e-9));
        assertThat(change.unit()).isEqualTo(TileChange.AmountUnit.PERCENTAGE_POINTS);
        assertThat(change.direction()).isEqualTo(Change.Direction.UP);
        assertThat(change.marginTested()).isTrue();
        assertThat(change.outsideMargin()).isTrue();
        assertThat(change.comparable()).isTrue();
        // the 2030 ambition is "XX"
        assertThat(tile.progress()).isEqualTo(ProgressStatus.AMBITION_NOT_SET);
    }

    @Test
    void surveyShareChangeWithinTheMarginReadsAsUnchanged() {
        add("EPJ_EFFEKTIV", "2023", 0.47, 0.02);
        add("EPJ_EFFEKTIV", "2024", 0.49, 0.02);
        TileChange change = load().tile("EPJ_EFFEKTIV").orElseThrow().change();
        // z = 0.02 / 0.0283 = 0.71
        assertThat(change.amount()).isCloseTo(2.0, within(1e-9));
        assertThat(change.outsideMargin()).isFalse();
        assertThat(change.direction()).isEqualTo(Change.Direction.UNCHANGED);
    }

    @Test
    void noComparisonAcrossTheSeriesBreak() {
        add("EPJ_KVALITET", "2021", 0.60, 0.01);
        add("EPJ_KVALITET", "2022", 0.50, 0.01);
        TileChange change = load().tile("EPJ_KVALITET").orElseThrow().change();
        assertThat(change.from()).isEqualTo(Period.year(2021));
        assertThat(change.comparable()).isFalse();
    }

    @Test
    void registryShareUsesTheNationalMonthlySeries() {
        double[] pll = {0.010, 0.010, 0.011, 0.011, 0.012, 0.013, 0.015};
        for (int m = 0; m < pll.length; m++) {
            add("PLL", String.format("2025-%02d", m + 4), pll[m], null);
        }
        add("PLL", "2025-10", "Bergensområdet", 0.121, null, false);
        add("PLL", "2024", 0.008, null); // an older yearly figure must not win over the months
        OverviewTile tile = load().tile("PLL").orElseThrow();

        assertThat(tile.latestPeriod()).isEqualTo(Period.month(2025, 10));
        assertThat(tile.latestValue()).isEqualTo(0.015);
        assertThat(tile.sparkline()).containsExactly(0.010, 0.010, 0.011, 0.011, 0.012, 0.013, 0.015);
        assertThat(tile.change().amount()).isCloseTo(0.2, within(1e-9));
        assertThat(tile.change().direction()).isEqualTo(Change.Direction.UP);
        assertThat(tile.change().marginTested()).isFalse();
        // path from apr.25 (1,0 %) to 25 % at the end of 2026: 8,2 % planned at okt.25, 6,7 points behind
        assertThat(tile.progress()).isEqualTo(ProgressStatus.OFF_TRACK);
    }

    @Test
    void aYearlySeriesWinsWhenItEndsLater() {
        add("PLL", "2025-10", 0.015, null);
        add("PLL", "2025", 0.013, null);
        // 2025 ends in December, after okt.25: the yearly series is the newest
        assertThat(load().tile("PLL").orElseThrow().latestPeriod()).isEqualTo(Period.year(2025));
    }

    @Test
    void suppressedMonthsAreGapsAndSayNothingAboutChange() {
        add("FULLMAKT", "2025Q1", 0.110, null);
        add("FULLMAKT", "2025Q2", IndicatorValue.NATIONAL, null, null, true);
        add("FULLMAKT", "2025Q3", 0.114, null);
        OverviewTile tile = load().tile("FULLMAKT").orElseThrow();
        assertThat(tile.sparkline()).containsExactly(0.110, null, 0.114);
        assertThat(tile.change()).isNull();
    }

    @Test
    void countsChangeInPerCent() {
        add("HELSEDATA", "2024H1", 183.0, null);
        add("HELSEDATA", "2025H1", 244.0, null);
        OverviewTile tile = load().tile("HELSEDATA").orElseThrow();
        assertThat(tile.latestValue()).isEqualTo(244.0);
        assertThat(tile.sparkline()).containsExactly(183.0, null, 244.0);
        assertThat(tile.change().unit()).isEqualTo(TileChange.AmountUnit.PERCENT);
        assertThat(tile.change().amount()).isCloseTo(33.33, within(0.01));
    }

    @Test
    void sectionsFollowTheGoalsAndCompositesCarryTheirParts() {
        add("DDFL", "2025Q3", 0.79, null);
        Overview overview = load();
        assertThat(overview.sections()).extracting(s -> s.goal().code())
                .containsExactly("KVALITET", "BAEREKRAFT", "INNOVASJON", "MAL1", "MAL2", "MAL3", "MAL4", "MAL5");
        assertThat(overview.sections().stream().mapToInt(s -> s.tiles().size()).sum()).isEqualTo(24);
        OverviewTile composite = overview.tile("HELSENORGE_TILGJENGELIGHET").orElseThrow();
        assertThat(composite.parts()).extracting(OverviewTile::code).containsExactly("DIGIHELSESTASJON", "DIGIHELSE", "DDFL");
        assertThat(composite.parts().get(2).latestValue()).isEqualTo(0.79);
        assertThat(composite.hasData()).isFalse();
        assertThat(composite.progress()).isEqualTo(ProgressStatus.NO_DATA);
    }

    @Test
    void dueListFromTheCatalogue() {
        add("EPJ_KVALITET", "2024", 0.52, 0.011);
        add("PLL", "2025-10", 0.015, null);
        add("DDFL", "2025Q3", 0.79, null);
        Overview overview = load();
        Map<String, DueItem> due = new HashMap<>();
        overview.due().forEach(d -> due.put(d.indicatorCode(), d));

        assertThat(due.get("EPJ_KVALITET").kind()).isEqualTo(DueItem.Kind.NEW_DATA);
        assertThat(due.get("EPJ_KVALITET").overdue()).isFalse();
        assertThat(due.get("PLL").overdue()).isTrue();
        assertThat(due.get("DDFL").overdue()).isFalse();
        assertThat(due.get("TILLIT").neverReported()).isTrue(); // Klar, no data
        assertThat(due).doesNotContainKeys("BEHOVSSTYRT_POLIKLINIKK", // Avvent, no data
                "DIGITAL_HJEMMEOPPFOLGING", // Under arbeid, no data
                "HELSENORGE_TILGJENGELIGHET"); // composite: judged through its parts
        assertThat(overview.overdueCodes()).contains("PLL", "TILLIT").doesNotContain("EPJ_KVALITET", "DDFL");
        // never-reported first, then the most days late
        assertThat(overview.due().get(0).neverReported()).isTrue();
        assertThat(overview.due().get(overview.due().size() - 1).overdue()).isFalse();
    }

    @Test
    void assessmentsComeFromTheWorkspace(@TempDir Path dir) {
        try (Workspace ws = SampleWorkspaces.open(dir)) {
            ws.catalogue().saveAssessment("EPJ_KVALITET", "2025Q1", "Det er igjen 52 % som er enig i utsagnet i 2024.");
            add("EPJ_KVALITET", "2024", 0.52, 0.011);
            add("EPJ_EFFEKTIV", "2024", 0.49, 0.011);
            Overview overview = new CatalogueOverviewService(ws.catalogue(), c -> values.getOrDefault(c, List.of()))
                    .load(LocalDate.of(2025, 11, 27));
            assertThat(overview.due()).extracting(DueItem::indicatorCode)
                    .contains("EPJ_EFFEKTIV").doesNotContain("EPJ_KVALITET");
            DueItem effektiv = overview.due().stream().filter(d -> d.indicatorCode().equals("EPJ_EFFEKTIV"))
                    .findFirst().orElseThrow();
            assertThat(effektiv.kind()).isEqualTo(DueItem.Kind.ASSESSMENT);
            assertThat(effektiv.overdue()).isTrue();
        }
    }
}
