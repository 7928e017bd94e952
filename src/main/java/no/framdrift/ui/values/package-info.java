/** The Verdier tab: an indicator's computed values as a table. */
package no.framdrift.ui.values;
