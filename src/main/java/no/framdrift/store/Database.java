package no.framdrift.store;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspace database: an H2 file in one data folder (one person), or a PostgreSQL database
 * (a team). Opening a folder takes an exclusive lock on it (a second copy of the app gets a clear
 * message). Either way a database written by a newer app version is refused before it is touched,
 * and an older one is migrated in place. This is the only class that knows which engine it is on:
 * the jOOQ dialect and the Flyway locations follow the connection.
 */
public final class Database implements AutoCloseable {

    /** Which engine holds the workspace. */
    public enum Engine { H2, POSTGRESQL }

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final String DB_NAME = "framdrift";
    static final String LOCK_FILE = "framdrift.lock";
    /** H2 runs every script under db/migration (its V001–V005 at the top, portable ones in common/). */
    static final String[] H2_LOCATIONS = {"classpath:db/migration"};
    /** PostgreSQL runs its own V001–V005 and the same portable scripts. */
    static final String[] POSTGRESQL_LOCATIONS = {"classpath:db/postgresql", "classpath:db/migration/common"};
    /** Key of the recorded user in the jOOQ configuration's data, read by the repositories. */
    static final String ACTOR = "framdrift.actor";

    private final Engine engine;
    private final Path folder;
    private final ServerLogin server;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final AutoCloseable pool;
    private final DataSource dataSource;
    private final DSLContext dsl;
    private final boolean createdNow;
    private final WorkspaceAccess access;

    private Database(Engine engine, Path folder, ServerLogin server, FileChannel lockChannel, FileLock lock,
                     AutoCloseable pool, DataSource dataSource, boolean createdNow, WorkspaceAccess access) {
        this.engine = engine;
        this.folder = folder;
        this.server = server;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.pool = pool;
        this.dataSource = dataSource;
        this.createdNow = createdNow;
        this.access = access;
        this.dsl = context(engine, dataSource, access);
    }

