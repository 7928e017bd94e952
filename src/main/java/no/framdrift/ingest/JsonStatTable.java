package no.framdrift.ingest;

import java.util.List;

/** STAND-IN until the readers branch is merged. */
public record JsonStatTable(String datasetLabel, List<String> dimensionIds, List<String> dimensionLabels, List<JsonStatRow> rows) {
}
