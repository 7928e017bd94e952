package no.framdrift.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import no.framdrift.domain.AreaDirectory;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Indicator;
import no.framdrift.ingest.CatalogueJson;
import no.framdrift.stats.SuppressionSettings;
import no.framdrift.store.Backups;
import no.framdrift.store.BatchIntegrity;
import no.framdrift.store.CatalogueRepository;
import no.framdrift.store.Database;
import no.framdrift.store.Transactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import no.framdrift.app.catalogue.CatalogueService;
import no.framdrift.app.imports.ImportService;
import no.framdrift.app.imports.SampleImports;
import no.framdrift.app.values.ValuesService;

/**
 * An open data folder and the use cases over it: the composition root that the window and the
 * command line share. A new data folder is filled with the sample workspace.
 */
public final class Workspace implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);
    static final String SAMPLE_CATALOGUE = "/sample-data/catalogue.json";

    private final Database database;
    private final Transactor transactor;
    private final CatalogueService catalogue;
    private final ImportService imports;
    private final ValuesService values;

    private Workspace(Database database) {
        this.database = database;
        this.transactor = new Transactor(database.dsl());
        this.catalogue = new CatalogueService(transactor, new CatalogueJson());
        this.imports = new ImportService(transactor, AreaDirectory.standard(), this::indicatorCodes, Clock.systemUTC());
        this.values = new ValuesService(transactor, AreaDirectory.standard(), SuppressionSettings.DEFAULTS);
    }

    private Set<String> indicatorCodes() {
        return catalogue.load().indicators().stream().map(Indicator::code).collect(Collectors.toSet());
    }

    /**
     * Opens the workspace in the folder; throws {@code StoreException} with a steward-readable message.
     * Opening undoes an interrupted import, redoes an interrupted first start, checks every batch
     * against the checksum its import recorded ({@link #damagedBatches()}) and recomputes the stored
     * values when they were computed from other data than what is stored now (issue 18).
     */
    public static Workspace open(Path dataFolder) {
        Database db = Database.open(dataFolder);
        try {
            Workspace ws = new Workspace(db);
            ws.seedIfEmpty();
            ws.damaged = ws.transactor.inTransaction(dsl -> new BatchIntegrity(dsl).verify());
            ws.damaged.forEach(d -> LOG.warn("Damaged batch {}: expected {}, found {}", d.batchId(), d.expected(), d.found()));
            ws.recomputeIfStale();
            ws.imports.guardWith(new ImportService.Guard() {
                @Override
                public void before() {
                    db.beginImport();
                }

                @Override
                public void after() {
                    db.endImport();
                    ws.changed = true;
                }
            });
            return ws;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private java.util.List<BatchIntegrity.Damaged> damaged = java.util.List.of();
    private volatile boolean changed;

    /** Batches whose stored rows no longer match what their import recorded (found when opening). */
    public java.util.List<BatchIntegrity.Damaged> damagedBatches() {
        return damaged;
    }

    /** What opening repaired (an interrupted import undone, an interrupted first start redone), if anything. */
    public java.util.Optional<String> recoveryNote() {
        return database.recoveryNote();
    }

    /** True when the stored values were computed from the data stored now. */
    public boolean valuesUpToDate() {
        return transactor.inTransaction(dsl -> {
            BatchIntegrity i = new BatchIntegrity(dsl);
            return i.valuesComputedFrom().map(i.dataFingerprint()::equals).orElse(false);
        });
    }

    private void recomputeIfStale() {
        if (!valuesUpToDate()) {
            LOG.info("Stored values are stale in {}: recomputing", database.folder());
            recomputeAll();
        }
    }

    private void seedIfEmpty() {
        boolean empty = transactor.inTransaction(dsl -> new CatalogueRepository(dsl).isEmpty());
        if (!empty) {
            return;
        }
        LOG.info("New data folder {}: loading the sample workspace", database.folder());
        // interrupted, the first start is done again on the next open (Database)
        database.beginSeeding();
        Catalogue sample = sampleCatalogue();
        transactor.run(dsl -> new CatalogueRepository(dsl).insertAll(sample));
        SampleImports.importInto(imports);
        recomputeAll();
        database.endSeeding();
    }

    /**
     * Recomputes and stores every indicator's values (after an import lands or a definition
     * changes). Callers on the JavaFX thread run this in the background.
     */
    public java.util.Map<String, Integer> recomputeAll() {
        return values.recomputeAll(catalogue.load());
    }

    /** A consistent copy of the database to the file (a zip), while the workspace stays open. */
    public void backupTo(Path zip) throws java.io.IOException {
        Backups.copyTo(database, zip);
    }

    /** Computed values: stored ones, and live breakdowns. */
    public ValuesService values() {
        return values;
    }

    /** The catalogue that ships with the app ({@code sample-data/catalogue.json}). */
    public static Catalogue sampleCatalogue() {
        try (InputStream in = Workspace.class.getResourceAsStream(SAMPLE_CATALOGUE)) {
            if (in == null) {
                throw new IllegalStateException("The sample catalogue is missing from the build: " + SAMPLE_CATALOGUE);
            }
            return new CatalogueJson().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CatalogueJson.CatalogueFormatException e) {
            throw new IllegalStateException("The sample catalogue is broken: " + e.getMessage(), e);
        }
    }

    public CatalogueService catalogue() {
        return catalogue;
    }

    /** Importing files, import batches and saved import profiles. */
    public ImportService imports() {
        return imports;
    }

    public Path folder() {
        return database.folder();
    }

    public Transactor transactor() {
        return transactor;
    }

    @Override
    public void close() {
        try {
            if (changed) {
                // a rolling backup at close of a session that imported
                Backups.take(database, "lukking");
            }
        } catch (RuntimeException e) {
            LOG.warn("No backup at close: {}", e.getMessage());
        } finally {
            database.close();
        }
    }
}
