package no.framdrift.app.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import no.framdrift.app.Workspace;
import no.framdrift.domain.Ambition;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.IndicatorValue;
import no.framdrift.domain.Period;
import no.framdrift.stats.ProgressSettings;
import no.framdrift.stats.ProgressStatus;
import org.junit.jupiter.api.Test;

/**
 * The overview's tile and the drafted assessment reckon progress the same way (issue 15: they
 * used to disagree when the baseline was not in the series), and the draft's period is the
 * latest with data.
 */
class IndicatorProgressTest {

    private static final Catalogue CATALOGUE = Workspace.sampleCatalogue();

    /** PLL with 25 % in 2026 and no baseline: the path runs from the first month shown. */
    private static final Indicator PLL = CATALOGUE.indicator("PLL").orElseThrow();

    private static List<IndicatorValue> monthly(double first, double step, int months) {
        List<IndicatorValue> out = new ArrayList<>();
        Period p = Period.month(2025, 1);
        for (int i = 0; i < months; i++, p = p.next()) {
            double v = first + step * i;
            out.add(new IndicatorValue("PLL", p, IndicatorValue.NATIONAL, "", v, v * 1000, 1000.0, 1000L, null, null,
                    null, false, "1", null));
        }
        // a region far ahead must not decide the national status
        out.add(new IndicatorValue("PLL", Period.month(2025, 6), "BERGENSOMRADET", "", 0.9, 900.0, 1000.0, 1000L, null,
                null, null, false, "1", null));
        return out;
    }

    @Test
    void draftAndTileAgreeWhenTheSeriesHasNoBaseline() {
        assertThat(PLL.baseline()).isNull();
        assertThat(PLL.ambitions()).contains(new Ambition(2026, 25.0, PLL.ambitions().get(0).text()));
        // from 1 % to 12 % in six months: well ahead of the straight path to 25 % at the end of 2026
        List<IndicatorValue> values = monthly(0.01, 0.022, 6);
        ProgressStatus status = new IndicatorProgress(ProgressSettings.DEFAULTS).report(PLL, values).status();
        assertThat(status).isEqualTo(ProgressStatus.ON_TRACK);
        String draft = new AssessmentDrafts().draft(CATALOGUE, PLL, values);
        assertThat(draft).contains("Indikatoren er i rute mot ambisjonen om 25,0 % i 2026")
                .doesNotContain("ikke nok data");
    }

    @Test
    void aSlowSeriesIsOffTrackInBoth() {
        List<IndicatorValue> values = monthly(0.01, 0.0001, 12);
        ProgressStatus status = new IndicatorProgress(ProgressSettings.DEFAULTS).report(PLL, values).status();
        String draft = new AssessmentDrafts().draft(CATALOGUE, PLL, values);
        assertThat(status).isIn(ProgressStatus.OFF_TRACK, ProgressStatus.AT_RISK);
        assertThat(draft).contains(status == ProgressStatus.OFF_TRACK ? "ligger klart etter" : "ligger noe etter");
    }

    @Test
    void theDraftsPeriodIsTheLatestWithData() {
        List<IndicatorValue> values = new ArrayList<>(monthly(0.01, 0.001, 9));
        assertThat(AssessmentDrafts.latestPeriod(PLL, values)).contains(Period.month(2025, 9));
        assertThat(AssessmentDrafts.latestPeriod(PLL, List.of())).isEmpty();
    }
}
