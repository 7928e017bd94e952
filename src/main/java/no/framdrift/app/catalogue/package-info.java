/** Editing the indicator catalogue: definitions, history, assessments, catalogue JSON merge. */
package no.framdrift.app.catalogue;
