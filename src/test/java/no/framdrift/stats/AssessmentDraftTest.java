package no.framdrift.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.framdrift.domain.Period;
import no.framdrift.domain.SeriesBreak;
import no.framdrift.domain.Unit;

class AssessmentDraftTest {

    private static SurveyShare share(int agree, int n) {
        return new SurveyShares().ofYear(List.of(
                SurveyCell.unweighted(Map.of(), true, agree),
                SurveyCell.unweighted(Map.of(), false, n - agree))).orElseThrow();
    }

    @Test
    void aRiseOutsideTheMargin() {
        Change c = ChangeTest.between(Period.year(2023), share(450, 1000), Period.year(2024), share(520, 1000),
                List.of());
        assertThat(AssessmentDraft.surveyChange("Andelen som er enig", c, 0))
                .isEqualTo("Andelen som er enig økte fra 45 % i 2023 til 52 % i 2024. Endringen er utenfor feilmarginen.");
    }

    @Test
    void aChangeInsideTheMarginIsUnchanged() {
        Change c = ChangeTest.between(Period.year(2023), share(45, 100), Period.year(2024), share(52, 100), List.of());
        assertThat(AssessmentDraft.surveyChange("Andelen som er enig", c, 0))
                .isEqualTo("Andelen som er enig er uendret fra 2023 til 2024 (45 % og 52 %, "
                        + "endringen er innenfor feilmarginen).");
    }

    @Test
    void aFallAndABreakAndTooFewAnswers() {
        Change fall = ChangeTest.between(Period.year(2023), share(520, 1000), Period.year(2024), share(450, 1000),
                List.of());
        assertThat(AssessmentDraft.surveyChange("Andelen", fall, 0)).startsWith("Andelen sank fra 52 % i 2023 til 45 %");

        Change acrossBreak = ChangeTest.between(Period.year(2021), share(450, 1000), Period.year(2022),
                share(520, 1000), List.of(new SeriesBreak("2022", "")));
        assertThat(AssessmentDraft.surveyChange("Andelen", acrossBreak, 0)).isEqualTo(
                "Andelen var 45 % i 2021 og 52 % i 2022. Tallene kan ikke sammenlignes direkte på grunn av brudd i serien.");

        Change few = ChangeTest.between(Period.year(2023), share(5, 20), Period.year(2024), share(520, 1000),
                List.of());
        assertThat(AssessmentDraft.surveyChange("Andelen", few, 0))
                .isEqualTo("For få svar til å beskrive endringen fra 2023 til 2024.");
    }

    @Test
    void registryChangeWithNorwegianNumbers() {
        assertThat(AssessmentDraft.registryChange("Andelen", Period.month(2025, 4), 0.010, Period.month(2025, 10),
                0.012, Unit.PERCENT, 1)).isEqualTo("Andelen økte fra 1,0 % i apr.25 til 1,2 % i okt.25.");
        assertThat(AssessmentDraft.registryChange("Antall søknader", Period.year(2024), 183, Period.year(2025), 244,
                Unit.COUNT, 0)).isEqualTo("Antall søknader økte fra 183 i 2024 til 244 i 2025.");
    }

    @Test
    void statusAndProjectionSentences() {
        Progress progress = new Progress(true, ProgressSettings.DEFAULTS);
        List<SeriesPoint> series = List.of(new SeriesPoint(Period.year(2023), 40), new SeriesPoint(Period.year(2024), 49));
        ProgressReport r = progress.assess(series, ProgressTest.PATH, List.of());
        assertThat(AssessmentDraft.progress(r, Unit.PERCENT, 0)).isEqualTo(
                "Indikatoren er i rute mot ambisjonen om 70 % i 2026 (49 % i 2024, planlagt 50 %). "
                        + "Med samme utvikling som hittil nås ambisjonen først i 2027.");

        List<SeriesPoint> falling = List.of(new SeriesPoint(Period.year(2023), 40), new SeriesPoint(Period.year(2024), 39));
        assertThat(AssessmentDraft.progress(progress.assess(falling, ProgressTest.PATH, List.of()), Unit.PERCENT, 0))
                .isEqualTo("Indikatoren ligger klart etter planlagt bane mot ambisjonen om 70 % i 2026 "
                        + "(39 % i 2024, planlagt 50 %). Med samme utvikling som hittil nås ikke ambisjonen.");
    }

    @Test
    void unsetAmbition() {
        Progress progress = new Progress(true, ProgressSettings.DEFAULTS);
        List<SeriesPoint> series = List.of(new SeriesPoint(Period.year(2027), 72));
        ProgressReport r = progress.assess(series, ProgressTest.PATH, List.of());
        assertThat(AssessmentDraft.progress(r, Unit.PERCENT, 0)).isEqualTo("Ambisjonen for 2030 er ikke satt.");
    }
}
