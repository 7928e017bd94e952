/**
 * Reading what analysts and stewards bring in: catalogue JSON, CSV, XLSX and JSON-stat files,
 * import profiles, validation, and the transactional import. No UI, no statistics.
 */
package no.framdrift.ingest;
