/**
 * The embedded H2 file database: opening and locking the data folder, Flyway migrations, and one
 * thin jOOQ repository per aggregate. The only package that sees SQL or jOOQ.
 */
package no.framdrift.store;
