package no.framdrift.app.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.framdrift.domain.Ambition;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.IndicatorValue;
import no.framdrift.domain.Period;
import org.junit.jupiter.api.Test;
import no.framdrift.app.Workspace;

/** The draft sentences for hand-made values, checked word for word. */
class AssessmentDraftsTest {

    private static final Catalogue CATALOGUE = Workspace.sampleCatalogue();
    private static final Indicator EPJ = CATALOGUE.indicator("EPJ_KVALITET").orElseThrow();
    private static final Indicator HELSEDATA = CATALOGUE.indicator("HELSEDATA").orElseThrow();

    private final AssessmentDrafts drafts = new AssessmentDrafts();

    /** A survey year's share with its SE; n = 1 000. */
    private static IndicatorValue share(String code, int year, double p, double se) {
        return new IndicatorValue(code, Period.year(year), IndicatorValue.NATIONAL, "", p, p * 1000, 1000.0, 1000L, se,
                p - 2 * se, p + 2 * se, false, "1", null);
    }

    private static IndicatorValue count(Period period, double value, Double growth1, Double growth2, String note) {
        return new IndicatorValue("HELSEDATA", period, IndicatorValue.NATIONAL, "", value, value, null, null, null, null,
                null, false, "7", note, growth1, growth2);
    }

    @Test
    void aSurveyRiseOutsideTheMarginAndAnAmbitionNotSet() {
        // z = 0.07 / √(0.0157² + 0.0158²) ≈ 3.14 > 1.96
        List<IndicatorValue> values = List.of(share("EPJ_KVALITET", 2023, 0.45, 0.0157),
                share("EPJ_KVALITET", 2024, 0.52, 0.0158),
                // a subgroup must not be taken for the whole population
                new IndicatorValue("EPJ_KVALITET", Period.year(2024), IndicatorValue.NATIONAL, "profesjon=Lege", 0.90,
                        null, null, 400L, 0.02, null, null, false, "1", null));

        assertThat(drafts.draft(CATALOGUE, EPJ, values)).isEqualTo(
                "Andelen helt eller ganske enig økte fra 45 % i 2023 til 52 % i 2024. Endringen er utenfor feilmarginen. "
                        + "Ambisjonen for 2030 er ikke satt.");
    }

    @Test
    void aSurveyChangeInsideTheMarginIsUnchanged() {
        // z = 0.07 / √(0.05² + 0.05²) ≈ 0.99
        List<IndicatorValue> values = List.of(share("EPJ_KVALITET", 2023, 0.45, 0.05),
                share("EPJ_KVALITET", 2024, 0.52, 0.05));

        assertThat(drafts.draft(CATALOGUE, EPJ, values)).isEqualTo(
                "Andelen helt eller ganske enig er uendret fra 2023 til 2024 (45 % og 52 %, endringen er innenfor "
                        + "feilmarginen). Ambisjonen for 2030 er ikke satt.");
    }

    @Test
    void aChangeAcrossTheSeriesBreakIsNotCompared() {
        // EPJ_KVALITET has a series break in 2022
        List<IndicatorValue> values = List.of(share("EPJ_KVALITET", 2021, 0.45, 0.0157),
                share("EPJ_KVALITET", 2022, 0.52, 0.0158));

        assertThat(drafts.draft(CATALOGUE, EPJ, values)).isEqualTo(
                "Andelen helt eller ganske enig var 45 % i 2021 og 52 % i 2022. Tallene kan ikke sammenlignes direkte "
                        + "på grunn av brudd i serien. Ambisjonen for 2030 er ikke satt.");
    }

    @Test
    void aSuppressedYearSaysTooFewAnswers() {
        IndicatorValue few = new IndicatorValue("EPJ_KVALITET", Period.year(2024), IndicatorValue.NATIONAL, "", null,
                null, null, 12L, null, null, null, true, "1", null);
        assertThat(drafts.draft(CATALOGUE, EPJ, List.of(share("EPJ_KVALITET", 2023, 0.45, 0.0157), few)))
                .startsWith("For få svar til å beskrive endringen fra 2023 til 2024.");
    }

