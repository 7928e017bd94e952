package no.framdrift.report.deck;

import java.util.Objects;
import no.framdrift.report.chart.ChartSpec;

/**
 * One indicator slide: the indicator (looked up in the catalogue for name, "Om indikatoren",
 * source, frequency and ambition), its progress chart and the saved assessment.
 *
 * @param indicatorCode    the indicator's code in the catalogue
 * @param heading          slide heading; null for "&lt;name&gt; – Om indikatoren"
 * @param chart            the "Framdrift mot 2030" chart, or null when there are no data yet
 * @param assessmentPeriod e.g. "Q3 2025" (shown as "Vurdering Q3 2025")
 * @param assessmentText   the steward's saved assessment, or the drafted sentences when {@code draft}; null for none
 * @param nextAssessment   e.g. "Q1 2026" (shown as "(neste vurdering Q1 2026)"), or null
 * @param draft            the text is a draft written from the numbers, not a saved assessment: marked as such
 * @param status           progress in words ("I rute", "Ambisjon ikke satt" …) beside "Framdrift mot 2030", or null
 */
public record IndicatorPage(String indicatorCode, String heading, ChartSpec chart, String assessmentPeriod,
                            String assessmentText, String nextAssessment, boolean draft, String status) {

    public IndicatorPage {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
    }

    /** A page with a saved assessment (or none) and no status line. */
    public IndicatorPage(String indicatorCode, String heading, ChartSpec chart, String assessmentPeriod,
                         String assessmentText, String nextAssessment) {
        this(indicatorCode, heading, chart, assessmentPeriod, assessmentText, nextAssessment, false, null);
    }
}
