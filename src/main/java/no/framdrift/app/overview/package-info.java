/** The start page: one tile per indicator from the stored values, and what is due for update. */
package no.framdrift.app.overview;
