/** Importing a survey, registry, unit-list or JSON-stat file: validation, one transaction per batch, the sample extracts. */
package no.framdrift.app.imports;
