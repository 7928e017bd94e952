package no.framdrift.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
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
import no.framdrift.store.ServerLogin;
import no.framdrift.store.ValuesPending;
import no.framdrift.store.WorkspaceAccess;
import no.framdrift.store.Transactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import no.framdrift.app.catalogue.CatalogueService;
import no.framdrift.app.imports.ImportService;
import no.framdrift.app.imports.SampleImports;
import no.framdrift.app.values.ValuesService;

/**
 * An open data folder and the use cases over it: the composition root that the window and the
 * command line share. A new data folder gets the catalogue and no data; the example workspace
 * (fictional extracts, flagged as example batches) only when asked for ({@link Start#SAMPLE}), so
 * real data are never pooled with it unknowingly.
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
        this.imports = new ImportService(transactor, AreaDirectory::standard, this::indicatorCodes, Clock.systemUTC());
        this.values = new ValuesService(transactor, AreaDirectory::standard, SuppressionSettings.DEFAULTS);
        this.values.recordsDataVersion(database.localFolder().isPresent());
    }

    private Set<String> indicatorCodes() {
        return catalogue.load().indicators().stream().map(Indicator::code).collect(Collectors.toSet());
    }

    /** What a new data folder starts with. */
    public enum Start {
        /** The catalogue and no data ("Tomt arbeidsområde"). */
        EMPTY,
        /** The catalogue and the example extracts, flagged as example data ("Eksempelarbeidsområde"). */
        SAMPLE
    }

    /**
     * Opens the workspace in the folder; a new folder gets the catalogue and no data. Throws
     * {@code StoreException} with a steward-readable message. Opening undoes an interrupted import,
     * redoes an interrupted first start, checks every batch against the checksum its import recorded
     * ({@link #damagedBatches()}) unless the folder was closed cleanly and is unchanged since, and recomputes the stored values when they were computed from other
     * data than what is stored now (issue 18).
     */
    public static Workspace open(Path dataFolder) {
        return open(dataFolder, Start.EMPTY);
    }

    /** Opens the workspace in the folder; a new folder (no catalogue yet) starts as {@code start} says. */
    public static Workspace open(Path dataFolder, Start start) {
        return around(Database.open(dataFolder), start);
    }

    /**
     * Connects to a team workspace on PostgreSQL; throws {@code StoreException} with a
     * steward-readable message (server unreachable, wrong password, newer schema, no right to create it).
     * A new (empty) database gets the catalogue and no data.
     */
    public static Workspace connect(ServerLogin server) {
        return connect(server, Start.EMPTY);
    }

    /** Connects to a team workspace; a new (empty) database starts as {@code start} says. */
    public static Workspace connect(ServerLogin server, Start start) {
        return around(Database.connect(server), start);
    }

    private static Workspace around(Database db, Start start) {
        try {
            Workspace ws = new Workspace(db);
            ws.seedIfEmpty(start);
            // after a clean close the file is as that close left it: the check is for a hard stop (issue 16)
            ws.damaged = db.closedCleanly() ? java.util.List.of()
                    : ws.transactor.inTransaction(dsl -> new BatchIntegrity(dsl).verify());
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

    /** Whether the folder already holds a workspace (its database); a new folder is asked how to start. */
    public static boolean exists(Path dataFolder) {
        return Database.exists(dataFolder);
    }

    private java.util.List<BatchIntegrity.Damaged> damaged = java.util.List.of();
    private volatile boolean changed;

    /** Batches whose stored rows no longer match what their import recorded (found when opening). */
    public java.util.List<BatchIntegrity.Damaged> damagedBatches() {
        return damaged;
    }

    /**
     * Removes the batches found damaged when opening (each with every row it still has) and recomputes
     * the values; returns their numbers. The window offers this beside restoring a backup.
     */
    public java.util.List<Long> removeDamagedBatches() {
        java.util.List<Long> removed = new java.util.ArrayList<>();
        for (BatchIntegrity.Damaged d : damaged) {
            if (imports.removeBatch(d.batchId())) {
                removed.add(d.batchId());
            }
        }
        damaged = transactor.inTransaction(dsl -> new BatchIntegrity(dsl).verify());
        if (!removed.isEmpty()) {
            recomputeAll();
        }
        return removed;
    }

    /** The rolling backups of a data folder ({@code sikkerhetskopier/}), newest first. */
    public static java.util.List<Backups.Backup> backups(Path dataFolder) {
        return Backups.list(dataFolder);
    }

    /**
     * Puts a backup into a data folder that is not open ({@code workspace restore}, and the window's
     * "Gjenopprett fra sikkerhetskopi"). A database already there is kept only with {@code force}: it
     * is moved aside and its new name returned (null when there was none).
     */
    public static Path restore(Path dataFolder, Path backup, boolean force) {
        return Database.restoreBackup(dataFolder, backup, force);
    }

    /**
     * The message of a failed open without its command-line advice on restoring (the window offers
     * the backups itself).
     */
    public static String withoutRestoreHint(String message, Path dataFolder) {
        String hint = Database.restoreHint(dataFolder.toAbsolutePath().normalize());
        return message.endsWith(hint) ? message.substring(0, message.length() - hint.length()).trim() : message;
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
        if (localFolder().isEmpty()) {
            // A team database: an import and its recompute are two transactions, and a client can die
            // between them (PostgresCrashHarness found it). What it left pending is recomputed by
            // the next client that may write values; a reader sees the values as they are.
            WorkspaceAccess a = access();
            boolean mayWrite = a.owner() || a.canEditCatalogue() || a.canImport();
            if (mayWrite && transactor.inTransaction(dsl -> new ValuesPending(dsl).orphaned())) {
                LOG.info("Values pending in {}: recomputing", database.describe());
                recomputeAll();
            }
            return;
        }
        if (!valuesUpToDate()) {
            LOG.info("Stored values are stale in {}: recomputing", database.describe());
            recomputeAll();
        }
    }

    private void seedIfEmpty(Start start) {
        boolean empty = transactor.inTransaction(dsl -> new CatalogueRepository(dsl).isEmpty());
        if (!empty) {
            return;
        }
        LOG.info("New workspace {}: {}", database.describe(), start == Start.SAMPLE
                ? "the catalogue and the example data" : "the catalogue, no data");
        // interrupted, the first start is done again on the next open (Database)
        database.beginSeeding();
        Catalogue sample = sampleCatalogue();
        transactor.run(dsl -> new CatalogueRepository(dsl).insertAll(sample));
        if (start == Start.SAMPLE) {
            SampleImports.importInto(imports);
        }
        recomputeAll();
        database.endSeeding();
    }

    /** Where, schema version, who is connected, batches and removals ({@code workspace info}). */
    public WorkspaceInfo info() {
        return new WorkspaceInfo(describe(), localFolder().isEmpty(), database.schemaVersion(), access().user(),
                catalogue.load().indicators().size(), imports.batches(), imports.removals());
    }

    /** Removes every example batch at once and recomputes the values; returns the batches removed. */
    public java.util.List<Long> removeSample() {
        java.util.List<Long> removed = imports.removeSampleBatches();
        if (!removed.isEmpty()) {
            recomputeAll();
        }
        return removed;
    }

    /**
     * Recomputes and stores every indicator's values (after an import lands or a definition
     * changes). Callers on the JavaFX thread run this in the background.
     */
    public java.util.Map<String, Integer> recomputeAll() {
        java.util.List<Long> pending = transactor.inTransaction(dsl -> new ValuesPending(dsl).ids());
        java.util.Map<String, Integer> counts = values.recomputeAll(catalogue.load());
        settle(pending);
        return counts;
    }

    /** Forgets the pending changes a finished recompute covered (dying before this costs one extra recompute). */
    private void settle(java.util.List<Long> pending) {
        if (!pending.isEmpty()) {
            transactor.run(dsl -> new ValuesPending(dsl).settle(pending));
        }
    }

    /**
     * Recomputes and stores the values an import changed: the indicators its batch feeds and those
     * built on them (averages of shares, composites), not the whole catalogue (issue 16). An import
     * that replaced earlier batches may have taken values from other indicators too: everything.
     */
    public java.util.Map<String, Integer> recomputeAfter(no.framdrift.app.imports.ImportSummary summary) {
        if (!summary.replacedBatches().isEmpty()) {
            return recomputeAll();
        }
        java.util.List<Long> pending = transactor.inTransaction(dsl -> new ValuesPending(dsl).ids("batch " + summary.batchId()));
        java.util.Map<String, Integer> counts = values.recompute(catalogue.load(), summary.indicators());
        settle(pending);
        return counts;
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

    /** Whether any imported batch is example data (then published output must say so). */
    public boolean holdsSampleData() {
        return !values.sampleBatchIds().isEmpty();
    }

    /** Importing files, import batches and saved import profiles. */
    public ImportService imports() {
        return imports;
    }

    /** The data folder; a team workspace has none (see {@link #localFolder()}, {@link #describe()}). */
    public Path folder() {
        return database.folder();
    }

    /** The data folder, or empty for a team workspace on a server. */
    public Optional<Path> localFolder() {
        return database.localFolder();
    }

    /** Where the workspace is, for the title and status bar: the folder, or user@server:port/database. */
    public String describe() {
        return database.describe();
    }

    public Database.Engine engine() {
        return database.engine();
    }

    /** Who is recorded for changes and what the user may do (everything on a data folder). */
    public WorkspaceAccess access() {
        return database.access();
    }

    /**
     * Calls back (on a background thread) when another user's change to a team workspace commits:
     * "catalogue CODE", "assessment CODE", "imports" or "values CODE". Nothing arrives on a data folder.
     */
    public AutoCloseable onChange(java.util.function.Consumer<String> callback) {
        AutoCloseable listener = database.onChange(callback);
        listeners.add(listener);
        return listener;
    }

    /** Change listeners to stop when the workspace closes. */
    private final java.util.List<AutoCloseable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public Transactor transactor() {
        return transactor;
    }

    @Override
    public void close() {
        for (AutoCloseable l : listeners) {
            try {
                l.close();
            } catch (Exception e) {
                LOG.debug("Could not stop a change listener", e);
            }
        }
        if (changed && database.localFolder().isPresent()) {
            // a rolling backup at close of a session that imported (of the closed file when it can);
            // a team workspace has no folder: its server keeps the backups
            database.closeWithBackup("lukking");
        } else {
            database.close();
        }
    }
}
