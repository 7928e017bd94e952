/** The "Kart" tab: an indicator's values per area on a map of Norway (view and view model). */
package no.framdrift.ui.map;
