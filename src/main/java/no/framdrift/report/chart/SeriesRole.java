package no.framdrift.report.chart;

/** What a series shows; it decides the line style (actual values solid, path and projection dashed). */
public enum SeriesRole {
    ACTUAL,
    /** The straight path from the baseline to the ambition. */
    PATH,
    /** Least-squares projection of the latest values toward the ambition year. */
    PROJECTION
}
