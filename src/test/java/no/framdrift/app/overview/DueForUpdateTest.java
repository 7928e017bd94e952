package no.framdrift.app.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.framdrift.domain.Frequency;
import no.framdrift.domain.Period;
import no.framdrift.domain.Status;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DueForUpdateTest {

    private static final LocalDate FEB_10_2026 = LocalDate.of(2026, 2, 10);
    private static final LocalDate NOV_27_2025 = LocalDate.of(2025, 11, 27);

    private static DueForUpdate.Entry entry(String code, Status status, Frequency f, String latest, String assessed) {
        return new DueForUpdate.Entry(code, "Indikator " + code, status, f,
                latest == null ? null : Period.parseOrThrow(latest),
                assessed == null ? null : Period.parseOrThrow(assessed));
    }

    private static Optional<DueItem> check(LocalDate today, Frequency f, String latest, String assessed) {
        return DueForUpdate.check(today, entry("X", Status.KLAR, f, latest, assessed));
    }

    @Nested
    class YearlySurveys {

        @Test
        void dataForLastYearAreDueInTheFirstQuarter() {
            DueItem item = check(FEB_10_2026, Frequency.ARLIG, "2024", "2025Q1").orElseThrow();
            assertThat(item.kind()).isEqualTo(DueItem.Kind.NEW_DATA);
            assertThat(item.awaited()).isEqualTo(Period.year(2025));
            assertThat(item.duePeriod()).isEqualTo(Period.quarter(2026, 1));
            assertThat(item.overdue()).isFalse();
            assertThat(item.daysLate()).isZero();
            assertThat(item.periodsMissing()).isEqualTo(1);
        }

        @Test
        void dataTwoYearsOldAreOverdueSinceTheEndOfLastYearsFirstQuarter() {
            DueItem item = check(FEB_10_2026, Frequency.ARLIG, "2023", null).orElseThrow();
            assertThat(item.kind()).isEqualTo(DueItem.Kind.NEW_DATA);
            assertThat(item.awaited()).isEqualTo(Period.year(2024));
            assertThat(item.duePeriod()).isEqualTo(Period.quarter(2025, 1));
            assertThat(item.overdue()).isTrue();
            // 31 March 2025 → 10 February 2026
            assertThat(item.daysLate()).isEqualTo(316);
            assertThat(item.periodsMissing()).isEqualTo(2);
        }

        @Test
        void freshDataWaitForTheirAssessmentInTheFirstQuarter() {
            DueItem item = check(FEB_10_2026, Frequency.ARLIG, "2025", "2025Q1").orElseThrow();
            assertThat(item.kind()).isEqualTo(DueItem.Kind.ASSESSMENT);
            assertThat(item.awaited()).isEqualTo(Period.quarter(2026, 1));
            assertThat(item.overdue()).isFalse();
            assertThat(check(FEB_10_2026, Frequency.ARLIG, "2025", "2026Q1")).isEmpty();
        }

        @Test
        void inNovemberTheAssessmentOfLastYearsSurveyIsDoneAndNothingIsDue() {
            // the seed: "Vurdering Q1 2025 (neste vurdering Q1 2026)" for the 2024 survey
            assertThat(check(NOV_27_2025, Frequency.ARLIG, "2024", "2025Q1")).isEmpty();
            DueItem missing = check(NOV_27_2025, Frequency.ARLIG, "2024", null).orElseThrow();
            assertThat(missing.kind()).isEqualTo(DueItem.Kind.ASSESSMENT);
            assertThat(missing.duePeriod()).isEqualTo(Period.quarter(2025, 1));
            assertThat(missing.overdue()).isTrue();
            assertThat(missing.daysLate()).isEqualTo(241); // 31 March → 27 November 2025
        }
    }

    @Nested
    class QuarterlyRegistries {

        @Test
        void lastQuartersDataAreDueThisQuarter() {
            DueItem item = check(FEB_10_2026, Frequency.KVARTALSVIS, "2025Q3", "2025Q3").orElseThrow();
            assertThat(item.awaited()).isEqualTo(Period.quarter(2025, 4));
            assertThat(item.duePeriod()).isEqualTo(Period.quarter(2026, 1));
            assertThat(item.overdue()).isFalse();
        }

        @Test
        void aMissedQuarterIsOverdue() {
            DueItem item = check(FEB_10_2026, Frequency.KVARTALSVIS, "2025Q2", null).orElseThrow();
            assertThat(item.duePeriod()).isEqualTo(Period.quarter(2025, 4));
            assertThat(item.overdue()).isTrue();
            assertThat(item.daysLate()).isEqualTo(41); // 31 December → 10 February
            assertThat(item.periodsMissing()).isEqualTo(2);
        }

        @Test
        void aHalfYearCoversItsQuarters() {
            // Helsedata counted for the first half of 2025: Q3 was due in Q4 2025
            DueItem item = check(FEB_10_2026, Frequency.KVARTALSVIS, "2025H1", null).orElseThrow();
            assertThat(item.awaited()).isEqualTo(Period.quarter(2025, 3));
            assertThat(item.overdue()).isTrue();
        }

        @Test
        void upToDateDataNeedTheQuartersAssessment() {
            DueItem item = check(FEB_10_2026, Frequency.KVARTALSVIS, "2025Q4", "2025Q3").orElseThrow();
            assertThat(item.kind()).isEqualTo(DueItem.Kind.ASSESSMENT);
            assertThat(item.awaited()).isEqualTo(Period.quarter(2025, 4));
            assertThat(item.duePeriod()).isEqualTo(Period.quarter(2026, 1));
            assertThat(check(FEB_10_2026, Frequency.KVARTALSVIS, "2025Q4", "2025Q4")).isEmpty();
        }

        @Test
        void inNovemberTheThirdQuarterIsDue() {
            DueItem item = check(NOV_27_2025, Frequency.KVARTALSVIS, "2025Q2", "2025Q2").orElseThrow();
            assertThat(item.awaited()).isEqualTo(Period.quarter(2025, 3));
            assertThat(item.overdue()).isFalse();
        }
    }

    @Nested
    class MonthlyRegistries {

        @Test
        void lastMonthsDataAreDueThisMonth() {
            DueItem item = check(FEB_10_2026, Frequency.LOPENDE, "2025-12", "2025Q4").orElseThrow();
            assertThat(item.awaited()).isEqualTo(Period.month(2026, 1));
            assertThat(item.duePeriod()).isEqualTo(Period.month(2026, 2));
            assertThat(item.overdue()).isFalse();
        }

        @Test
        void octoberDataInFebruaryAreThreeMonthsBehind() {
            DueItem item = check(FEB_10_2026, Frequency.LOPENDE, "okt.25", "2025Q3").orElseThrow();
            assertThat(item.awaited()).isEqualTo(Period.month(2025, 11));
            assertThat(item.duePeriod()).isEqualTo(Period.month(2025, 12));
            assertThat(item.overdue()).isTrue();
            assertThat(item.daysLate()).isEqualTo(41);
            assertThat(item.periodsMissing()).isEqualTo(3);
        }

        @Test
        void theQuarterlyAssessmentFollowsTheQuartersLastMonth() {
            // the seed's PLL: data to okt.25 and "Vurdering Q3 2025" on 27.11.2025 — nothing due
            assertThat(check(NOV_27_2025, Frequency.LOPENDE, "okt.25", "2025Q3")).isEmpty();
            DueItem item = check(FEB_10_2026, Frequency.LOPENDE, "2026-01", "2025Q3").orElseThrow();
            assertThat(item.kind()).isEqualTo(DueItem.Kind.ASSESSMENT);
            assertThat(item.awaited()).isEqualTo(Period.quarter(2025, 4));
        }
    }

    @Test
    void onlyIndicatorsMarkedKlarAreExpectedToHaveData() {
        List<DueItem> due = DueForUpdate.asOf(FEB_10_2026, List.of(
                entry("KLAR_UTEN", Status.KLAR, Frequency.ARLIG, null, null),
                entry("AVVENT_UTEN", Status.AVVENT, Frequency.ARLIG, null, null),
                entry("ARBEID_UTEN", Status.UNDER_ARBEID, Frequency.KVARTALSVIS, null, null),
                entry("ARBEID_MED", Status.UNDER_ARBEID, Frequency.ARLIG, "2023", null)));
        assertThat(due).extracting(DueItem::indicatorCode).containsExactly("KLAR_UTEN", "ARBEID_MED");
        assertThat(due.get(0).overdue()).isTrue();
        assertThat(due.get(0).neverReported()).isTrue();
    }

    @Test
    void sortedByHowLate() {
        List<DueItem> due = DueForUpdate.asOf(FEB_10_2026, List.of(
                entry("YEAR_DUE", Status.KLAR, Frequency.ARLIG, "2024", "2025Q1"),
                entry("QUARTER_41", Status.KLAR, Frequency.KVARTALSVIS, "2025Q2", null),
                entry("YEAR_316", Status.KLAR, Frequency.ARLIG, "2023", null),
                entry("NONE", Status.KLAR, Frequency.LOPENDE, null, null),
                entry("CURRENT", Status.KLAR, Frequency.ARLIG, "2025", "2026Q1")));
        assertThat(due).extracting(DueItem::indicatorCode)
                .containsExactly("NONE", "YEAR_316", "QUARTER_41", "YEAR_DUE");
    }
}
