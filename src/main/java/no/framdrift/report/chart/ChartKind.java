package no.framdrift.report.chart;

/** The chart kinds the seed deck uses. */
public enum ChartKind {
    /** Monthly (or quarterly) lines per area, with data labels and a dashed ambition line. */
    MONTHLY_LINES,
    /** Yearly survey columns with interval whiskers and marked series breaks. */
    YEARLY_COLUMNS,
    /** Progress 2023–2030: actual values, the path to the ambition and the projection. */
    PROGRESS,
    /** Counts per quarter, half-year or year as columns. */
    COUNTS,
    /** A composite drawn as one small panel per part, sharing the value axis. */
    SMALL_MULTIPLES
}
