package no.framdrift.domain;

/**
 * How an indicator's value over a period (a quarter, a half-year, a year) is built from the finer
 * periods the data have (months, quarters): part of the definition, because a stock and a flow
 * aggregate differently (DESIGN.md, "Statistics").
 */
public enum TimeAggregation {
    /** Counts (e.g. applications): the sum over the period. */
    SUM,
    /** Flows and shares of events: Σ numerators / Σ denominators over the period. */
    RATIO_OF_SUMS,
    /**
     * Stocks and cumulative shares (e.g. PLL, municipalities using a service): the value of the
     * period's last month (or last finer period) with data.
     */
    END_OF_PERIOD,
    /** The mean of the finer periods' values (e.g. logins per month, logins with fullmakt). */
    MEAN_OF_MONTHS;

    /** Whether this aggregation means anything for the kind: a share cannot be summed over time. */
    public boolean fits(IndicatorKind kind) {
        if (this != SUM || kind == null) {
            return true;
        }
        return kind == IndicatorKind.COUNT || kind == IndicatorKind.COMPOSITE;
    }

    /** The usual aggregation for a new indicator of the kind. */
    public static TimeAggregation defaultFor(IndicatorKind kind) {
        return kind == IndicatorKind.COUNT ? SUM : RATIO_OF_SUMS;
    }
}
