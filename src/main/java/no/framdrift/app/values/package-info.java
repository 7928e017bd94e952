/** Computing and storing an indicator's values from the stored sufficient statistics; assessment drafts from them. */
package no.framdrift.app.values;
