package no.framdrift.ingest;

import java.util.List;

/** STAND-IN until the readers branch is merged: one data row; the header is row 1. */
public record SourceRow(long rowNumber, List<String> cells) {
}
