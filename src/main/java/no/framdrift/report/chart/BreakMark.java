package no.framdrift.report.chart;

import java.util.Objects;
import no.framdrift.domain.Period;

/** A break in the series from {@code period} on, marked on the chart and explained in a footnote. */
public record BreakMark(Period period, String footnote) {

    public BreakMark {
        Objects.requireNonNull(period, "period");
    }
}
