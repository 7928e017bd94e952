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
        this.imports = new ImportService(transactor, AreaDirectory.standard(), this::indicatorCodes, Clock.systemUTC());
        this.values = new ValuesService(transactor, AreaDirectory.standard(), SuppressionSettings.DEFAULTS);
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
     * {@code StoreException} with a steward-readable message.
     */
    public static Workspace open(Path dataFolder) {
        return open(dataFolder, Start.EMPTY);
    }

    /** Opens the workspace in the folder; a new folder (no catalogue yet) starts as {@code start} says. */
    public static Workspace open(Path dataFolder, Start start) {
        Database db = Database.open(dataFolder);
        try {
            Workspace ws = new Workspace(db);
            ws.seedIfEmpty(start);
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

    private void seedIfEmpty(Start start) {
        boolean empty = transactor.inTransaction(dsl -> new CatalogueRepository(dsl).isEmpty());
        if (!empty) {
            return;
        }
        LOG.info("New data folder {}: {}", database.folder(), start == Start.SAMPLE
                ? "the catalogue and the example data" : "the catalogue, no data");
        Catalogue sample = sampleCatalogue();
        transactor.run(dsl -> new CatalogueRepository(dsl).insertAll(sample));
        if (start == Start.SAMPLE) {
            SampleImports.importInto(imports);
        }
        recomputeAll();
    }

    /** The folder, schema version and batches ({@code workspace info}). */
    public WorkspaceInfo info() {
        return new WorkspaceInfo(folder(), database.schemaVersion(), catalogue.load().indicators().size(),
                imports.batches());
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
        return values.recomputeAll(catalogue.load());
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
        // the batches flagged as example data when imported (V006), not a guess by file name
        return imports.batches().stream().anyMatch(no.framdrift.domain.ImportBatch::sample);
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
        database.close();
    }
}
