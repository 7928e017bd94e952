/** The team workspace on PostgreSQL: roles and members, and copying a local workspace to the server. */
package no.framdrift.app.team;
