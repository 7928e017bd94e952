package no.framdrift.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspace database in one data folder. Opening takes an exclusive lock on the folder (a
 * second copy of the app gets a clear message), refuses a database written by a newer app
 * version before touching it, and migrates an older one in place.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final String DB_NAME = "framdrift";
    static final String LOCK_FILE = "framdrift.lock";

    private final Path folder;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final boolean createdNow;

    private Database(Path folder, FileChannel lockChannel, FileLock lock, JdbcConnectionPool pool, boolean createdNow) {
        this.folder = folder;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.pool = pool;
        this.createdNow = createdNow;
        this.dsl = DSL.using(pool, SQLDialect.H2);
    }

    /** Opens (creating and migrating as needed) the database in the given folder. */
    public static Database open(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.NOT_WRITABLE,
                    "Kan ikke opprette datamappen " + dir + ": " + e.getMessage(), e);
        }
        FileChannel channel;
        FileLock lock;
        try {
            channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.NOT_WRITABLE,
                    "Kan ikke skrive i datamappen " + dir + ": " + e.getMessage(), e);
        }
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException | IOException e) {
            lock = null;
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new StoreException(StoreException.Reason.ALREADY_OPEN,
                    "Datamappen er i bruk av en annen Framdrift (et vindu eller en kommando): " + dir
                            + ". Vent til den er ferdig, eller lukk den, og prøv igjen.");
        }
        String recovered;
        try {
            recovered = recoverBeforeOpening(dir);
        } catch (StoreException e) {
            release(null, lock, channel);
            throw e;
        }
        boolean fresh = !Files.exists(dir.resolve(DB_NAME + ".mv.db"));
        JdbcConnectionPool pool = null;
        try {
            pool = JdbcConnectionPool.create(url(dir), "sa", "");
            pool.setMaxConnections(8);
            refuseNewerSchema(pool, dir);
            flyway(pool).migrate();
            Database db = new Database(dir, channel, lock, pool, fresh);
            db.recoveryNote = recovered;
            return db;
        } catch (StoreException e) {
            release(pool, lock, channel);
            throw e;
        } catch (RuntimeException e) {
            release(pool, lock, channel);
            if (StoreException.isDiskFull(e)) {
                throw new StoreException(StoreException.Reason.DISK_FULL, StoreException.DISK_FULL_MESSAGE
                        + " til å åpne databasen i " + dir + ". Frigjør plass og prøv igjen.", e);
            }
            String root = String.valueOf(rootMessage(e));
            if (fresh) {
                throw new StoreException(StoreException.Reason.FAILED, "Kunne ikke opprette databasen i " + dir + ": " + root, e);
            }
            throw new StoreException(StoreException.Reason.DAMAGED, "Databasen i " + dir + " kan ikke åpnes (" + root
                    + "). Den er ikke endret. " + restoreHint(dir), e);
        }
    }

    private String recoveryNote;

    /** What opening repaired (an interrupted import undone, an interrupted first start redone), if anything. */
    public Optional<String> recoveryNote() {
        return Optional.ofNullable(recoveryNote);
    }

    /**
     * Before the engine reads the file: an interrupted first start is started again, an interrupted
     * import is undone from the backup taken before it, and an empty, truncated or write-protected
     * database file is refused with a message (never replaced).
     */
    private static String recoverBeforeOpening(Path dir) {
        Path file = dir.resolve(DB_NAME + ".mv.db");
        String note = null;
        try {
            if (Backups.unfinishedSeeding(dir)) {
                LOG.warn("The first start of {} was interrupted: starting it again", dir);
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir.resolve(DB_NAME + ".trace.db"));
                Backups.endSeeding(dir);
                note = "Første oppstart av datamappen ble avbrutt; eksempeldataene er lagt inn på nytt.";
            }
            Optional<Path> before = Backups.unfinishedImport(dir);
            if (before.isPresent()) {
                Path backup = before.get();
                if (Files.isRegularFile(backup) && Backups.isBackup(backup)) {
                    LOG.warn("An import into {} was interrupted: restoring {}", dir, backup.getFileName());
                    Backups.restore(backup, dir);
                    note = "En import ble avbrutt (programmet stoppet eller disken ble full). Datamappen er satt tilbake "
                            + "til slik den var før importen, fra " + backup.getFileName() + ".";
                } else {
                    LOG.warn("An import into {} was interrupted and its backup {} is missing", dir, backup);
                    note = "En import ble avbrutt, og sikkerhetskopien fra før den mangler (" + backup.getFileName()
                            + "). Kontroller partiene.";
                }
                Backups.endImport(dir);
            }
        } catch (java.io.IOException | RuntimeException e) {
            throw StoreException.fromWrite(e, "Kunne ikke reparere datamappen " + dir);
        }
        if (Files.exists(file)) {
            long size;
            try {
                size = Files.size(file);
            } catch (java.io.IOException e) {
                size = -1;
            }
            if (size < MIN_DATABASE_BYTES) {
                throw new StoreException(StoreException.Reason.DAMAGED, "Databasefilen " + file + (size == 0 ? " er tom (0 byte)"
                        : " er avkortet (" + size + " byte)") + " og kan ikke brukes. Den er ikke erstattet. "
                        + restoreHint(dir));
            }
            if (!Files.isWritable(file)) {
                throw new StoreException(StoreException.Reason.NOT_WRITABLE, "Databasefilen " + file
                        + " er skrivebeskyttet. Gi skrivetilgang til filen (og mappen) og prøv igjen.");
            }
        }
        return note;
    }

    /**
     * Puts a backup into a data folder that no one is using. Refuses a folder that already has a
     * database unless {@code force}; then the old file is moved aside and its new name returned.
     */
    public static Path restoreBackup(Path folder, Path zip, boolean force) {
        Path dir = folder.toAbsolutePath().normalize();
        if (!Backups.isBackup(zip)) {
            throw new StoreException(StoreException.Reason.FAILED, zip + " er ingen sikkerhetskopi fra Framdrift.");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw StoreException.fromWrite(e, "Kan ikke opprette datamappen " + dir);
        }
        Path file = dir.resolve(DB_NAME + ".mv.db");
        if (Files.exists(file) && !force) {
            throw new StoreException(StoreException.Reason.FAILED, "Datamappen " + dir + " har allerede en database. "
                    + "Bruk --force for å erstatte den (den gamle filen beholdes ved siden av).");
        }
        try (FileChannel channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new StoreException(StoreException.Reason.ALREADY_OPEN, "Datamappen er i bruk av en annen Framdrift: "
                        + dir + ". Lukk den og prøv igjen.");
            }
            Path kept = null;
            if (Files.exists(file)) {
                kept = dir.resolve(DB_NAME + ".mv.db.for-gjenoppretting-" + System.currentTimeMillis());
                Files.move(file, kept);
            }
            Backups.restore(zip, dir);
            Backups.endImport(dir);
            Backups.endSeeding(dir);
            lock.release();
            return kept;
        } catch (IOException e) {
            throw StoreException.fromWrite(e, "Kunne ikke gjenopprette " + zip + " til " + dir);
        }
    }

    /** The smallest possible database file: the two file headers of the store (2 × 4 KB) and a chunk. */
    static final long MIN_DATABASE_BYTES = 3 * 4096;

    /** "Gjenopprett fra sikkerhetskopi …" with the newest backup, or how to start over. */
    public static String restoreHint(Path dir) {
        var backups = Backups.list(dir);
        if (backups.isEmpty()) {
            return "Det finnes ingen sikkerhetskopi i " + Backups.folder(dir) + "; flytt databasefilen bort for å starte "
                    + "med en ny datamappe.";
        }
        Backups.Backup b = backups.get(0);
        return "Gjenopprett fra sikkerhetskopi (" + b.describe().replace("Sikkerhetskopi ", "") + "): framdrift --data-dir \""
                + dir + "\" workspace restore \"" + b.file() + "\" --force";
    }

    static String url(Path dir) {
        // Absolute path (H2 refuses relative ones); the folder lock above guards against a second process.
        // WRITE_DELAY=0: no background writer, so a commit is written (in the committing thread) before
        // it returns and no store or compaction runs while a transaction is being committed; no
        // compaction on close or in the background either (docs/RELIABILITY.md, issue 18).
        return "jdbc:h2:file:" + dir.resolve(DB_NAME).toString().replace('\\', '/')
                + ";DB_CLOSE_DELAY=0;WRITE_DELAY=0;MAX_COMPACT_TIME=0;AUTO_COMPACT_FILL_RATE=0";
    }

    private static Flyway flyway(JdbcConnectionPool pool) {
        return Flyway.configure().dataSource(pool).locations("classpath:db/migration").load();
    }

    /**
     * Flyway reports migrations applied to the database but unknown to this build as FUTURE;
     * such a database was written by a newer Framdrift and is left untouched.
     */
    private static void refuseNewerSchema(JdbcConnectionPool pool, Path dir) {
        MigrationInfo[] all = flyway(pool).info().all();
        Optional<MigrationInfo> future = Arrays.stream(all)
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .reduce((a, b) -> b);
        if (future.isPresent()) {
            String known = Arrays.stream(all).filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS
                            && m.getState() != MigrationState.FUTURE_FAILED && m.getVersion() != null)
                    .map(m -> m.getVersion().toString()).reduce((a, b) -> b).orElse("?");
            LOG.warn("Refusing database with schema {} (this build knows {})", future.get().getVersion(), known);
            throw new StoreException(StoreException.Reason.NEWER_VERSION,
                    "Databasen i " + dir + " er laget av en nyere versjon av Framdrift (skjema "
                            + future.get().getVersion() + "; denne versjonen kjenner skjema til og med " + known
                            + "). Oppgrader Framdrift for å åpne den. Databasen er ikke endret.");
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    public Path folder() {
        return folder;
    }

    /** True when this open created the database file (a new data folder). */
    public boolean createdNow() {
        return createdNow;
    }

    /** Takes a backup and notes the import under way (see {@link Backups}); call before its transaction. */
    public void beginImport() {
        Backups.Backup b = Backups.take(this, "import");
        Backups.beginImport(folder, b);
    }

    /** Notes that a new folder is being filled with the sample workspace (redone if interrupted). */
    public void beginSeeding() {
        Backups.beginSeeding(folder);
    }

    public void endSeeding() {
        Backups.endSeeding(folder);
    }

    /** The import's commit returned (or it was refused and rolled back): nothing to undo. */
    public void endImport() {
        Backups.endImport(folder);
    }

    @Override
    public void close() {
        release(pool, lock, lockChannel);
    }

    private static void release(JdbcConnectionPool pool, FileLock lock, FileChannel channel) {
        if (pool != null) {
            pool.dispose();
        }
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            LOG.debug("Could not release folder lock", e);
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("Could not close lock file", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
