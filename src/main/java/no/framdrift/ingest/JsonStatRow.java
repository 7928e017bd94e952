package no.framdrift.ingest;

import java.util.Collections;
import java.util.List;

/**
 * One cell of a JSON-stat dataset.
 *
 * @param categoryCodes the category code in each dimension, in dimension order
 * @param categoryLabels their labels (the code when a category has none)
 * @param value the value, null when missing (never turned into 0)
 * @param status the status symbol of this cell (".", ":", "..", "e" …), null if none
 */
public record JsonStatRow(List<String> categoryCodes, List<String> categoryLabels, Double value,
        String status) {

    public JsonStatRow {
        // the lists are built by the reader and never shared; avoid a copy per cell
        categoryCodes = Collections.unmodifiableList(categoryCodes);
        categoryLabels = Collections.unmodifiableList(categoryLabels);
    }
}
