/** The command line (picocli) over the same use cases as the window. */
package no.framdrift.cli;
