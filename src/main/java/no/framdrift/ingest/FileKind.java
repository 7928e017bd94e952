package no.framdrift.ingest;

/** What kind of file the analyst opened, as far as its first bytes tell. */
public enum FileKind {
    CSV,
    XLSX,
    JSON_STAT,
    EMPTY,
    BINARY
}
