/** The overview start page: goal sections with one tile per indicator. */
package no.framdrift.ui.overview;
