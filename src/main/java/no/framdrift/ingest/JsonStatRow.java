package no.framdrift.ingest;

import java.util.List;

/** STAND-IN until the readers branch is merged. */
public record JsonStatRow(List<String> categoryCodes, List<String> categoryLabels, Double value, String status) {
}
