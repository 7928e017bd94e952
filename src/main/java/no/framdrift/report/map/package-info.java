/**
 * Choropleth maps of Norway: {@link no.framdrift.report.map.MapSpec} built once from data, drawn by
 * {@link no.framdrift.report.map.MapRenderer} through Java2D to the screen, PNG, SVG and PDF, on
 * Kartverket's outlines (CC BY 4.0, {@code /geo}) in UTM zone 33.
 */
package no.framdrift.report.map;
