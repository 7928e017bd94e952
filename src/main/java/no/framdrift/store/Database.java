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
                    "Framdrift er allerede åpen med denne datamappen (" + dir + "). Lukk det andre vinduet først.");
        }
        boolean fresh = !Files.exists(dir.resolve(DB_NAME + ".mv.db"));
        JdbcConnectionPool pool = null;
        try {
            pool = JdbcConnectionPool.create(url(dir), "sa", "");
            pool.setMaxConnections(8);
            if (!SchemaCheck.current(pool)) { // Flyway only when there may be something to do (issue 16)
                refuseNewerSchema(pool, dir);
                flyway(pool).migrate();
            }
            return new Database(dir, channel, lock, pool, fresh);
        } catch (StoreException e) {
            release(pool, lock, channel);
            throw e;
        } catch (RuntimeException e) {
            release(pool, lock, channel);
            throw new StoreException(StoreException.Reason.FAILED,
                    "Kunne ikke åpne databasen i " + dir + ": " + rootMessage(e), e);
        }
    }

    static String url(Path dir) {
        // Absolute path (H2 refuses relative ones); the folder lock above guards against a second process.
        return "jdbc:h2:file:" + dir.resolve(DB_NAME).toString().replace('\\', '/') + ";DB_CLOSE_DELAY=0" + START_SETTINGS;
    }

    /**
     * H2 settings for a quick open and close (issue 16): no compaction when the database closes (by
     * default H2 spends up to 200 ms rewriting chunks at every close, which a command-line run pays
     * each time and which measured about a third of the CPU of `indicators`). Free space in the file
     * is still reused, and a long-running window compacts in H2's background housekeeping.
     */
    static final String START_SETTINGS = ";MAX_COMPACT_TIME=0";

    private static Flyway flyway(JdbcConnectionPool pool) {
        return Flyway.configure().dataSource(pool).locations("classpath:" + SchemaCheck.LOCATION).load();
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

    /** Whether the folder holds a workspace database already. */
    public static boolean exists(Path folder) {
        return Files.exists(folder.toAbsolutePath().normalize().resolve(DB_NAME + ".mv.db"));
    }

    /** The schema version (the latest migration applied), e.g. "6". */
    public String schemaVersion() {
        MigrationInfo current = flyway(pool).info().current();
        return current == null || current.getVersion() == null ? "0" : current.getVersion().toString();
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
