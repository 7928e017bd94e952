/**
 * Charts and the report deck. One {@link no.framdrift.report.chart.ChartSpec} per chart is built once
 * from computed values and drawn by every target: JFreeChart for the screen, PNG, SVG and PDF, and
 * native (editable) PowerPoint charts through Apache POI in the deck. Knows domain values only;
 * no database, no store and no app classes.
 */
package no.framdrift.report;
