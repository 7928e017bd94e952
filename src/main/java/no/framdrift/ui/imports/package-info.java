/** The analyst's guided import wizard, column mapping and the list of import batches. */
package no.framdrift.ui.imports;