    @Test
    void statusAgainstTheAmbitionPathWithTheProjection() {
        // Path from 40 % at the end of 2021 (t = 2022) to 70 % at the end of 2026 (t = 2027): 6 points a
        // year, so 58 % planned for 2024; 52 % is 6 points behind, more than twice the tolerance of 2.
        // Trend over (2022, 40), (2024, 49), (2025, 52): slope 19/4.667 = 4.07 a year, 70 % at t ≈ 2029.3,
        // i.e. during 2029.
        Indicator survey = EPJ.toBuilder().seriesBreaks(List.of())
                .ambitions(List.of(new Ambition(2026, 70.0, "70 % i 2026"), new Ambition(2030, null, "XX % i 2030")))
                .build();
        List<IndicatorValue> values = List.of(share("EPJ_KVALITET", 2021, 0.40, 0.015),
                share("EPJ_KVALITET", 2023, 0.49, 0.015), share("EPJ_KVALITET", 2024, 0.52, 0.015));

        assertThat(drafts.draft(CATALOGUE, survey, values)).isEqualTo(
                "Andelen helt eller ganske enig er uendret fra 2023 til 2024 (49 % og 52 %, endringen er innenfor "
                        + "feilmarginen). Indikatoren ligger klart etter planlagt bane mot ambisjonen om 70 % i 2026 "
                        + "(52 % i 2024, planlagt 58 %). Med samme utvikling som hittil nås ambisjonen først i 2029.");
    }

    @Test
    void aCountComparesTheLatestQuarterAndItsGrowthAndSkipsAnIncompleteYear() {
        List<IndicatorValue> values = List.of(
                count(Period.quarter(2025, 1), 120, null, null, null),
                count(Period.quarter(2025, 2), 124, 33.3, 45.9, null),
                count(Period.year(2025), 244, null, null, "Ufullstendig periode (2 av 4)"));

        assertThat(drafts.draft(CATALOGUE, HELSEDATA, values)).isEqualTo(
                "Antallet søknader per kvartal økte fra 120 i Q1 2025 til 124 i Q2 2025. "
                        + "Endring fra samme periode tidligere år: +33 % fra Q2 2024 og +46 % fra Q2 2023. "
                        + "Ambisjonen for 2030 er ikke satt.");
    }

    @Test
    void aRegistryShareWithoutABaselineIsJudgedFromItsFirstPointAsTheOverviewTileIs() {
        Indicator pll = CATALOGUE.indicator("PLL").orElseThrow();
        List<IndicatorValue> values = List.of(
                new IndicatorValue("PLL", Period.month(2025, 9), IndicatorValue.NATIONAL, "", 0.109, 609_783.0,
                        5_594_340.0, null, null, null, null, false, "2 3", null),
                new IndicatorValue("PLL", Period.month(2025, 10), IndicatorValue.NATIONAL, "", 0.121, 676_915.0,
                        5_594_340.0, null, null, null, null, false, "2 3", null),
                new IndicatorValue("PLL", Period.month(2025, 10), "Helse Nord", "", 0.2, 1.0, 5.0, null, null, null,
                        null, false, "2 3", null));

        assertThat(drafts.draft(CATALOGUE, pll, values)).isEqualTo(
                "Andelen av befolkningen som har fått PLL økte fra 10,9 % i sep.25 til 12,1 % i okt.25. "
                        // path from 10,9 % in sep.25 to 25 % at the end of 2026: 0,94 points a month
                        + "Indikatoren er i rute mot ambisjonen om 25,0 % i 2026 (12,1 % i okt.25, planlagt 11,8 %). "
                        + "Med samme utvikling som hittil nås ambisjonen i 2026.");
    }

    @Test
    void noValuesYet() {
        assertThat(drafts.draft(CATALOGUE, EPJ, List.of())).isEqualTo(
                "Det er ingen beregnede verdier for indikatoren ennå. Ambisjonen for 2030 er ikke satt.");
    }

    @Test
    void growthIsSignedAndRounded() {
        assertThat(AssessmentDrafts.growthText(33.3)).isEqualTo("+33 %");
        assertThat(AssessmentDrafts.growthText(-4.6)).isEqualTo("-5 %");
        assertThat(AssessmentDrafts.growthText(0.2)).isEqualTo("0 %");
    }
}
