package no.framdrift.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.framdrift.domain.Period;
import no.framdrift.domain.SeriesBreak;

class ChangeTestTest {

    private static SurveyShare share(int agree, int n) {
        return new SurveyShares().ofYear(List.of(
                SurveyCell.unweighted(Map.of(), true, agree),
                SurveyCell.unweighted(Map.of(), false, n - agree))).orElseThrow();
    }

    @Test
    void sevenPointsOnAHundredAnswersIsInsideTheMargin() {
        // SE₁ = √(0.45·0.55/99) = 0.05 exactly; SE₂ = √(0.52·0.48/99) = 0.0502116731569
        // z = 0.07/√(0.05² + 0.0502116731569²) = 0.98785625874
        Change c = ChangeTest.between(Period.year(2023), share(45, 100), Period.year(2024), share(52, 100), List.of());
        assertThat(c.points()).isCloseTo(7.0, within(1e-9));
        assertThat(c.z()).isCloseTo(0.9878562587390911, within(1e-9));
        assertThat(c.outsideMargin()).isFalse();
        assertThat(c.direction()).isEqualTo(Change.Direction.UNCHANGED);
        assertThat(c.comparable()).isTrue();
    }

    @Test
    void sevenPointsOnAThousandAnswersIsOutsideTheMargin() {
        Change c = ChangeTest.between(Period.year(2023), share(450, 1000), Period.year(2024), share(520, 1000),
                List.of());
        assertThat(c.z()).isCloseTo(3.138043088241016, within(1e-9));
        assertThat(c.outsideMargin()).isTrue();
        assertThat(c.direction()).isEqualTo(Change.Direction.UP);
    }

    @Test
    void aFallOutsideTheMarginReadsDown() {
        Change c = ChangeTest.between(Period.year(2023), share(520, 1000), Period.year(2024), share(450, 1000),
                List.of());
        assertThat(c.z()).isCloseTo(-3.138043088241016, within(1e-9));
        assertThat(c.direction()).isEqualTo(Change.Direction.DOWN);
    }

    @Test
    void aSeriesBreakInsideTheSpanMakesTheChangeNotComparable() {
        List<SeriesBreak> breaks = List.of(new SeriesBreak("2022", "\"Verken enig eller uenig\" lagt til"));
        assertThat(ChangeTest.between(Period.year(2021), share(45, 100), Period.year(2022), share(52, 100), breaks)
                .comparable()).isFalse();
        assertThat(ChangeTest.between(Period.year(2021), share(45, 100), Period.year(2024), share(52, 100), breaks)
                .comparable()).isFalse();
        // the break year itself is the start of the new series: 2022 → 2023 is comparable
        assertThat(ChangeTest.between(Period.year(2022), share(45, 100), Period.year(2023), share(52, 100), breaks)
                .comparable()).isTrue();
        assertThat(ChangeTest.between(Period.year(2020), share(45, 100), Period.year(2021), share(52, 100), breaks)
                .comparable()).isTrue();
    }

    @Test
    void aSuppressedYearSuppressesTheChange() {
        assertThat(ChangeTest.between(Period.year(2023), share(5, 20), Period.year(2024), share(520, 1000), List.of())
                .suppressed()).isTrue();
    }
}
