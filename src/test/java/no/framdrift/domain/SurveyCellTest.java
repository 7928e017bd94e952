package no.framdrift.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurveyCellTest {

    private static SurveyCell cell(Map<String, String> background, String answer) {
        return new SurveyCell(1, "EPJ_KVALITET", "q1", 2025, answer, true, true, background, 10, 12.5, 20.0);
    }

    @Test
    void theAnswersOfOneBackgroundCellShareOneSortedMapAndItsText() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("region", "Helse Vest");
        given.put("profesjon", "Lege");
        Map<String, String> shared = SurveyCell.background(given);
        SurveyCell agree = cell(shared, "4");
        SurveyCell fully = cell(shared, "5");

        assertThat(agree.background()).isSameAs(fully.background()).isSameAs(shared);
        assertThat(agree.background().keySet()).containsExactly("profesjon", "region");
        assertThat(SurveyCell.backgroundKey(agree.background())).isEqualTo("profesjon=Lege|region=Helse Vest")
                .isEqualTo(SurveyCell.backgroundKey(given));
    }

    @Test
    void aCellNeverSeesLaterChangesToTheMapItWasGiven() {
        Map<String, String> given = new LinkedHashMap<>(Map.of("profesjon", "Lege"));
        SurveyCell c = cell(given, "4");
        given.put("profesjon", "Sykepleier");

        assertThat(c.background()).containsEntry("profesjon", "Lege");
        assertThatThrownBy(() -> c.background().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void cellsWithEqualBackgroundsAreEqualHoweverTheMapWasMade() {
        SurveyCell a = cell(Map.of("profesjon", "Lege", "region", "Helse Nord"), "4");
        SurveyCell b = cell(SurveyCell.background(SurveyCell.parseBackground("profesjon=Lege|region=Helse Nord")), "4");

        assertThat(a).isEqualTo(b);
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
        assertThat(a.background()).isEqualTo(Map.of("region", "Helse Nord", "profesjon", "Lege"));
    }

    @Test
    void escapedSeparatorsSurviveTheRoundTrip() {
        Map<String, String> odd = Map.of("gruppe", "a|b=c\\d");
        String key = SurveyCell.backgroundKey(SurveyCell.background(odd));

        assertThat(key).isEqualTo("gruppe=a\\|b\\=c\\\\d");
        assertThat(SurveyCell.parseBackground(key)).isEqualTo(odd);
    }
}
