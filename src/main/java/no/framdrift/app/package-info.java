/**
 * The use cases the window and the command line share: open a workspace, edit the catalogue,
 * import a file, recompute, export. Orchestrates ingest, stats, store and report.
 */
package no.framdrift.app;
