/**
 * The workspace database, an embedded H2 file (one person) or PostgreSQL (a team): opening and
 * locking the data folder or connecting to the server, Flyway migrations for both engines, the
 * team roles, and one thin jOOQ repository per aggregate. The only package that sees SQL or jOOQ,
 * and the only one that knows which engine it is on.
 */
package no.framdrift.store;
