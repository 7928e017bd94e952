/** The steward's catalogue: the indicator tree, the indicator pane and its tab contract, the Definisjon, Historikk and Vurderinger tabs. */
package no.framdrift.ui.catalogue;
