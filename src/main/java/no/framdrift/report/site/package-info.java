/**
 * The published indicator set: a static website ({@link no.framdrift.report.site.SiteWriter}) and
 * the open-data zip ({@link no.framdrift.report.site.OpenDataZip}), both drawn from a
 * {@link no.framdrift.report.site.SiteModel} that the app's use cases fill. Nothing here reads the
 * database or computes a value.
 */
package no.framdrift.report.site;