    private static DSLContext context(Engine engine, DataSource ds, WorkspaceAccess access) {
        DefaultConfiguration cfg = new DefaultConfiguration();
        cfg.set(ds);
        if (engine == Engine.POSTGRESQL) {
            cfg.set(SQLDialect.POSTGRES);
            // the generated names are H2's upper case, quoted; PostgreSQL folds unquoted names to lower case
            cfg.set(new Settings().withRenderNameCase(RenderNameCase.LOWER));
            cfg.set(new PermissionDenied(access));
        } else {
            cfg.set(SQLDialect.H2);
        }
        cfg.data(ACTOR, access.user());
        return DSL.using(cfg);
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
        // taken away before the engine opens the file: a stop from here on leaves no mark (issue 16)
        boolean closedCleanly = !fresh && CleanClose.consume(dir);
        if (fresh) {
            // before H2 creates the file: a kill while it is being made (even a 0-byte file) is a
            // first start to do again on the next open, not a damaged database (issue 18)
            Backups.beginSeeding(dir);
        }
        JdbcConnectionPool pool = null;
        try {
            pool = JdbcConnectionPool.create(url(dir), "sa", "");
            pool.setMaxConnections(8);
            if (!SchemaCheck.current(pool)) { // Flyway only when there may be something to do (issue 16)
                Flyway flyway = flyway(pool, H2_LOCATIONS);
                MigrationInfo[] all = flyway.info().all();
                refuseNewerSchema(all, "Databasen i " + dir);
                flyway.migrate(); // also validates the applied scripts' checksums
            }
            if (fresh) {
                // the file and its schema are whole; filling it is the workspace's own first start
                Backups.endSeeding(dir);
            }
            Database db = new Database(Engine.H2, dir, null, channel, lock, pool::dispose, pool, fresh,
                    WorkspaceAccess.everything(osUser()));
            db.recoveryNote = recovered;
            db.closedCleanly = closedCleanly;
            return db;
        } catch (StoreException e) {
            release(pool == null ? null : pool::dispose, lock, channel);
            throw e;
        } catch (RuntimeException e) {
            release(pool == null ? null : pool::dispose, lock, channel);
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
    private boolean closedCleanly;

    /**
     * True when the data folder's database was closed cleanly by the last program that had it open
     * and is unchanged since ({@link CleanClose}); always false for a new folder and a team database.
     * The workspace then skips checking every batch against its checksum.
     */
    public boolean closedCleanly() {
        return closedCleanly;
    }

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
                note = "Første oppstart av datamappen ble avbrutt; den er startet på nytt.";
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
            CleanClose.forget(dir);
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

    /**
     * Connects to a team workspace on PostgreSQL. An empty database is migrated only by a user
     * allowed to create tables there (its owner: {@code workspace init}); a newer schema is refused.
     */
    public static Database connect(ServerLogin login) {
        HikariDataSource pool = ServerConnections.pool(login);
        try {
            Flyway flyway = flyway(pool, POSTGRESQL_LOCATIONS);
            String where = "Teamdatabasen " + login.where();
            // one look at the schema history: connecting is slower than opening a file, and done by every command
            MigrationInfo[] all = flyway.info().all();
            refuseNewerSchema(all, where);
            boolean fresh = Arrays.stream(all).noneMatch(mi -> mi.getState().isApplied());
            DSLContext plain = DSL.using(pool, SQLDialect.POSTGRES);
            String user = plain.resultQuery("SELECT current_user").fetchOne(0, String.class);
            // the owner: a superuser, the owner of the tables, or (before there are tables) who may create them
            boolean owner = Boolean.TRUE.equals(plain.resultQuery("SELECT rolsuper FROM pg_catalog.pg_roles"
                    + " WHERE rolname = current_user").fetchOne(0, Boolean.class))
                    || Boolean.TRUE.equals(plain.resultQuery("SELECT CASE WHEN t.tableowner IS NULL"
                    + " THEN pg_catalog.has_schema_privilege(current_schema(), 'CREATE') ELSE t.tableowner = current_user END"
                    + " FROM (SELECT 1) x LEFT JOIN pg_catalog.pg_tables t ON t.schemaname = current_schema()"
                    + " AND t.tablename = 'indicator'").fetchOne(0, Boolean.class));
            MigrationInfo[] pending = Arrays.stream(all).filter(mi -> mi.getState() == MigrationState.PENDING)
                    .toArray(MigrationInfo[]::new);
            if (pending.length > 0) {
                try {
                    flyway.migrate();
                } catch (RuntimeException e) {
                    SQLException sql = ServerConnections.sqlCause(e);
                    if (sql != null && "42501".equals(sql.getSQLState())) {
                        throw new StoreException(StoreException.Reason.NEEDS_OWNER, fresh
                                ? where + " er tom. Eieren av databasen må opprette arbeidsområdet først"
                                        + " (framdrift --db jdbc:postgresql://" + login.where() + " workspace init)."
                                : where + " må oppgraderes til skjema " + pending[pending.length - 1].getVersion()
                                        + " av eieren (start denne versjonen av Framdrift som eieren én gang).", e);
                    }
                    throw e;
                }
                installRoles(plain, fresh);
            }
            WorkspaceAccess access = new WorkspaceAccess(user, owner, new TeamRoles(plain).rolesOf(user));
            LOG.info("Connected to team workspace {} as {} (roles {})", login.where(), user, access.roles());
            return new Database(Engine.POSTGRESQL, null, login, null, null, pool, pool, fresh, access);
        } catch (StoreException e) {
            pool.close();
            throw e;
        } catch (RuntimeException e) {
            pool.close();
            SQLException sql = ServerConnections.sqlCause(e);
            if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                throw ServerConnections.unreachable(login, e);
            }
            throw new StoreException(StoreException.Reason.FAILED,
                    "Kunne ikke åpne teamdatabasen " + login.where() + ": " + rootMessage(e), e);
        }
    }

    /**
     * The owner's first connection (workspace init) creates the team roles and grants them the
     * tables; an upgrade grants them the tables new in this version. Creating roles needs the
     * CREATEROLE right: without it the workspace still opens, and the roles wait for someone who has it.
     */
    private static void installRoles(DSLContext plain, boolean fresh) {
        TeamRoles roles = new TeamRoles(plain);
        try {
            if (fresh || roles.installed()) {
                plain.transaction(cfg -> new TeamRoles(cfg.dsl()).install());
            }
        } catch (RuntimeException e) {
            SQLException sql = ServerConnections.sqlCause(e);
            LOG.warn("Team roles not installed ({}): {}", sql == null ? "?" : sql.getSQLState(),
                    sql == null ? e.getMessage() : sql.getMessage());
        }
    }

    static String url(Path dir) {
        // Absolute path (H2 refuses relative ones); the folder lock above guards against a second process.
        // A writer waits up to 30 s for another's row lock (an import holds its indicators' rows) instead of H2's 1 s.
        // WRITE_DELAY=0: no background writer, so a commit is written (in the committing thread) before
        // it returns and no store or compaction runs while a transaction is being committed; no
        // compaction on close or in the background either (docs/RELIABILITY.md, issue 18).
        return "jdbc:h2:file:" + dir.resolve(DB_NAME).toString().replace('\\', '/') + ";DB_CLOSE_DELAY=0;LOCK_TIMEOUT=30000"
                + ";WRITE_DELAY=0;AUTO_COMPACT_FILL_RATE=0" + START_SETTINGS;
    }

    /**
     * H2 settings for a quick open and close (issue 16): no compaction when the database closes (by
     * default H2 spends up to 200 ms rewriting chunks at every close, which a command-line run pays
     * each time and which measured about a third of the CPU of `indicators`). Free space in the file
     * is still reused, and a long-running window compacts in H2's background housekeeping.
     */
    static final String START_SETTINGS = ";MAX_COMPACT_TIME=0";

    private static Flyway flyway(DataSource ds, String[] locations) {
        return Flyway.configure().dataSource(ds).locations(locations).load();
    }

    /**
     * Flyway reports migrations applied to the database but unknown to this build as FUTURE;
     * such a database was written by a newer Framdrift and is left untouched.
     */
    private static void refuseNewerSchema(MigrationInfo[] all, String what) {
        Optional<MigrationInfo> future = Arrays.stream(all)
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .reduce((a, b) -> b);
        if (future.isPresent()) {
            String known = Arrays.stream(all).filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS
                            && m.getState() != MigrationState.FUTURE_FAILED && m.getVersion() != null)
                    .map(m -> m.getVersion().toString()).reduce((a, b) -> b).orElse("?");
            LOG.warn("Refusing database with schema {} (this build knows {})", future.get().getVersion(), known);
            throw new StoreException(StoreException.Reason.NEWER_VERSION,
                    what + " er laget av en nyere versjon av Framdrift (skjema "
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
        MigrationInfo current = flyway(dataSource, engine == Engine.H2 ? H2_LOCATIONS : POSTGRESQL_LOCATIONS).info().current();
        return current == null || current.getVersion() == null ? "0" : current.getVersion().toString();
    }

    public DSLContext dsl() {
        return dsl;
    }

    public Engine engine() {
        return engine;
    }

    /** The data folder of an H2 workspace; empty for a team workspace on a server. */
    public Optional<Path> localFolder() {
        return Optional.ofNullable(folder);
    }

    /**
     * The data folder of an H2 workspace. A team workspace has none: use {@link #localFolder()}
     * or {@link #describe()} where both can occur.
     */
    public Path folder() {
        if (folder == null) {
            throw new IllegalStateException("A team workspace on " + server.where() + " has no data folder");
        }
        return folder;
    }

    /** The server and user of a team workspace; empty for a data folder. */
    public Optional<ServerLogin> server() {
        return Optional.ofNullable(server);
    }

    /** Where the workspace is, for the title and the status bar: the folder, or user@server/database. */
    public String describe() {
        return folder != null ? folder.toString() : access.user() + "@" + server.where();
    }

    /** Who is recorded for changes, and what the user may do. */
    public WorkspaceAccess access() {
        return access;
    }

    /** True when this open created the database (a new data folder, an empty team database). */
    public boolean createdNow() {
        return createdNow;
    }

    /**
     * Other users' changes to a team workspace, as they commit (PostgreSQL LISTEN/NOTIFY); the
     * callback runs on a background thread. On H2 (one user) nothing ever arrives.
     */
    public AutoCloseable onChange(Consumer<String> callback) {
        if (engine != Engine.POSTGRESQL) {
            return () -> { };
        }
        return ChangeListener.start(server, callback);
    }

    /** The user recorded for changes made through this context (the database user, or the OS user on H2). */
    static String actor(DSLContext dsl) {
        Object a = dsl.configuration().data(ACTOR);
        return a instanceof String s ? s : osUser();
    }

    static String osUser() {
        return System.getProperty("user.name", "ukjent");
    }

    /** Takes a backup and notes the import under way (see {@link Backups}); call before its transaction. */
    public void beginImport() {
        if (folder == null) {
            return; // a team database: the server keeps its own journal
        }
        Backups.Backup b = Backups.take(this, "import");
        Backups.beginImport(folder, b);
    }

    /** Notes that a new folder is being filled with the sample workspace (redone if interrupted). */
    public void beginSeeding() {
        if (folder == null) {
            return; // a team database: the server keeps its own journal
        }
        Backups.beginSeeding(folder);
    }

    public void endSeeding() {
        if (folder == null) {
            return; // a team database: the server keeps its own journal
        }
        Backups.endSeeding(folder);
    }

    /** The import's commit returned (or it was refused and rolled back): nothing to undo. */
    public void endImport() {
        if (folder == null) {
            return; // a team database: the server keeps its own journal
        }
        Backups.endImport(folder);
    }

    @Override
    public void close() {
        AutoCloseable stillOpen = pool;
        if (engine == Engine.H2 && folder != null && lock != null && lock.isValid()) {
            boolean idle = idle();
            release(pool, null, null);
            stillOpen = null;
            if (idle) {
                markClosedCleanly();
            }
        }
        release(stillOpen, lock, lockChannel);
    }

    /** No connection in use: closing the pool closes the engine and its file (DB_CLOSE_DELAY=0). */
    private boolean idle() {
        return dataSource instanceof JdbcConnectionPool p && p.getActiveConnections() == 0;
    }

    /** After the engine closed the file, with the folder lock still held: the clean-close mark ({@link CleanClose}). */
    private void markClosedCleanly() {
        if (Backups.unfinishedImport(folder).isEmpty() && !Backups.unfinishedSeeding(folder)) {
            CleanClose.mark(folder);
        }
    }

    /**
     * Closes the database and takes a rolling backup of it (issue 16): on a data folder with no
     * connection in use, the closed file is zipped while this process still holds the folder's lock
     * ({@link Backups#takeOfClosed}, cheaper than {@code BACKUP TO}); otherwise (a connection still
     * in use) a {@code BACKUP TO} of the open database, then the close. A team database is only
     * closed (its server keeps its own backups). A failed backup is logged, never thrown: the close
     * itself always happens.
     */
    public void closeWithBackup(String reason) {
        if (folder == null) {
            close();
            return;
        }
        if (!idle()) {
            try {
                Backups.take(this, reason);
            } catch (RuntimeException e) {
                LOG.warn("No backup at close: {}", e.getMessage());
            } finally {
                close();
            }
            return;
        }
        try {
            // the last connection closed: H2 closes the database (DB_CLOSE_DELAY=0) and its file
            release(pool, null, null);
            Backups.takeOfClosed(folder, reason);
        } catch (RuntimeException e) {
            LOG.warn("No backup at close: {}", e.getMessage());
        } finally {
            markClosedCleanly();
            release(null, lock, lockChannel);
        }
    }

    private static void release(AutoCloseable pool, FileLock lock, FileChannel channel) {
        if (pool != null) {
            try {
                pool.close();
            } catch (Exception e) {
                LOG.debug("Could not close the connection pool", e);
            }
        }
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            LOG.debug("Could not release folder lock", e);
        }
        if (channel != null) {
            closeQuietly(channel);
        }
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

    /** Turns the server's "permission denied" (SQLState 42501) into the user's message for their roles. */
    private static final class PermissionDenied implements ExecuteListener {
        private static final long serialVersionUID = 1L;
        private final transient WorkspaceAccess access;

        PermissionDenied(WorkspaceAccess access) {
            this.access = access;
        }

        @Override
        public void exception(ExecuteContext ctx) {
            SQLException sql = ctx.sqlException();
            if (sql != null && "42501".equals(sql.getSQLState())) {
                ctx.exception(new StoreException(StoreException.Reason.PERMISSION_DENIED, access.deniedMessage(sql.getMessage()), sql));
            }
        }
    }
}
