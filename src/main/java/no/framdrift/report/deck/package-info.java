/** The PowerPoint report deck (Apache POI, native charts) and its PDF: builder, slide text, pages. */
package no.framdrift.report.deck;
