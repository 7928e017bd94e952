package no.framdrift.ingest;

/** STAND-IN until the readers branch is merged. */
public enum FileKind { CSV, XLSX, JSON_STAT, EMPTY, BINARY }
