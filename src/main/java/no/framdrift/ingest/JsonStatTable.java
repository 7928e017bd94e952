package no.framdrift.ingest;

import java.util.List;

/**
 * One JSON-stat dataset flattened to one row per cell, in the dataset's own order (the last
 * dimension varies fastest), like the JSON-stat JavaScript Toolkit's {@code toTable}.
 *
 * @param datasetLabel the dataset's label (or its name in a 1.0 bundle when it has none)
 * @param dimensionIds the dimension ids in "id" order
 * @param dimensionLabels their labels (the id when a dimension has none)
 * @param rows one per cell: product of the dimension sizes
 */
public record JsonStatTable(String datasetLabel, List<String> dimensionIds,
        List<String> dimensionLabels, List<JsonStatRow> rows) {

    public JsonStatTable {
        dimensionIds = List.copyOf(dimensionIds);
        dimensionLabels = List.copyOf(dimensionLabels);
        rows = List.copyOf(rows);
    }
}
