/** One ChartSpec drawn by one renderer (JFreeChart) for the screen, PNG, SVG and PDF; palette, axes, labels. */
package no.framdrift.report.chart;
