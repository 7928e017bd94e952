package no.framdrift.ingest;

/** The analyst cancelled the import; nothing was written. */
public final class ImportCancelled extends RuntimeException {
    public ImportCancelled() {
        super("Importen ble avbrutt. Ingenting er lagret.");
    }
}
