/** The Diagram tab and its remembered chart preferences. */
package no.framdrift.ui.chart;
