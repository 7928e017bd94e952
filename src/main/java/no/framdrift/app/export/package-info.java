/** Charts and the report deck from the stored values: chart specs and the export use case. */
package no.framdrift.app.export;
